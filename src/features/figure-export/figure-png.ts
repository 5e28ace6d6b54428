import { cssColour } from './colour.js';
import { canvasFont, type FigureLabel, type FigureShape, type FigureScene } from './figure-scene.js';

function drawShape(context: CanvasRenderingContext2D, shape: FigureShape): void {
  const path = new Path2D(shape.path);
  if (shape.radius !== undefined) path.arc(0, 0, shape.radius, 0, 2 * Math.PI);
  if (shape.fill) {
    context.fillStyle = cssColour(shape.fill);
    context.fill(path);
  }
  if (shape.stroke && shape.strokeWidth > 0) {
    context.strokeStyle = cssColour(shape.stroke);
    context.lineWidth = shape.strokeWidth;
    context.setLineDash(shape.dashes);
    context.stroke(path);
  }
}

const ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

function drawLabel(context: CanvasRenderingContext2D, label: FigureLabel): void {
  if (!label.fill) return;
  context.font = canvasFont(label.font);
  context.fillStyle = cssColour(label.fill);
  context.textAlign = ALIGN[label.anchor];
  context.textBaseline = 'alphabetic';
  const { underline } = label;
  for (const run of label.lines.flat()) {
    context.save();
    context.translate(run.x, run.y);
    context.rotate((run.rotate * Math.PI) / 180);
    context.fillText(run.text, 0, 0);
    if (underline) {
      const start = label.anchor === 'start' ? 0 : label.anchor === 'end' ? -run.width : -run.width / 2;
      context.fillRect(start, underline.offset - underline.thickness / 2, run.width, underline.thickness);
    }
    context.restore();
  }
}

/**
 * The figure drawn straight onto a canvas, `scale` device pixels to the CSS pixel: shapes from
 * their paths, then the labels with the canvas's own text, in the fonts the page has loaded. No
 * SVG is drawn as an image, so web fonts work (an image cannot load them) and the page needs no
 * `img-src` for `blob:` or `data:`.
 */
export async function figurePng(scene: FigureScene, scale: number): Promise<Blob> {
  const side = Math.max(1, Math.round(scene.size * scale));
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser gave no canvas to draw on');
  const unit = side / scene.size;
  context.setTransform(unit, 0, 0, unit, -scene.x * unit, -scene.y * unit);
  if (scene.background) {
    context.fillStyle = cssColour(scene.background);
    context.fillRect(scene.x, scene.y, scene.size, scene.size);
  }
  for (const part of scene.parts) {
    drawShape(context, part.shape);
    if (part.label) drawLabel(context, part.label);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Release the pixels now rather than at the next collection (Safari caps canvas memory).
  canvas.width = canvas.height = 0;
  if (!blob) throw new Error(`the browser could not make a PNG of ${side} × ${side} px`);
  return blob;
}
