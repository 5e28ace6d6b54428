/** A rejection handler for a chunk that did not load: says what is missing, in the console. */
export function reportLoadFailure(what: string): (error: unknown) => void {
  return (error) => console.error(`<innovasjon-modell>: could not load ${what}.`, error);
}
