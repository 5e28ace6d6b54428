const MINUTE = 60_000;
/** A reflection round's usual length. */
export const DEFAULT_LENGTH = 5 * MINUTE;
/** The longest countdown: two digits of minutes. */
const LONGEST = 99 * MINUTE;

/**
 * A countdown for a reflection round: its length, and the time left, running or paused. Pure:
 * every change is given the clock's reading (`now`, in ms), so it can be tested without waiting.
 * Plus and minus change the length while it has not started, else the time left.
 */
export class Countdown {
  /** What a reset goes back to. */
  length = DEFAULT_LENGTH;
  #left = DEFAULT_LENGTH;
  /** The clock's reading when it last started; undefined while it stands still. */
  #since?: number;

  get running(): boolean {
    return this.#since !== undefined;
  }

  /** True until it first starts after a reset. */
  get untouched(): boolean {
    return !this.running && this.#left === this.length;
  }

  /** Milliseconds left, never below 0. */
  left(now: number): number {
    return Math.max(0, this.#left - (this.#since === undefined ? 0 : now - this.#since));
  }

  /** True once no time is left. */
  done(now: number): boolean {
    return this.left(now) === 0;
  }

  /** Starts it, or pauses it; at zero it starts a new round of its length. */
  toggle(now: number): void {
    if (this.done(now)) {
      this.#left = this.length;
      this.#since = now;
    } else if (this.running) {
      this.#left = this.left(now);
      this.#since = undefined;
    } else {
      this.#since = now;
    }
  }

  /** Adds (or with a negative `minutes`, takes) whole minutes. */
  adjust(minutes: number, now: number): void {
    const change = minutes * MINUTE;
    if (this.untouched) {
      this.length = Math.min(LONGEST, Math.max(MINUTE, this.length + change));
      this.#left = this.length;
      return;
    }
    const left = Math.min(LONGEST, Math.max(0, this.left(now) + change));
    this.#left = left;
    if (this.running) this.#since = left ? now : undefined;
  }

  /** Back to its length, paused. */
  reset(): void {
    this.#left = this.length;
    this.#since = undefined;
  }
}

/** The time as the timer shows it: `4:05`, whole seconds rounded up (so it reads 0:00 only at the end). */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
