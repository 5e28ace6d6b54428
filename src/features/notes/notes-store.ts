/**
 * Facilitator notes, kept in this browser's localStorage only: one JSON object per element,
 * `{ [practiceId]: text }`, under the key the element gives. Nothing leaves the browser.
 * Storage may be missing or full (private windows, quotas): then notes live for the visit only.
 */
export type NotesByPractice = Record<string, string>;

const memory = new Map<string, NotesByPractice>();

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadNotes(key: string): NotesByPractice {
  try {
    const stored = storage()?.getItem(key);
    const parsed: unknown = stored ? JSON.parse(stored) : memory.get(key);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      // Keep only text values: the stored object is data from the past, not to be trusted blindly.
      return Object.fromEntries(
        Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
    }
  } catch {
    // Unreadable notes are treated as none.
  }
  return {};
}

export function saveNote(key: string, practiceId: string, text: string): void {
  const notes = { ...loadNotes(key), [practiceId]: text };
  if (!text) delete notes[practiceId];
  memory.set(key, notes);
  try {
    storage()?.setItem(key, JSON.stringify(notes));
  } catch {
    // Quota or privacy mode: the in-memory copy keeps the notes for this visit.
  }
}

export function deleteNotes(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing stored, nothing to delete.
  }
}
