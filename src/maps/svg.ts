import type { MapFile } from '../knowledge/schema/map.js';
import { pathData } from './geometry.js';
import { project, type Point } from './projection.js';

/** A place to mark, in degrees (a commune's centroid). */
export interface MapPlace {
  lon: number;
  lat: number;
}

export interface MapDrawing {
  /** The person's town, drawn as a square. */
  home?: MapPlace;
  /** The places found, in the order of the list they illustrate: dot n is item n. */
  places: readonly MapPlace[];
  /** The text alternative: what a screen reader says instead of the picture (plain text, escaped here). */
  alt: string;
}

/** Dots closer than this (map units) would hide each other: they become one dot with both numbers ("1,2"). */
const MERGE_DISTANCE = 6;
const DOT_RADIUS = 7;

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Places as numbered marks: a place near an earlier mark joins it, so every number stays readable. */
export function numberedMarks(map: MapFile, places: readonly MapPlace[]): { at: Point; label: string }[] {
  const marks: { at: Point; numbers: number[] }[] = [];
  places.forEach((p, i) => {
    const at = project(map.projection, p.lon, p.lat);
    const near = marks.find((m) => Math.hypot(m.at.x - at.x, m.at.y - at.y) < MERGE_DISTANCE);
    if (near) near.numbers.push(i + 1);
    else marks.push({ at, numbers: [i + 1] });
  });
  return marks.map((m) => ({ at: { x: r1(m.at.x), y: r1(m.at.y) }, label: m.numbers.join(',') }));
}

/**
 * The small map as a standalone SVG document: the five départements (their shared borders in white), their names,
 * the person's town as a square and the places as numbered dots. Pure: the same input gives the same bytes; no
 * script, no style attribute, no external reference, so it is as safe inline in a page as in an <img>.
 */
export function renderMapSvg(map: MapFile, drawing: MapDrawing): string {
  const parts: string[] = [];
  const alt = escapeXml(drawing.alt);
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img" aria-label="${alt}">`,
    `<title>${alt}</title>`,
  );
  parts.push('<g fill="#dfe8f1" stroke="#ffffff" stroke-width="1.5" stroke-linejoin="round">');
  for (const d of map.departements) parts.push(`<path d="${pathData(d.rings, true)}"/>`);
  parts.push('</g>');
  parts.push('<g fill="#4a5a6a" font-family="Arial,Helvetica,sans-serif" font-size="10" text-anchor="middle" aria-hidden="true">');
  for (const d of map.departements) parts.push(`<text x="${d.label.x}" y="${d.label.y}">${escapeXml(d.name)}</text>`);
  parts.push('</g>');
  if (drawing.home) {
    const h = project(map.projection, drawing.home.lon, drawing.home.lat);
    parts.push(`<rect x="${r1(h.x - 5)}" y="${r1(h.y - 5)}" width="10" height="10" fill="#ffffff" stroke="#1b1b1b" stroke-width="2.5"/>`);
  }
  const marks = numberedMarks(map, drawing.places);
  // Drawn last first, so that dot 1 lies on top where two touch.
  for (const m of [...marks].reverse()) {
    const w = Math.max(2 * DOT_RADIUS, 6 * m.label.length + 6);
    parts.push(
      `<rect x="${r1(m.at.x - w / 2)}" y="${r1(m.at.y - DOT_RADIUS)}" width="${w}" height="${2 * DOT_RADIUS}" rx="${DOT_RADIUS}" fill="#000091" stroke="#ffffff" stroke-width="1"/>`,
      `<text x="${m.at.x}" y="${r1(m.at.y + 3.5)}" fill="#ffffff" font-family="Arial,Helvetica,sans-serif" font-size="10" font-weight="bold" text-anchor="middle">${escapeXml(m.label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** The SVG as a data: URL for an <img> or an Adaptive Card Image (percent-encoded: no base64 overhead on ASCII). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
