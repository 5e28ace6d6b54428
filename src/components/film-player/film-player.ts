import { LitElement, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isFileSource, isLinkSource, type Film, type FilmSource, type HostedFilmSource } from '../../model/types.js';
import type { PanelStrings } from '../../i18n/strings.js';
import { FILM_START_EVENT, type FilmStartEventDetail } from '../../shared/film-start-event.js';
import { embedFor, type Embed } from './embeds.js';
import { filmPlayerStyles } from './film-player.styles.js';

/**
 * Plays a practice's learning film. Self-hosted files use `<video controls>` with caption
 * tracks; YouTube and Vimeo load only after the viewer presses play, so no request reaches
 * them before that; a published page is linked, with its language when that is another.
 *
 * @tagname innovasjon-modell-film
 *
 * @csspart film - The figure around the player.
 * @csspart play-button - The button that loads a third-party player.
 */
export class FilmPlayer extends LitElement {
  static override styles = filmPlayerStyles;

  static override properties: PropertyDeclarations = {
    film: { attribute: false },
    strings: { attribute: false },
    embedLoaded: { state: true },
  };

  /** The film to show. */
  film?: Film;

  /** Interface text in the element's language. */
  strings?: PanelStrings;

  /** True once the viewer has asked for a third-party player. */
  private embedLoaded = false;
  /** The film whose start was reported, so replays and pauses do not report again. */
  #reported?: Film;

  /** Tells the page (analytics) that the viewer started this film, once per film. */
  #reportStart(): void {
    const { film } = this;
    if (!film || this.#reported === film) return;
    this.#reported = film;
    const detail: FilmStartEventDetail = { title: film.title, kind: film.source.kind };
    this.dispatchEvent(new CustomEvent(FILM_START_EVENT, { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new film starts unloaded: consent to one host's player is not consent to the next film.
    if (changed.has('film')) this.embedLoaded = false;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('embedLoaded') && this.embedLoaded) {
      this.renderRoot.querySelector('iframe')?.focus();
    }
  }

  private renderEmbed(embed: Embed, film: Film, strings: PanelStrings) {
    if (!this.embedLoaded) {
      return html`<div class="consent">
        <button
          part="play-button"
          type="button"
          @click=${() => {
            this.embedLoaded = true;
            this.#reportStart();
          }}
        >
          <span class="play-icon" aria-hidden="true"></span>${strings.playFrom(embed.host)}
        </button>
        <p class="note">${strings.thirdPartyNote(embed.host)}</p>
      </div>`;
    }
    return html`<div class="frame">
      <iframe
        src=${embed.src}
        title=${film.title}
        allow=${embed.allow}
        referrerpolicy="strict-origin-when-cross-origin"
        allowfullscreen
      ></iframe>
    </div>`;
  }

  private renderSource(source: FilmSource, film: Film, strings: PanelStrings) {
    if (isFileSource(source)) {
      return html`<video controls preload="none" poster=${ifDefined(source.poster)} @play=${this.#reportStart}>
        <source src=${source.src} type=${ifDefined(source.type)} />
        ${source.tracks.map(
          (track) =>
            html`<track
              kind="captions"
              src=${track.src}
              srclang=${track.srclang}
              label=${track.label}
              ?default=${track.default ?? false}
            />`,
        )}
        <p>${strings.videoUnsupported}</p>
      </video>`;
    }
    if (isLinkSource(source)) {
      const text = source.label ?? strings.watchAt(film.title, new URL(source.href).hostname);
      const note = source.lang ? strings.pageLanguage(source.lang) : '';
      return html`<p class="link">
        <a href=${source.href} hreflang=${ifDefined(source.lang)}>${note ? `${text} ${note}` : text}</a>
      </p>`;
    }
    const embed = embedFor(source as HostedFilmSource);
    // Content is validated before it gets here; a host removed since then shows nothing to play.
    return embed ? this.renderEmbed(embed, film, strings) : html`<p>${strings.videoUnsupported}</p>`;
  }

  protected override render() {
    const { film, strings } = this;
    if (!film || !strings) return nothing;
    // A link says what it leads to; the title under it would only repeat it, or name a film the
    // page it leads to does not show first.
    const title = isLinkSource(film.source) ? '' : film.title;
    return html`<figure part="film">
      ${this.renderSource(film.source, film, strings)}
      ${title || film.durationSeconds
        ? html`<figcaption>
            ${title ? html`<span class="title">${title}</span>` : nothing}
            ${film.durationSeconds
              ? html`<span class="duration">(${strings.duration(film.durationSeconds)})</span>`
              : nothing}
          </figcaption>`
        : nothing}
      ${film.transcript?.length
        ? html`<details class="transcript">
            <summary>${strings.transcript}</summary>
            ${film.transcript.map((paragraph) => html`<p>${paragraph}</p>`)}
          </details>`
        : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-film': FilmPlayer;
  }
}
