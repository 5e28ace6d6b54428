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
 * True when the box lies inside the region with at least `margin` to spare on every side: the
 * plain check, which `largestScale` answers in closed form for every size at once.
 * Sectors must span at most half a turn, so that the wedge between their edges is convex.
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

/**
 * The largest scale `s` at which a box of half extents `s·halfWidth` × `s·halfHeight`, centred at
 * (x, y), lies inside the region with `margin` to spare (as `boxFits` judges it), or -1 when none
 * does. See `scalesAt`, which answers for many centres at once.
 */
export function largestScale(x: number, y: number, halfWidth: number, halfHeight: number, region: Region, margin: number): number {
  return scalesAt([[x, y]], region, margin)(halfWidth, halfHeight)(0);
}

/**
 * For boxes centred at `centres`, the largest scale at which they fit the region with `margin` to
 * spare: given a box's half extents, a function from a centre's index to its scale (-1 where none
 * fits). Every condition of `boxFits` is monotone in the scale (the rim and the wedge's edges limit
 * growth; the hole limits it from the other side), so each gives a bound in closed form and the box
 * fits at every scale from 0 to the least of them. Label fitting asks for a few centres of each
 * breaking of a label, in cold code: nothing is worked out for a centre it does not ask for.
 */
export function scalesAt(
  centres: ReadonlyArray<readonly [number, number]>,
  region: Region,
  margin: number,
): (halfWidth: number, halfHeight: number) => (centre: number) => number {
  const disc = region.kind === 'disc';
  const outer = (disc ? region.radius : region.outerRadius) - margin;
  // A disc has no hole, and no straight edges to keep away from.
  const inner = disc ? 0 : region.innerRadius + margin;
  // Inward normals of the wedge's straight edges.
  const [sx, sy, ex, ey] = disc
    ? [0, 0, 0, 0]
    : [Math.cos(region.startAngle), Math.sin(region.startAngle), -Math.cos(region.endAngle), -Math.sin(region.endAngle)];
  return (givenHalfWidth, halfHeight) => {
    // An empty line has no width; a hair of one keeps the bounds below finite.
    const halfWidth = Math.max(givenHalfWidth, 1e-9);
    const q = halfWidth * halfWidth + halfHeight * halfHeight;
    const startReach = halfWidth * Math.abs(sx) + halfHeight * Math.abs(sy);
    const endReach = halfWidth * Math.abs(ex) + halfHeight * Math.abs(ey);
    return (i) => {
      // Read by index, not destructured: in cold code that would run the iterator protocol.
      const cx = centres[i][0];
      const cy = centres[i][1];
      const x = Math.abs(cx);
      const y = Math.abs(cy);
      const d = x * x + y * y;
      const p = x * halfWidth + y * halfHeight;
      // The rim: the farthest corner, (x + s·w)² + (y + s·h)² ≤ R², grows with s. A centre past
      // the rim or in the hole gets a bound below 0 (or none, NaN), and so no scale.
      let scale = outer < 0 ? -1 : (-p + Math.sqrt(p * p - q * (d - outer * outer))) / q;
      if (inner > 0) {
        // The hole: the nearest point, (x - s·w)₊² + (y - s·h)₊² ≥ r², shrinks as s grows.
        const xGone = x / halfWidth;
        const yGone = y / halfHeight;
        // Up to the first of these scales both sides of the box keep away from the origin; past it, one.
        const first = Math.min(xGone, yGone);
        const atFirst = (x - first * halfWidth) ** 2 + (y - first * halfHeight) ** 2;
        const hole =
          atFirst < inner * inner
            ? (p - Math.sqrt(p * p - q * (d - inner * inner))) / q
            : xGone < yGone
              ? (y - inner) / halfHeight
              : (x - inner) / halfWidth;
        scale = Math.min(scale, hole);
      }
      // The wedge's straight edges: the lowest corner along each inward normal, linear in s.
      if (!disc) scale = Math.min(scale, (cx * sx + cy * sy - margin) / startReach, (cx * ex + cy * ey - margin) / endReach);
      return scale >= 0 ? scale : -1;
    };
  };
}
