import { barChart, dayLabel, formatCount, lineChart, seriesSummary } from '../dashboard/chart-model.js';
import { h } from './dom.js';

/**
 * The dashboard's charts as inline SVG built with the DOM (no innerHTML, no library): `role="img"` named by its
 * <title> and described by a <desc> that says the totals and the busiest day, so a screen reader gets the gist;
 * the exact numbers are in the table that goes with every chart. Series differ by dash pattern and marker as well as
 * colour.
 */
const SVG = 'http://www.w3.org/2000/svg';

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

function svgRoot(id: string, width: number, height: number, title: string, desc: string): SVGSVGElement {
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart', focusable: 'false' },
    s('title', { id: `${id}-title` }, title),
    s('desc', { id: `${id}-desc` }, desc),
  );
}

export interface DaySeries {
  name: string;
  values: number[];
}

/** A line chart over days, with its legend and its table (in a disclosure: 90 rows are long). */
export function dayChart(id: string, title: string, days: string[], series: DaySeries[]): HTMLElement {
  const model = lineChart(days.map((d) => dayLabel(d)), series);
  const desc = series.map((x) => seriesSummary(x.name, days, x.values)).join(' ');
  const svg = svgRoot(id, model.width, model.height, title, desc);
  const grid = s('g', { class: 'grid', 'aria-hidden': 'true' });
  for (const t of model.yTicks) {
    grid.append(s('line', { x1: model.plot.left, x2: model.plot.right, y1: t.at, y2: t.at }));
    grid.append(s('text', { x: model.plot.left - 6, y: t.at + 4, 'text-anchor': 'end', class: 'axis' }, formatCount(t.value)));
  }
  for (const t of model.xTicks) grid.append(s('text', { x: t.at, y: model.plot.bottom + 20, 'text-anchor': 'middle', class: 'axis' }, t.label));
  svg.append(grid);
  model.series.forEach((line, i) => {
    const g = s('g', { class: `series series-${i + 1}`, 'aria-hidden': 'true' }, s('path', { d: line.path, fill: 'none' }));
    // Markers only when they stay readable (a week or a month).
    if (line.points.length <= 31) for (const p of line.points) g.append(s('circle', { cx: p.x, cy: p.y, r: 3 }));
    svg.append(g);
  });
  const legend = h('ul', { class: 'legend' }, ...series.map((x, i) => h('li', { class: `series-${i + 1}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), x.name)));
  const table = h(
    'table',
    {},
    h('caption', {}, `${title} : les chiffres`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Jour'), ...series.map((x) => h('th', { scope: 'col' }, x.name)))),
    h('tbody', {}, ...days.map((d, i) => h('tr', {}, h('th', { scope: 'row' }, dayLabel(d, true)), ...series.map((x) => h('td', { class: 'num' }, formatCount(x.values[i] ?? 0)))))),
  );
  return h('figure', { class: 'chart-figure' }, svg, legend, h('details', {}, h('summary', {}, `Tableau des données (${days.length} jours)`), table));
}

export interface BarItem {
  label: string;
  value: number;
}

/** Horizontal bars with the value written at the end of each bar; the table follows (it may hold more columns). */
export function barFigure(id: string, title: string, items: BarItem[], table: HTMLTableElement): HTMLElement {
  const model = barChart(items);
  const total = items.reduce((n, i) => n + i.value, 0);
  const desc =
    items.length === 0
      ? 'Aucune donnée sur la période.'
      : `${items.map((i) => `${i.label} : ${formatCount(i.value)}`).join(' ; ')}. Total : ${formatCount(total)}.`;
  const svg = svgRoot(id, model.width, model.height, title, desc);
  const g = s('g', { 'aria-hidden': 'true' });
  for (const t of model.ticks) g.append(s('line', { class: 'grid-line', x1: t.at, x2: t.at, y1: model.plot.top, y2: model.plot.bottom }));
  for (const b of model.bars) {
    g.append(s('text', { x: model.plot.left - 8, y: b.y + b.height / 2 + 5, 'text-anchor': 'end', class: 'bar-label' }, b.label));
    g.append(s('rect', { x: b.x, y: b.y, width: Math.max(b.width, 1), height: b.height, class: 'bar' }));
    g.append(s('text', { x: b.x + b.width + 6, y: b.y + b.height / 2 + 5, class: 'bar-value' }, formatCount(b.value)));
  }
  for (const t of model.ticks) g.append(s('text', { x: t.at, y: model.plot.bottom + 18, 'text-anchor': 'middle', class: 'axis' }, formatCount(t.value)));
  svg.append(g);
  return h('figure', { class: 'chart-figure' }, svg, table);
}
