import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of an element with a ResizeObserver and tells the host at most
 * once per animation frame, so a dragged window edge costs one layout per frame.
 * Observes only while the host is connected; nothing is left behind on disconnect.
 */
export class SizeController implements ReactiveController {
  /** Last measured width in whole CSS pixels; 0 before the first measurement. */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;
  private pending = 0;
  private target?: Element;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Starts observing an element of the host's render (call after the first render). */
  observe(target: Element): void {
    if (this.target === target) return;
    this.target = target;
    this.commit(Math.round(target.getBoundingClientRect().width));
    this.connect();
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private connect(): void {
    if (!this.target || this.observer) return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      this.pending = Math.round(entry.contentRect.width);
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.commit(this.pending);
      });
    });
    this.observer.observe(this.target);
  }

  private commit(width: number): void {
    if (width > 0 && width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }
}
