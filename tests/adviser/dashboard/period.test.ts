import { describe, expect, it } from 'vitest';
import { addDays, parisDay, periodOf, periodQuery } from '../../../src/adviser/dashboard/period.js';

describe('dashboard period', () => {
  it('files an instant under its day in Normandy, not in UTC', () => {
    expect(parisDay(Date.parse('2026-12-03T23:30:00Z'))).toBe('2026-12-04');
    expect(parisDay(Date.parse('2026-07-03T22:30:00Z'))).toBe('2026-07-04');
    expect(parisDay(Date.parse('2026-07-03T21:30:00Z'))).toBe('2026-07-03');
  });

  it('a period of N days ends today and lists every day, across months and the clock change', () => {
    const p = periodOf(7, Date.parse('2026-03-31T10:00:00Z'));
    expect(p.list).toEqual(['2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(periodOf(90, Date.parse('2026-12-04T10:00:00Z')).list).toHaveLength(90);
    expect(periodOf(30, Date.parse('2026-12-04T10:00:00Z')).from).toBe('2026-11-05');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(p.sinceMs).toBeLessThan(Date.parse('2026-03-24T23:00:00Z'));
  });

  it('the query accepts 7, 30 and 90 days only, 30 by default', () => {
    expect(periodQuery.parse({}).days).toBe(30);
    expect(periodQuery.parse({ days: '90' }).days).toBe(90);
    for (const bad of [{ days: '31' }, { days: '-7' }, { days: '7; drop' }, { days: ['7', '30'] }, { days: '7', extra: '1' }]) {
      expect(periodQuery.safeParse(bad).success).toBe(false);
    }
  });
});
