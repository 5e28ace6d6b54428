/** Settings for `cem analyze` (the custom elements manifest). */
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    {
      // Events dispatched through a constant are also listed under the constant's name;
      // the @fires tags already give the real names, so the constant entries are dropped.
      name: 'drop-constant-event-names',
      moduleLinkPhase({ moduleDoc }) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => !/^[A-Z_]+$/.test(event.name ?? ''));
          }
        }
      },
    },
    {
      // The file system lists files in no fixed order; sort so every machine writes the same file.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
