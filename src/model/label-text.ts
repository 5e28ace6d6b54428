/**
 * A label as read: its own line breaks (`\n`, where the content prefers the diagram to break it)
 * become spaces, so names, texts and comparisons see one phrase.
 */
export function labelText(label: string): string {
  return label.replace(/\s*\n\s*/g, ' ').trim();
}
