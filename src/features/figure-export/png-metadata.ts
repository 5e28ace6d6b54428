/**
 * Writes what a PNG says about itself: its title and description as international text (iTXt,
 * UTF-8, with the language), so image libraries and slide programs can show them, and its
 * physical size (pHYs), so a 2× image is placed at the size it had on screen. Pure: bytes in,
 * bytes out; a file that is not a PNG is returned as it came.
 */

/** Bytes in memory of their own, as a `Blob` takes them. */
type Bytes = Uint8Array<ArrayBuffer>;

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** Length, type and CRC: what a chunk adds to its data. */
const CHUNK_FRAME = 12;
const INCH = 0.0254;
const CSS_DPI = 96;

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Bytes {
  const bytes = new Uint8Array(CHUNK_FRAME + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) bytes[4 + i] = type.charCodeAt(i);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

function join(parts: readonly Uint8Array[]): Bytes {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** iTXt: keyword, uncompressed, the language tag, no translated keyword, then the text in UTF-8. */
function internationalText(keyword: string, lang: string, text: string): Bytes {
  const encoder = new TextEncoder();
  const zero = new Uint8Array(1);
  return chunk('iTXt', join([encoder.encode(keyword), zero, new Uint8Array(2), encoder.encode(lang), zero, zero, encoder.encode(text)]));
}

/** pHYs: pixels per metre, the same across and down. */
function physicalSize(pixelsPerCssPixel: number): Bytes {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  const perMetre = Math.round((CSS_DPI * pixelsPerCssPixel) / INCH);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1;
  return chunk('pHYs', data);
}

function chunkType(png: Uint8Array, offset: number): string {
  return String.fromCharCode(...png.subarray(offset + 4, offset + 8));
}

export interface PngMetadata {
  title: string;
  description: string;
  /** BCP 47 tag of the text. */
  lang: string;
  /** Image pixels per CSS pixel of the drawing. */
  scale: number;
}

/** The PNG with its metadata written after the header (IHDR); older text or size chunks give way. */
export function withPngMetadata(png: Bytes, metadata: PngMetadata): Bytes {
  if (png.length < 8 || SIGNATURE.some((byte, i) => png[i] !== byte) || chunkType(png, 8) !== 'IHDR') return png;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (let offset = 8; offset + CHUNK_FRAME <= png.length; ) {
    const end = offset + CHUNK_FRAME + view.getUint32(offset);
    const type = chunkType(png, offset);
    if (!['pHYs', 'iTXt', 'tEXt', 'zTXt'].includes(type)) parts.push(png.subarray(offset, end));
    if (type === 'IHDR') {
      parts.push(
        physicalSize(metadata.scale),
        internationalText('Title', metadata.lang, metadata.title),
        internationalText('Description', metadata.lang, metadata.description),
      );
    }
    offset = end;
  }
  return join(parts);
}
