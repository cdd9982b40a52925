/**
 * The geometry of the dashboard's charts, computed apart from the DOM so it is tested in Node and drawn by the
 * console (src/adviser/ui/chart-view.ts) as inline SVG: no chart library, no external request, a few hundred bytes
 * per chart. Every chart is drawn next to a table of the same numbers; the SVG itself has a title and a summary
 * for screen readers.
 */

export interface Series {
  name: string;
  values: readonly number[];
}

export interface Tick {
  value: number;
  /** Position along the axis, in SVG units. */
  at: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LinePoint {
  x: number;
  y: number;
  value: number;
  label: string;
}

export interface LineChartModel {
  kind: 'line';
  width: number;
  height: number;
  plot: Box;
  max: number;
  yTicks: Tick[];
  /** Labels along the x axis: a few days, not all 90. */
  xTicks: { label: string; at: number }[];
  series: { name: string; points: LinePoint[]; path: string }[];
}

export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChartModel {
  kind: 'bar';
  width: number;
  height: number;
  plot: Box;
  max: number;
  ticks: Tick[];
  bars: Bar[];
}

/** A round axis maximum (1, 2, 2.5 or 5 × 10^k) at or above `max`, and its step for about four ticks. */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  if (max <= 4) return { max: Math.ceil(max), step: 1 };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const stepInt = Math.max(1, Math.round(step));
  return { max: Math.ceil(max / stepInt) * stepInt, step: stepInt };
}

function ticks(scaleMax: number, step: number, position: (v: number) => number): Tick[] {
  const out: Tick[] = [];
  for (let v = 0; v <= scaleMax + 1e-9; v += step) out.push({ value: v, at: round(position(v)) });
  return out;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Which of `count` labels to print so that about `wanted` appear, the last one always. */
export function labelIndexes(count: number, wanted: number): number[] {
  if (count <= wanted) return Array.from({ length: count }, (_, i) => i);
  const every = Math.ceil(count / wanted);
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= every) out.unshift(i);
  return out;
}

export function lineChart(labels: readonly string[], series: readonly Series[], size = { width: 720, height: 260 }): LineChartModel {
  const plot: Box = { left: 48, top: 16, right: size.width - 16, bottom: size.height - 36 };
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const scale = niceScale(max);
  const n = labels.length;
  const x = (i: number): number => (n <= 1 ? (plot.left + plot.right) / 2 : plot.left + (i * (plot.right - plot.left)) / (n - 1));
  const y = (v: number): number => plot.bottom - (v / scale.max) * (plot.bottom - plot.top);
  return {
    kind: 'line',
    width: size.width,
    height: size.height,
    plot,
    max: scale.max,
    yTicks: ticks(scale.max, scale.step, y),
    xTicks: labelIndexes(n, 7).map((i) => ({ label: labels[i] ?? '', at: round(x(i)) })),
    series: series.map((s) => {
      const points = labels.map((label, i) => ({ x: round(x(i)), y: round(y(s.values[i] ?? 0)), value: s.values[i] ?? 0, label }));
      return { name: s.name, points, path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ') };
    }),
  };
}

/** Horizontal bars, one per item, in the order given; labels sit left of the plot. */
export function barChart(items: readonly { label: string; value: number }[], size = { width: 720, barHeight: 24, gap: 8, labelWidth: 220 }): BarChartModel {
  const height = 16 + items.length * (size.barHeight + size.gap) + 28;
  const plot: Box = { left: size.labelWidth, top: 16, right: size.width - 56, bottom: height - 28 };
  const scale = niceScale(Math.max(0, ...items.map((i) => i.value)));
  const x = (v: number): number => plot.left + (v / scale.max) * (plot.right - plot.left);
  return {
    kind: 'bar',
    width: size.width,
    height,
    plot,
    max: scale.max,
    ticks: ticks(scale.max, scale.step, x),
    bars: items.map((item, i) => ({
      label: item.label,
      value: item.value,
      x: plot.left,
      y: plot.top + i * (size.barHeight + size.gap),
      width: round(x(item.value) - plot.left),
      height: size.barHeight,
    })),
  };
}

const DAY_LABEL = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_LONG = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '2026-11-05' → '5 nov.' (axis) or '5 novembre 2026' (tables, summaries). */
export function dayLabel(day: string, long = false): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : (long ? DAY_LONG : DAY_LABEL).format(d);
}

const INTEGER = new Intl.NumberFormat('fr-FR');

export function formatCount(n: number): string {
  return INTEGER.format(n);
}

/** The text a screen reader hears for a series over days: total and busiest day. */
export function seriesSummary(name: string, days: readonly string[], values: readonly number[]): string {
  const total = values.reduce((a, b) => a + b, 0);
  if (days.length === 0) return `${name} : aucune donnée.`;
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? 0)) best = i;
  });
  const from = dayLabel(days[0] ?? '', true);
  const to = dayLabel(days[days.length - 1] ?? '', true);
  if (total === 0) return `${name} : aucun du ${from} au ${to}.`;
  return `${name} : ${formatCount(total)} du ${from} au ${to}, au plus ${formatCount(values[best] ?? 0)} le ${dayLabel(days[best] ?? '', true)}.`;
}
