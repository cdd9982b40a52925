import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normandyDay } from '../../src/services/normandy-day.js';

const PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const fresh = (ms: number): string => PARIS.format(new Date(ms));

describe('normandyDay', () => {
  it('gives the Paris day around midnight and across both changes of hour', () => {
    expect(normandyDay(Date.UTC(2026, 0, 14, 22, 59, 59, 999))).toBe('2026-01-14');
    expect(normandyDay(Date.UTC(2026, 0, 14, 23, 0, 0, 0))).toBe('2026-01-15'); // 00:00 in winter (UTC+1)
    expect(normandyDay(Date.UTC(2026, 6, 14, 21, 59, 59, 999))).toBe('2026-07-14');
    expect(normandyDay(Date.UTC(2026, 6, 14, 22, 0, 0, 0))).toBe('2026-07-15'); // 00:00 in summer (UTC+2)
    expect(normandyDay(Date.UTC(2026, 2, 29, 0, 59, 0))).toBe('2026-03-29'); // the night the clocks go forward
    expect(normandyDay(Date.UTC(2026, 9, 24, 22, 30, 0))).toBe('2026-10-25'); // and back (00:30 in summer time)
  });

  it('property: any sequence of instants, near each other or not, gets the day a fresh formatter gives', () => {
    const midnight = Date.UTC(2026, 2, 28, 23, 0, 0); // 00:00 in Paris, the night before the clocks go forward
    const instant = fc.oneof(
      fc.integer({ min: midnight - 120_000, max: midnight + 120_000 }),
      fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 50 }), (instants) => {
        for (const ms of instants) expect(normandyDay(ms)).toBe(fresh(ms));
      }),
      { numRuns: 300 },
    );
  });
});
