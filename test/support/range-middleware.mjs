import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const MEDIA_TYPES = { '.webm': 'video/webm', '.mp4': 'video/mp4' };

/**
 * Serves films with byte ranges (`206 Partial Content`), as every real web server does. The test
 * server's own static files answer a range request with the whole file and then with `304`s,
 * and WebKit's media player waits for ever on those. Films are marked `no-store` so no engine
 * revalidates them between tests.
 */
export function rangeMiddleware(rootDir) {
  return async function serveRanges(context, next) {
    const type = MEDIA_TYPES[extname(context.path)];
    if (!type || context.method !== 'GET') return next();
    const file = normalize(join(rootDir, decodeURIComponent(context.path)));
    if (!file.startsWith(rootDir)) return next();
    let size;
    try {
      size = statSync(file).size;
    } catch {
      return next();
    }
    context.set('Accept-Ranges', 'bytes');
    context.set('Cache-Control', 'no-store');
    context.type = type;
    const range = /^bytes=(\d*)-(\d*)$/.exec(context.get('Range'));
    if (!range) {
      context.length = size;
      context.body = createReadStream(file);
      return;
    }
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      context.status = 416;
      context.set('Content-Range', `bytes */${size}`);
      return;
    }
    context.status = 206;
    context.set('Content-Range', `bytes ${start}-${end}/${size}`);
    context.length = end - start + 1;
    context.body = createReadStream(file, { start, end });
  };
}
