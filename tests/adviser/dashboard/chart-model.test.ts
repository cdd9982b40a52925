import { describe, expect, it } from 'vitest';
import { barChart, dayLabel, labelIndexes, lineChart, niceScale, seriesSummary } from '../../../src/adviser/dashboard/chart-model.js';

describe('chart geometry', () => {
  it('round axis maxima at or above the data', () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(3)).toEqual({ max: 3, step: 1 });
    expect(niceScale(37)).toEqual({ max: 40, step: 10 });
    expect(niceScale(101).max).toBeGreaterThanOrEqual(101);
    for (const m of [5, 9, 17, 230, 999, 12_345]) {
      const s = niceScale(m);
      expect(s.max).toBeGreaterThanOrEqual(m);
      expect(s.max / s.step).toBeLessThanOrEqual(5);
    }
  });

  it('a line chart puts each value at its height, zero on the axis', () => {
    const model = lineChart(['2026-12-01', '2026-12-02', '2026-12-03'], [{ name: 'messages', values: [0, 20, 40] }]);
    const [s] = model.series;
    expect(s!.points.map((p) => p.value)).toEqual([0, 20, 40]);
    expect(s!.points[0]!.y).toBe(model.plot.bottom);
    expect(s!.points[2]!.y).toBe(model.plot.top);
    expect(s!.points[1]!.y).toBe((model.plot.top + model.plot.bottom) / 2);
    expect(s!.path.startsWith(`M${model.plot.left} `)).toBe(true);
  });

  it('a bar chart: bar lengths proportional to the values', () => {
    const model = barChart([
      { label: 'Salaire', value: 10 },
      { label: 'Aides', value: 5 },
    ]);
    expect(model.bars[1]!.width * 2).toBeCloseTo(model.bars[0]!.width, 0);
    expect(model.bars[0]!.y).toBeLessThan(model.bars[1]!.y);
  });

  it('prints a few day labels, the last one always', () => {
    expect(labelIndexes(5, 7)).toEqual([0, 1, 2, 3, 4]);
    const ninety = labelIndexes(90, 7);
    expect(ninety.at(-1)).toBe(89);
    expect(ninety.length).toBeLessThanOrEqual(7);
  });

  it('French summaries for screen readers', () => {
    expect(dayLabel('2026-11-05')).toBe('5 nov.');
    expect(seriesSummary('Messages', ['2026-12-01', '2026-12-02'], [3, 9])).toBe('Messages : 12 du 1 décembre 2026 au 2 décembre 2026, au plus 9 le 2 décembre 2026.');
    expect(seriesSummary('Messages', ['2026-12-01'], [0])).toBe('Messages : aucun du 1 décembre 2026 au 1 décembre 2026.');
  });
});
