import type jsQR from 'jsqr';

/** jsQR, a QR decoder: a UMD script, so it is loaded as a classic script, which sets `window.jsQR`. */
async function decoder(): Promise<typeof jsQR> {
  const page = window as unknown as { jsQR?: typeof jsQR };
  if (!page.jsQR) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/jsqr/dist/jsQR.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('jsQR did not load'));
      document.head.append(script);
    });
  }
  return page.jsQR!;
}

/**
 * Reads a QR code drawn as SVG the way a camera would see it: the SVG as an image, drawn to a
 * canvas in this page at `modulePixels` pixels a module, and the canvas's pixels decoded.
 */
export async function decodeQrSvg(svg: SVGSVGElement, modulePixels = 4): Promise<string | null> {
  const decode = await decoder();
  const size = svg.viewBox.baseVal.width * modulePixels;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    const { data } = context.getImageData(0, 0, size, size);
    return decode(data, size, size)?.data ?? null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
