import { executeServerCommand } from '@web/test-runner-commands';

type Modifier = 'Shift' | 'Control' | 'Alt' | 'Meta';

async function run<P>(command: string, payload: P): Promise<boolean> {
  const result = await executeServerCommand<{ unsupported?: true }, P>(command, payload);
  return !result.unsupported;
}

/** Sizes the viewport, in every engine (WebKit sizes its window to match). */
export async function setViewportSize(width: number, height: number): Promise<void> {
  if (window.innerWidth === width && window.innerHeight === height) return;
  await run('viewport', { width, height });
}

/** Presses `key` while `hold` is held down, as a real keyboard does, in every engine. */
export async function pressChord(hold: Modifier[], key: string): Promise<void> {
  await run('key-chord', { hold, press: key });
}

/** Types text into what has focus, key by key, in every engine. */
export async function typeText(text: string): Promise<void> {
  await run('type-text', { text });
}

/**
 * A touch tap at a point of the viewport (CSS px). Resolves false where the engine cannot emulate
 * touch, so the test can skip itself.
 */
export function tap(x: number, y: number): Promise<boolean> {
  return run('tap', { x, y });
}

/** Taps the middle of an element (or of the given point within it, as fractions of its box). */
export function tapElement(element: Element, at: { x: number; y: number } = { x: 0.5, y: 0.5 }): Promise<boolean> {
  const box = element.getBoundingClientRect();
  return tap(box.left + box.width * at.x, box.top + box.height * at.y);
}
