import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { messagePrefix } from '../../model/message-prefix.js';
import { Chunk } from '../../shared/chunk.js';
import type { LinkedView } from '../deep-link/hash-value.js';
import { followLink, shortAddress } from './follow-link.js';
import { PresenterDialog, presenterDialogStyles } from './presenter-dialog.js';
import type { QrDrawing } from './qr-code.js';

/** The encoder and its drawing: fetched the first time a code is shown. */
const qrChunk = new Chunk('the QR code', () => import('./qr-code.js'));

/**
 * «Follow on your phone» (key Q): a QR code of the link to this page where the presentation
 * is, big enough to scan from the back of the room, with the address printed beside it to type
 * instead. Drawn here as SVG, by an encoder in a chunk of its own; nothing is asked of another
 * site. An address too long for a code is shown as text, with a note. Internal to
 * `<innovasjon-modell>`.
 *
 * @tagname innovasjon-modell-presenter-qr
 * @fires presenter-command - Internal: `close`.
 * @csspart qr-code - The code's image.
 */
export class PresenterQr extends PresenterDialog {
  static override styles = [
    presenterDialogStyles,
    css`
      dialog[open] {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        align-items: center;
        gap: 4vw;
      }
      /* The code as large as the screen allows, so its modules stay big enough for a camera
         across a room; the address under it takes the room it needs, and the code the rest. */
      figure {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 0.5em;
        box-sizing: border-box;
        width: min(55vw, 92vh);
        height: 100%;
        min-height: 0;
        margin: 0;
      }
      /* Dark on light in forced colours too, as cameras read it. */
      .code {
        forced-color-adjust: none;
        display: block;
        flex: 1 1 0;
        min-height: 0;
        width: 100%;
      }
      .address {
        margin: 0;
        font-weight: 700;
        text-align: center;
        overflow-wrap: anywhere;
      }
      .text .address {
        margin-bottom: 1em;
        text-align: start;
      }
      p {
        margin: 0 0 1em;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...PresenterDialog.properties,
    view: { attribute: false },
    elementId: { attribute: false },
    drawing: { state: true },
  };

  /** What the code opens on the page: a part, or its questions; undefined for the page itself. */
  view?: LinkedView;
  /** The id of the element presenting, which its deep links are written under. */
  elementId = '';
  /** The code of `link`; null when it cannot be made (too long, or the encoder did not load). */
  private drawing?: QrDrawing | null;
  /** The address `drawing` is of. */
  #drawnFor?: string;
  #drawingDone?: Promise<void>;

  protected label(tools: ToolStrings): string {
    return tools.presenter.qrHeading;
  }

  /** The address the code opens: read when drawn, so it is the page's address of now. */
  get #link(): string {
    return followLink(location.href, this.elementId, this.view);
  }

  protected override willUpdate(): void {
    if (this.open && this.#drawnFor !== this.#link) this.#draw(this.#link);
  }

  #draw(link: string): void {
    this.#drawnFor = link;
    this.drawing = undefined;
    const done = qrChunk.load().then(
      (module) => module.qrDrawing(link) ?? null,
      (error: unknown) => {
        console.error(`${messagePrefix('innovasjon-modell')}could not load ${qrChunk.name}.`, error);
        return null;
      },
    );
    this.#drawingDone = done.then((drawing) => {
      if (this.#drawnFor === link) this.drawing = drawing;
    });
  }

  /** Resolves once the code shown is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#drawingDone) {
      const drawing = this.#drawingDone;
      await drawing;
      if (drawing === this.#drawingDone) this.#drawingDone = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #renderCode(drawing: QrDrawing, label: string) {
    const { size, path } = drawing;
    // Dark on light whatever the theme: that is what cameras read.
    return html`<svg class="code" part="qr-code" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
      <rect width=${size} height=${size} fill="#fff"></rect>
      <path d=${path} fill="#000"></path>
    </svg>`;
  }

  protected renderBody(tools: ToolStrings) {
    const { presenter } = tools;
    const { drawing } = this;
    const address = shortAddress(this.#drawnFor ?? this.#link);
    return html`${drawing
        ? html`<figure>
            ${this.#renderCode(drawing, presenter.qrImage)}
            <figcaption class="address">${address}</figcaption>
          </figure>`
        : nothing}
      <div class="text">
        <h2>${presenter.qrHeading}</h2>
        ${drawing === null
          ? html`<p class="note">${presenter.qrUnavailable}</p>
              <p class="address">${address}</p>`
          : html`<p>${presenter.qrHint}</p>`}
        <button type="button" class="close" @click=${() => this.close()}>${tools.panel.close}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-presenter-qr': PresenterQr;
  }
}
