import type { ReactiveController } from 'lit';
import type { FeatureHost } from '../feature.js';
import { linkKey, readLinkedView, writeLinkedView, type LinkedView } from './hash-value.js';

/**
 * Deep links: the open part (or presenter step) is written to the URL hash under a key of the
 * element's own (its id), and read back on load and on `hashchange`. Several elements on one
 * page each keep their own key, so none overwrites another: `#modell-a=kjerne&modell-b=…`.
 * A bare `#tillit-og-risikovilje` is read too, by every element, for hand-written links.
 * A hash that names nothing of this element (a page's own anchor, another element's key, bad
 * escapes) is left alone, and is not written over until the viewer opens a part.
 */
export class HashLinkController implements ReactiveController {
  private readonly host: FeatureHost;
  private listening = false;
  /** The view last written or read, so an update that changed nothing writes nothing. */
  private synced?: LinkedView;

  constructor(host: FeatureHost) {
    this.host = host;
    host.addController(this);
  }

  private get key(): string {
    return linkKey(this.host.id);
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
    this.synced = undefined;
  }

  private get current(): LinkedView {
    const { part, questions } = this.host.view;
    return { part, questions };
  }

  private sync(): void {
    if (!this.host.deepLink) {
      if (this.listening) this.hostDisconnected();
      return;
    }
    if (!this.listening) {
      window.addEventListener('hashchange', this.onHashChange);
      this.listening = true;
      // A link that names a part wins; otherwise what is open already (by a click made while
      // this code loaded, or by the selected attribute) is written to the hash.
      if (this.applyHash()) return;
      // Another kind of hash (a page's anchor, another element's key): left as it is for now.
      if (location.hash.length > 1) this.synced = this.current;
    }
    const current = this.current;
    if (this.synced?.part === current.part && this.synced.questions === current.questions) return;
    this.synced = current;
    this.write(current);
  }

  /** Writes the view without a new history entry or a hashchange. */
  private write(view: LinkedView): void {
    const hash = location.hash.slice(1);
    const known = readLinkedView(hash, this.key);
    if (known?.part === view.part && known.questions === view.questions) return;
    const next = writeLinkedView(hash, this.key, view);
    if (next === undefined) return;
    history.replaceState(history.state, '', next ? `#${next}` : location.pathname + location.search);
  }

  /** Applies the hash when it names this element's view; true when it did. */
  private applyHash(linked = readLinkedView(location.hash.slice(1), this.key)): boolean {
    if (!linked) return false;
    this.synced = linked;
    this.host.show({ part: linked.part, questions: linked.questions });
    // A link to a questions step, opened where no one presents (a phone that scanned the
    // presenter's QR code): the part opens whole, and the questions are brought into view.
    if (linked.questions && !this.host.view.presenting) void this.host.updateComplete.then(() => this.showQuestions());
    return true;
  }

  private async showQuestions(): Promise<void> {
    // After the page's load, which may scroll to the top of the page by itself (WebKit does).
    if (document.readyState !== 'complete') {
      window.addEventListener('load', () => void this.showQuestions(), { once: true });
      return;
    }
    const panel = this.host.shadowRoot?.querySelector('innovasjon-modell-panel');
    if (!panel) return;
    // The panel draws its questions a frame after its text: wait for them.
    await panel.updateComplete;
    if (this.host.view.presenting) return;
    panel.shadowRoot?.querySelector('[part="questions"]')?.scrollIntoView({ block: 'start' });
  }

  /** A hash emptied (Back from a link, say) closes the part; any other hash is read as on load. */
  private readonly onHashChange = (): void => {
    this.applyHash(location.hash.length > 1 ? undefined : { part: '', questions: false });
  };
}
