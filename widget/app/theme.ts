/**
 * Partner colours come from a data- attribute: we keep the hue but guarantee WCAG AA contrast (≥ 4.5:1) for the
 * text drawn on it and for the accent used on white.
 */
export interface Theme {
  /** Background of the header, user bubbles and primary buttons. */
  brand: string;
  /** Text on `brand`: white or black, whichever contrasts more. */
  onBrand: string;
  /** Links and focus ring on white: the brand colour darkened until it reaches 4.5:1. */
  accent: string;
}

export const DEFAULT_COLOR = '#0b5cad';

type Rgb = [number, number, number];

export function parseHexColor(raw: string | null | undefined): Rgb | undefined {
  if (!raw) return undefined;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(raw.trim());
  if (!m || !m[1]) return undefined;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [0, 0, 0];

export function themeFrom(raw: string | null | undefined): Theme {
  const brand = parseHexColor(raw) ?? (parseHexColor(DEFAULT_COLOR) as Rgb);
  const onBrand = contrast(brand, WHITE) >= contrast(brand, INK) ? WHITE : INK;
  let accent: Rgb = brand;
  for (let i = 0; i < 40 && contrast(accent, WHITE) < 4.5; i++) {
    accent = accent.map((c) => c * 0.9) as Rgb;
  }
  return { brand: toHex(brand), onBrand: toHex(onBrand), accent: toHex(accent) };
}
