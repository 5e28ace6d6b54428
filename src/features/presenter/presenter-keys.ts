import type { PresenterKey } from '../../i18n/strings.js';

/**
 * What presenter mode can be asked to do, by a key or by a button of its step bar, timer or
 * screens: `timer-run` starts or pauses the countdown (key T); `timer-toggle` shows or hides the
 * timer; `close` ends the black screen, the QR code or the list of keys.
 */
export type PresenterAction = Exclude<PresenterKey, 'timer'> | 'timer-run' | 'timer-toggle' | 'close';

/**
 * The keys of presenter mode, in the order the list of keys shows them. Letters are matched
 * in either case; `Shift+ ` is Space with Shift held, as a clicker's «back» sends it. One table
 * for the keys listened to and the keys listed, so the two cannot differ.
 */
export const PRESENTER_KEYS: ReadonlyArray<{ action: PresenterKey; keys: readonly string[] }> = [
  { action: 'next', keys: ['ArrowRight', 'PageDown', ' '] },
  { action: 'previous', keys: ['ArrowLeft', 'PageUp', 'Shift+ '] },
  { action: 'first', keys: ['Home'] },
  { action: 'last', keys: ['End'] },
  { action: 'blackout', keys: ['b', '.'] },
  { action: 'qr', keys: ['q'] },
  { action: 'timer', keys: ['t'] },
  { action: 'help', keys: ['h', '?'] },
  { action: 'exit', keys: ['Escape'] },
];

/**
 * The `aria-keyshortcuts` of the control that does `action`, from the same table: key values as
 * ARIA writes them (`B .`, `Shift+Space`).
 */
export function shortcutsOf(action: PresenterKey): string {
  const keys = PRESENTER_KEYS.find((binding) => binding.action === action)?.keys ?? [];
  return keys.map((key) => key.replace(' ', 'Space').replace(/^[a-z]$/, (letter) => letter.toUpperCase())).join(' ');
}

/** Keys that only change another: pressed alone they do nothing, and they end no black screen. */
export const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Fn']);

/** Where the key was pressed: in a field that takes keys itself, or on a control Space presses. */
export interface KeyContext {
  ownsKeys: boolean;
  pressable: boolean;
}

/** The name a key has in `PRESENTER_KEYS`. */
function keyName(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): string {
  if (event.key === ' ') return event.shiftKey ? 'Shift+ ' : ' ';
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/**
 * What a key asks presenter mode to do; undefined for a key it leaves alone. Escape always
 * counts; in a field that takes keys no other key does, and Space on a button presses it only.
 */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>, context: KeyContext): PresenterAction | undefined {
  const name = keyName(event);
  const binding = PRESENTER_KEYS.find(({ keys }) => keys.includes(name));
  if (!binding) return undefined;
  if (binding.action === 'exit') return 'exit';
  if (context.ownsKeys || (context.pressable && event.key === ' ')) return undefined;
  return binding.action === 'timer' ? 'timer-run' : binding.action;
}

/** A key as the list of keys writes it: `→`, `Page Down`, `Skift + Mellomrom`, `B`. */
export function keyLabel(key: string, words: { space: string; shift: string }): string {
  const labels: Record<string, string> = {
    ArrowRight: '→',
    ArrowLeft: '←',
    PageDown: 'Page Down',
    PageUp: 'Page Up',
    Escape: 'Esc',
    ' ': words.space,
    'Shift+ ': `${words.shift} + ${words.space}`,
  };
  return labels[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}
