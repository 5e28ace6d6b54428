/** Points along the edges of a box, in the SVG's user space. */
export function edgePoints(box: DOMRect, steps = 6): DOMPoint[] {
  const points: DOMPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = box.x + (box.width * i) / steps;
    const y = box.y + (box.height * i) / steps;
    points.push(new DOMPoint(x, box.y), new DOMPoint(x, box.y + box.height), new DOMPoint(box.x, y), new DOMPoint(box.x + box.width, y));
  }
  return points;
}

/**
 * The corners of each character's cell on a line set along an arc (each character turned on its
 * own): from where it starts to where it ends, half the font size to either side of the middle.
 */
function glyphCorners(line: SVGTSpanElement, fontSize: number): DOMPoint[] {
  const corners: DOMPoint[] = [];
  for (let k = 0; k < line.getNumberOfChars(); k++) {
    const start = line.getStartPositionOfChar(k);
    const end = line.getEndPositionOfChar(k);
    const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
    const nx = (-(end.y - start.y) / length) * fontSize * 0.5;
    const ny = ((end.x - start.x) / length) * fontSize * 0.5;
    for (const point of [start, end]) corners.push(new DOMPoint(point.x + nx, point.y + ny), new DOMPoint(point.x - nx, point.y - ny));
  }
  return corners;
}

/**
 * Points that mark out a drawn line of a label, in the SVG's user space: its box's edges for a
 * straight line, each character's cell for a line along an arc.
 */
export function linePoints(line: SVGTSpanElement): DOMPoint[] {
  const fontSize = parseFloat(getComputedStyle(line).fontSize);
  return line.hasAttribute('rotate') ? glyphCorners(line, fontSize) : edgePoints(line.getBBox());
}
