/** Plain shapes in diagram coordinates, with the origin in the centre of the model. */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A ring segment: d3-shape angles (radians, 0 at 12 o'clock, clockwise) and radii. */
export interface AnnularSector {
  kind: 'sector';
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
}

export interface Disc {
  kind: 'disc';
  radius: number;
}

export type Region = AnnularSector | Disc;

/** The unit vector of a d3-shape angle, in screen coordinates (y grows downwards). */
export function direction(angle: number): [number, number] {
  return [Math.sin(angle), -Math.cos(angle)];
}

function corners(box: Box): Array<[number, number]> {
  return [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ];
}

/** Distance from the origin to the nearest point of the box (0 when it covers the origin). */
function nearestDistance(box: Box): number {
  const x = Math.max(box.x0, Math.min(0, box.x1));
  const y = Math.max(box.y0, Math.min(0, box.y1));
  return Math.hypot(x, y);
}

/**
 * True when the box lies inside the region with at least `margin` to spare on every side.
 * Sectors must span at most half a turn, so that the wedge between their edges is convex.
 */
export function boxFits(box: Box, region: Region, margin: number): boolean {
  const points = corners(box);
  const farthest = Math.max(...points.map(([x, y]) => Math.hypot(x, y)));
  if (region.kind === 'disc') return farthest <= region.radius - margin;
  if (farthest > region.outerRadius - margin) return false;
  if (nearestDistance(box) < region.innerRadius + margin) return false;
  // Inward normals of the two straight edges of the wedge.
  const [sx, sy] = [Math.cos(region.startAngle), Math.sin(region.startAngle)];
  const [ex, ey] = [-Math.cos(region.endAngle), -Math.sin(region.endAngle)];
  return points.every(([x, y]) => x * sx + y * sy >= margin && x * ex + y * ey >= margin);
}
