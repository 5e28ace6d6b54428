import { filmHost } from '../../model/film-hosts.js';

/** A third-party player, described so the viewer can be told where it loads from. */
export interface Embed {
  /** The host's name as shown to the viewer. */
  host: string;
  /** The iframe address, with the host's privacy-friendly options. */
  src: string;
  /** The narrowest permissions policy the player needs. */
  allow: string;
}

/**
 * Where a hosted film is embedded from, or undefined when its host is not allowed or its
 * player address is not https: (checked again here, as the last step before the iframe).
 */
export function embedFor(source: { kind: string; videoId: string }): Embed | undefined {
  const host = filmHost(source.kind);
  if (!host || !host.idPattern.test(source.videoId)) return undefined;
  const src = host.embedUrl(source.videoId);
  return /^https:\/\//.test(src) ? { host: host.name, src, allow: host.allow } : undefined;
}
