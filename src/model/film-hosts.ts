import { messagePrefix } from './message-prefix.js';

/**
 * The hosts a film may be embedded from, besides self-hosted files and links. YouTube and Vimeo
 * are built in; an embedder can allow another video service with `registerFilmHost`. Pure data
 * and functions: the validator and the film player share this one registry.
 */
export interface FilmHost {
  /** The service's name as shown to the viewer, e.g. «YouTube». */
  name: string;
  /** What a video id of this host looks like; anything else is rejected. */
  idPattern: RegExp;
  /** The player's address for a video id; must be https:. */
  embedUrl: (videoId: string) => string;
  /** The narrowest permissions policy (iframe `allow`) the player needs. */
  allow: string;
}

const hosts = new Map<string, FilmHost>([
  [
    'youtube',
    {
      name: 'YouTube',
      idPattern: /^[A-Za-z0-9_-]{11}$/,
      // youtube-nocookie.com sets no cookies until the film plays; it plays at once, since the
      // viewer has just pressed play.
      embedUrl: (id) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1&rel=0`,
      allow: 'autoplay; encrypted-media; picture-in-picture; fullscreen',
    },
  ],
  [
    'vimeo',
    {
      name: 'Vimeo',
      idPattern: /^\d{1,12}$/,
      embedUrl: (id) => `https://player.vimeo.com/video/${encodeURIComponent(id)}?autoplay=1&dnt=1`,
      allow: 'autoplay; picture-in-picture; fullscreen',
    },
  ],
]);

/** Kinds of film source with a meaning of their own, which no host may take. */
const RESERVED = new Set(['file', 'link']);

/**
 * Allows films from another video service, as `{ kind, videoId }` sources. Throws for a kind
 * that is taken or malformed, or a player address that is not https:.
 */
export function registerFilmHost(kind: string, host: FilmHost): void {
  if (!/^[a-z][a-z0-9-]*$/.test(kind) || RESERVED.has(kind) || hosts.has(kind)) {
    throw new Error(`${messagePrefix()}cannot register the film host "${kind}": the kind is taken or not of the form "my-host".`);
  }
  if (!/^https:\/\//.test(host.embedUrl('test'))) {
    throw new Error(`${messagePrefix()}the film host "${kind}" must embed from an https: address.`);
  }
  hosts.set(kind, host);
}

/** The host of a kind, if it is allowed. */
export function filmHost(kind: string): FilmHost | undefined {
  return hosts.get(kind);
}

/** Every allowed kind of film source, for messages. */
export function filmKinds(): string[] {
  return ['file', 'link', ...hosts.keys()];
}
