import type { Point } from './projection.js';

/** A flat ring [x1, y1, x2, y2, …] as points. */
export function pointsOf(flat: readonly number[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ x: flat[i] as number, y: flat[i + 1] as number });
  return out;
}

/** Even-odd rule on one ring (ray cast to the right); a point on an edge may fall either way. */
export function inRing(pt: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Point;
    const b = ring[j] as Point;
    if (a.y > pt.y !== b.y > pt.y && pt.x < ((b.x - a.x) * (pt.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Inside a shape made of outer rings and holes: an odd number of its rings hold the point. */
export function inRings(pt: Point, rings: readonly (readonly number[])[]): boolean {
  let count = 0;
  for (const r of rings) if (inRing(pt, pointsOf(r))) count++;
  return count % 2 === 1;
}

/** Shoelace area (absolute) of a ring. */
export function ringArea(ring: readonly Point[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i] as Point;
    const q = ring[j] as Point;
    a += (q.x + p.x) * (q.y - p.y);
  }
  return Math.abs(a / 2);
}

/** Area centroid of a ring (its vertex average when the ring is degenerate). */
export function ringCentroid(ring: readonly Point[]): Point {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[j] as Point;
    const q = ring[i] as Point;
    const f = p.x * q.y - q.x * p.y;
    a += f;
    cx += (p.x + q.x) * f;
    cy += (p.y + q.y) * f;
  }
  if (a === 0) {
    const n = ring.length || 1;
    return { x: ring.reduce((s, p) => s + p.x, 0) / n, y: ring.reduce((s, p) => s + p.y, 0) / n };
  }
  return { x: cx / (3 * a), y: cy / (3 * a) };
}

/**
 * SVG path data for rings (closed) or lines (open): the first point absolute, then one relative lineto whose pairs
 * follow each other ("M12,34l3-2,4,5z"). Digits, commas and minus signs only, so the path needs no escaping inside a
 * data: URL, and about half the bytes of absolute coordinates.
 */
export function pathData(shapes: readonly (readonly number[])[], closed: boolean): string {
  let d = '';
  for (const flat of shapes) {
    const pts = pointsOf(flat);
    const first = pts[0];
    if (!first) continue;
    d += `M${first.x},${first.y}`;
    let numbers = '';
    for (let i = 1; i < pts.length; i++) {
      const p = pts[i] as Point;
      const q = pts[i - 1] as Point;
      for (const n of [p.x - q.x, p.y - q.y]) numbers += numbers === '' || n < 0 ? String(n) : `,${n}`;
    }
    if (numbers) d += `l${numbers}`;
    if (closed) d += 'z';
  }
  return d;
}
