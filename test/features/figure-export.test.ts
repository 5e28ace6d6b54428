import { expect } from '@open-wc/testing';
import { readRequest } from '../../src/features/figure-export/export-options.js';
import { figureFileName } from '../../src/features/figure-export/file-name.js';
import { withPngMetadata } from '../../src/features/figure-export/png-metadata.js';

/** A small PNG, as the browser writes it. */
async function browserPng(): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 4;
  canvas.getContext('2d')!.fillRect(0, 0, 2, 2);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}

/** The chunks of a PNG, each with its type, data and whether its CRC is right. */
function chunksOf(png: Uint8Array): Array<{ type: string; data: Uint8Array; crcOk: boolean }> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunks = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    chunks.push({ type, data, crcOk: crc(png.subarray(offset + 4, offset + 8 + length)) === view.getUint32(offset + 8 + length) });
    offset += 12 + length;
  }
  return chunks;
}

describe('figure export: the PNG metadata, file names and options', () => {
  it('writes the title and description as UTF-8 text with their language, and the physical size', async () => {
    const png = await browserPng();
    const withText = withPngMetadata(png, {
      title: 'Kultur for innovasjon',
      description: 'Kjernen: nysgjerrigheit, mot og openheit – «utheva».',
      lang: 'nn',
      scale: 2.5,
    });
    const chunks = chunksOf(withText);
    expect(chunks.map((chunk) => chunk.type).slice(0, 4)).to.deep.equal(['IHDR', 'pHYs', 'iTXt', 'iTXt']);
    expect(chunks.at(-1)!.type).to.equal('IEND');
    expect(chunks.every((chunk) => chunk.crcOk), 'every CRC is right').to.equal(true);
    const text = (data: Uint8Array) => new TextDecoder().decode(data).split('\0');
    // Keyword, compression flag and method (0, 0), language, translated keyword (none), text.
    expect(text(chunks[2].data)).to.deep.equal(['Title', '', '', 'nn', '', 'Kultur for innovasjon']);
    expect(text(chunks[3].data)).to.deep.equal(['Description', '', '', 'nn', '', 'Kjernen: nysgjerrigheit, mot og openheit – «utheva».']);
    const size = new DataView(chunks[1].data.buffer, chunks[1].data.byteOffset);
    // 2.5 × 96 dpi = 240 dpi: the image is placed at the size it had on screen.
    expect([size.getUint32(0), size.getUint32(4), size.getUint8(8)]).to.deep.equal([9449, 9449, 1]);
    // It still decodes, with the same pixels.
    const bitmap = await createImageBitmap(new Blob([withText], { type: 'image/png' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([4, 4]);
    // Written twice, it holds one set.
    const again = chunksOf(withPngMetadata(withText, { title: 'B', description: 'C', lang: 'en', scale: 1 }));
    expect(again.filter((chunk) => chunk.type === 'iTXt' || chunk.type === 'pHYs')).to.have.length(3);
  });

  it('leaves what is not a PNG as it is', () => {
    const bytes = new TextEncoder().encode('<svg/>');
    expect(withPngMetadata(bytes, { title: 'T', description: 'D', lang: 'nb', scale: 2 })).to.equal(bytes);
  });

  it('names files after the title and the open part, in plain letters', () => {
    expect(figureFileName('Kultur for innovasjon', 'tillit-og-risikovilje', 'png')).to.equal('kultur-for-innovasjon-tillit-og-risikovilje.png');
    expect(figureFileName('Vår kultur: Mot & åpenhet!', '', 'svg')).to.equal('var-kultur-mot-apenhet.svg');
    expect(figureFileName('Kaféen i Tromsø', '', 'png')).to.equal('kafeen-i-tromso.png');
    expect(figureFileName('創新文化', 'kjerne', 'svg')).to.equal('innovasjon-modell-kjerne.svg');
  });

  it('takes the options it documents, and says what is wrong with others', () => {
    expect(readRequest({ format: 'svg' }, '')).to.deep.equal({ format: 'svg', scale: undefined, background: 'auto' });
    expect(readRequest({ format: 'png', scale: 1.5, background: 'light-dark(white, black)' }, '')).to.deep.equal({
      format: 'png',
      scale: 1.5,
      background: 'light-dark(white, black)',
    });
    expect(() => readRequest({ format: 'gif' }, '<x>: ')).to.throw(TypeError, `<x>: exportFigure(): format must be 'png' or 'svg', not "gif".`);
    expect(() => readRequest('png', '')).to.throw(TypeError, "takes an object such as { format: 'png' }");
    expect(() => readRequest({ format: 'png', scale: Object.create(null) }, '')).to.throw(RangeError, 'not object');
    expect(() => readRequest({ format: 'png', background: 12 }, '')).to.throw(TypeError, 'not 12');
  });
});
