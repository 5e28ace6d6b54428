/**
 * The interface text the element needs for its first paint, for one language. The rest (panel,
 * tools) is `ToolStrings`, loaded on demand.
 */
export interface UiStrings {
  /** Accessible hint for the diagram: how to use it with the keyboard. */
  diagramHint: string;
  /** Accessible name of the core button, given its title and the value labels. */
  coreName: (title: string, values: readonly string[]) => string;
  /** Announced to screen readers when a part opens. */
  opened: (title: string) => string;
  /** Summary of the disclosure that shows the whole model as text. */
  outlineSummary: string;
  /** Button that starts presenter mode. */
  presentButton: string;
}
