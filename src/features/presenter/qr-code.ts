/**
 * QR codes for presenter mode, drawn here: a chunk of its own (with the encoder, lean-qr), fetched
 * the first time a presenter shows one. No request leaves the page.
 */
import { correction, generate, mode } from 'lean-qr';

/**
 * The largest code made: 97 modules a side, up to 666 characters of address at level M. A
 * longer address would need modules too small to read from the back of a room.
 */
export const MAX_VERSION = 20;
/** Light modules around the code, as the standard asks, so a camera finds its edge. */
export const QUIET_ZONE = 4;

/** A code as an SVG path of its dark modules, on a square of `size` modules (the quiet zone included). */
export interface QrDrawing {
  size: number;
  path: string;
}

/**
 * The QR code of `text` (an address), with error correction at level M or better, so a glare on
 * the screen does not spoil it; undefined when the text is too long for `MAX_VERSION`.
 */
export function qrDrawing(text: string): QrDrawing | undefined {
  let code;
  try {
    code = generate(text, {
      minCorrectionLevel: correction.M,
      maxVersion: MAX_VERSION,
      // Shift-JIS is left out: an address never needs it, and looking for it costs a large table.
      modes: [mode.numeric, mode.alphaNumeric, mode.ascii, mode.utf8],
    });
  } catch {
    return undefined;
  }
  // One rectangle for each run of dark modules in a row.
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (x + run < code.size && code.get(x + run, y)) run++;
      path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size: code.size + 2 * QUIET_ZONE, path };
}
