import type { FilmSource } from '../../content/types.js';

/** A third-party player, described so the viewer can be told where it loads from. */
export interface Embed {
  /** The host's name as shown to the viewer. */
  host: string;
  /** The iframe address, with the host's privacy-friendly options. */
  src: string;
  /** The narrowest permissions policy the player needs. */
  allow: string;
}

type EmbeddedSource = Extract<FilmSource, { kind: 'youtube' | 'vimeo' }>;

/**
 * Where a YouTube or Vimeo film is embedded from. YouTube goes through youtube-nocookie.com,
 * Vimeo with `dnt=1`; both start playing at once, since the viewer has just pressed play.
 */
export function embedFor(source: EmbeddedSource): Embed {
  const id = encodeURIComponent(source.videoId);
  if (source.kind === 'youtube') {
    return {
      host: 'YouTube',
      src: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
      allow: 'autoplay; encrypted-media; picture-in-picture; fullscreen',
    };
  }
  return {
    host: 'Vimeo',
    src: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
    allow: 'autoplay; picture-in-picture; fullscreen',
  };
}
