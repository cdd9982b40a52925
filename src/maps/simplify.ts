import type { Point } from './projection.js';

/** A ring vertex with the identity it had in the source file: equal keys are the same point in two départements. */
export interface KeyedPoint extends Point {
  key: string;
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  const ex = a.x + t * dx - p.x;
  const ey = a.y + t * dy - p.y;
  return ex * ex + ey * ey;
}

/** Douglas–Peucker on an open line: both ends kept, a vertex kept when it lies farther than `tolerance` from the chord. */
export function douglasPeucker<T extends Point>(line: readonly T[], tolerance: number): T[] {
  if (line.length <= 2) return [...line];
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = true;
  keep[line.length - 1] = true;
  const stack: [number, number][] = [[0, line.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let worst = -1;
    let worstD = tol2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(line[i] as T, line[first] as T, line[last] as T);
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = true;
      stack.push([first, worst], [worst, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/**
 * Simplifies rings that share borders so that neighbours keep one common border: every ring is cut into arcs at
 * its junctions (a vertex where the set of rings holding it changes), each arc is simplified on its own in one
 * canonical direction, so the same arc in two rings, walked in opposite directions, gives the same vertices. A ring
 * with no junction (an island, an enclave) is cut at its smallest key, which its twin, if any, shares. Rings come
 * without their closing point and go back the same way.
 */
export function simplifySharedRings(rings: readonly (readonly KeyedPoint[])[], tolerance: number): KeyedPoint[][] {
  const holders = new Map<string, Set<number>>();
  rings.forEach((ring, r) => {
    for (const p of ring) {
      const set = holders.get(p.key) ?? new Set<number>();
      set.add(r);
      holders.set(p.key, set);
    }
  });
  const holderKey = (p: KeyedPoint): string => [...(holders.get(p.key) ?? [])].sort((a, b) => a - b).join(',');

  return rings.map((ring) => {
    const n = ring.length;
    if (n < 4) return [...ring];
    const hk = ring.map(holderKey);
    let cuts: number[] = [];
    for (let i = 0; i < n; i++) {
      if (hk[i] !== hk[(i + n - 1) % n] || hk[i] !== hk[(i + 1) % n]) cuts.push(i);
    }
    if (cuts.length === 0) {
      let min = 0;
      for (let i = 1; i < n; i++) if ((ring[i] as KeyedPoint).key < (ring[min] as KeyedPoint).key) min = i;
      cuts = [min];
    }
    const out: KeyedPoint[] = [];
    for (let c = 0; c < cuts.length; c++) {
      const from = cuts[c] as number;
      const to = cuts[(c + 1) % cuts.length] as number;
      const arc: KeyedPoint[] = [];
      for (let i = from; ; i = (i + 1) % n) {
        arc.push(ring[i] as KeyedPoint);
        if (arc.length > 1 && i === to) break;
      }
      out.push(...simplifyArc(arc, tolerance).slice(0, -1));
    }
    return out;
  });
}

/** An arc simplified in the direction whose ends (then second points) sort first, and given back in its own direction. */
function simplifyArc(arc: readonly KeyedPoint[], tolerance: number): KeyedPoint[] {
  const first = arc[0] as KeyedPoint;
  const last = arc[arc.length - 1] as KeyedPoint;
  const second = arc[1] as KeyedPoint;
  const beforeLast = arc[arc.length - 2] as KeyedPoint;
  const reversed = first.key > last.key || (first.key === last.key && second.key > beforeLast.key);
  const canonical = reversed ? [...arc].reverse() : [...arc];
  // A closed arc (start = end) has a zero-length chord: split it at its middle so each half has a real one.
  let simplified: KeyedPoint[];
  if (first.key === last.key && canonical.length > 3) {
    const mid = Math.floor(canonical.length / 2);
    simplified = [...douglasPeucker(canonical.slice(0, mid + 1), tolerance).slice(0, -1), ...douglasPeucker(canonical.slice(mid), tolerance)];
  } else simplified = douglasPeucker(canonical, tolerance);
  return reversed ? simplified.reverse() : simplified;
}
