import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CORE_ID, PRACTICE_IDS, type PartId } from '../content/types.js';

export interface HashLinkHost extends ReactiveControllerHost, HTMLElement {
  /** Whether deep links are on (the `deep-link` attribute). */
  deepLink: boolean;
}

const DEFAULT_KEY = 'innovasjon-modell';
/** Suffix of a practice's questions step in presenter mode: `#…=tillit-og-risikovilje/sporsmal`. */
const QUESTIONS_SUFFIX = 'sporsmal';

/**
 * Deep links: the open part (or presenter step) is written to the URL hash under a key of the
 * element's own (its id), and read back on load and on `hashchange`. Several elements on one
 * page each keep their own key, so none overwrites another: `#modell-a=kjerne&modell-b=…`.
 * A bare `#tillit-og-risikovilje` is read too, by every element, for hand-written links.
 */
export class HashLinkController implements ReactiveController {
  private readonly host: HashLinkHost;
  private readonly apply: (part: PartId | '', questions: boolean) => void;
  private readonly current: () => { part: PartId | ''; questions: boolean };
  private listening = false;

  /**
   * `apply` receives the part the hash names ('' for none) and whether its questions step;
   * `current` tells what is open now.
   */
  constructor(
    host: HashLinkHost,
    apply: (part: PartId | '', questions: boolean) => void,
    current: () => { part: PartId | ''; questions: boolean },
  ) {
    this.host = host;
    this.apply = apply;
    this.current = current;
    host.addController(this);
  }

  private get key(): string {
    return this.host.id || DEFAULT_KEY;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.listening = false;
  }

  private sync(): void {
    if (this.host.deepLink && !this.listening) {
      window.addEventListener('hashchange', this.onHashChange);
      this.listening = true;
      // A link that names a part wins; otherwise what is open already (by a click made while
      // this code loaded, or by the selected attribute) is written to the hash.
      if (this.read()) this.onHashChange();
      else this.write(this.current().part, this.current().questions);
    } else if (!this.host.deepLink && this.listening) {
      this.hostDisconnected();
    }
  }

  /** The value for this element in the current hash. */
  read(): string {
    const hash = decodeURIComponent(location.hash.slice(1));
    if (!hash.includes('=')) return hash;
    return new URLSearchParams(hash).get(this.key) ?? '';
  }

  /** Writes the open part ('' removes it) without a new history entry or a hashchange. */
  write(part: PartId | '', questions: boolean): void {
    const value = part && questions ? `${part}/${QUESTIONS_SUFFIX}` : part;
    if (!this.host.deepLink || value === this.read()) return;
    const hash = location.hash.slice(1);
    const params = new URLSearchParams(hash.includes('=') ? hash : '');
    if (value) params.set(this.key, value);
    else params.delete(this.key);
    const next = params.toString();
    history.replaceState(history.state, '', next ? `#${next}` : location.pathname + location.search);
  }

  /** Applies the hash; a value that names no part (another page's anchor) is left alone. */
  private readonly onHashChange = (): void => {
    const [id, suffix] = this.read().split('/');
    const known = id === CORE_ID || (PRACTICE_IDS as readonly string[]).includes(id);
    if (known || !id) this.apply(known ? (id as PartId) : '', suffix === QUESTIONS_SUFFIX);
  };
}
