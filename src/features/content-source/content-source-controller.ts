import { nothing, type ReactiveController } from 'lit';
import { messagePrefix } from '../../model/message-prefix.js';
import type { FeatureHost } from '../feature.js';
import { resolveContent } from './content-check.js';
import { inlineContent } from './inline-content.js';
import { renderProblems } from './problems-view.js';

/**
 * Content from the page: the `content` property, else the `src` file, else inline JSON (both laid
 * over the built-in content of the element's language, so they are laid again when it changes).
 * Each is checked and repaired part by part, and handed to the element; the problems are shown
 * above the model. A newer request aborts an older one, so nothing stale is ever shown.
 */
export class ContentSourceController implements ReactiveController {
  private readonly host: FeatureHost;
  private problems: string[] = [];
  /** What the last request was for, so an update that changed none of it asks for nothing. */
  private asked?: { content: unknown; src: string; inline?: string; lang: string };
  private request?: AbortController;

  constructor(host: FeatureHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // A request cut off by a disconnect starts again at the next update; a finished one stays.
    if (this.request?.signal.aborted) {
      this.request = undefined;
      this.asked = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  hostUpdate(): void {
    const { content, src, language: lang } = this.host;
    const inline = inlineContent(this.host);
    const asked = this.asked;
    // Complete content does not depend on the language; partial content is laid over it.
    const sameLang = content !== undefined || asked?.lang === lang;
    if (asked && asked.content === content && asked.src === src && asked.inline === inline && sameLang) return;
    this.asked = { content, src, inline, lang };
    this.request?.abort();
    if (content === undefined && !src && inline === undefined) {
      this.problems = [];
      this.host.useContent(undefined);
      return;
    }
    const request = (this.request = new AbortController());
    this.host.useContent(undefined, true);
    this.host.track(this.resolve({ content, src, inline, signal: request.signal }));
  }

  private async resolve(request: { content: unknown; src: string; inline?: string; signal: AbortSignal }) {
    try {
      const base = await this.host.completeBuiltInContent();
      const result = await resolveContent({ ...request, base }, messagePrefix(this.host.localName));
      // The message needs its text: fetched before the element stops being busy.
      if (result.problems.length) await this.host.loadTools();
      if (request.signal.aborted) return;
      this.problems = result.problems;
      this.host.useContent(result.valid);
    } catch (error) {
      if (request.signal.aborted) return;
      console.error(`${messagePrefix(this.host.localName)}could not use the content.`, error);
      this.host.useContent(undefined);
    }
    this.request = undefined;
  }

  render() {
    const tools = this.host.tools;
    return this.problems.length && tools ? renderProblems(this.problems, tools.panel) : nothing;
  }
}
