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

/** Squared distance from the origin to the nearest point of the box (0 when it covers the origin). */
function nearestDistanceSquared(box: Box): number {
  const x = Math.max(box.x0, Math.min(0, box.x1));
  const y = Math.max(box.y0, Math.min(0, box.y1));
  return x * x + y * y;
}

/**
 * True when the box lies inside the region with at least `margin` to spare on every side.
 * Sectors must span at most half a turn, so that the wedge between their edges is convex.
 * Called thousands of times per layout, so it allocates nothing.
 */
export function boxFits(box: Box, region: Region, margin: number): boolean {
  const { x0, y0, x1, y1 } = box;
  // The farthest point of a box from the origin is one of its corners. Distances are compared
  // squared: no square roots in the hot loop.
  const fx = Math.max(-x0, x1);
  const fy = Math.max(-y0, y1);
  const farthestSquared = fx * fx + fy * fy;
  const outer = (region.kind === 'disc' ? region.radius : region.outerRadius) - margin;
  if (outer < 0 || farthestSquared > outer * outer) return false;
  if (region.kind === 'disc') return true;
  const inner = region.innerRadius + margin;
  if (inner > 0 && nearestDistanceSquared(box) < inner * inner) return false;
  // Inward normals of the two straight edges of the wedge; the box is inside a half-plane
  // when its corner lowest along the normal is.
  const sx = Math.cos(region.startAngle);
  const sy = Math.sin(region.startAngle);
  const ex = -Math.cos(region.endAngle);
  const ey = -Math.sin(region.endAngle);
  const lowest = (nx: number, ny: number) => Math.min(x0 * nx, x1 * nx) + Math.min(y0 * ny, y1 * ny);
  return lowest(sx, sy) >= margin && lowest(ex, ey) >= margin;
}
