import { describe, expect, it } from 'vitest';
import { endingAids, monthsBefore, staleRecords } from '../../../src/adviser/dashboard/knowledge-report.js';
import { knowledgeStore } from '../helpers.js';

describe('what the knowledge keepers should check', () => {
  it('six months before a day, the end of a month falling back to the shorter month', () => {
    expect(monthsBefore('2026-12-04', 6)).toBe('2026-06-04');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });

  it('lists the records verified more than six months ago, oldest first, from the real knowledge', async () => {
    const k = (await knowledgeStore()).current.knowledge;
    // Every record checked since 2026-06 is fresh on 2026-12-04; in 2027-12 they are all stale.
    const dates = k.aids.map((a) => a.verified_on).concat(k.faq.map((f) => f.verified_on));
    const newest = dates.sort().at(-1)!;
    expect(staleRecords(k, newest)).toEqual([]);
    const later = staleRecords(k, '2030-01-01');
    expect(later.length).toBeGreaterThanOrEqual(k.aids.length + k.faq.length);
    expect(later.map((r) => r.verifiedOn)).toEqual([...later.map((r) => r.verifiedOn)].sort());
    const aid = later.find((r) => r.file === 'aides.yaml' && r.id === k.aids[0]!.id);
    expect(aid?.title).toBe(k.aids[0]!.title);
    expect(aid?.sourceUrl).toMatch(/^https:\/\//);
    const faq = later.find((r) => r.file === 'faq.yaml');
    expect(k.faq.some((f) => f.questions[0] === faq?.title)).toBe(true);
    // The boundary: verified exactly six months before the day is not yet stale; a day more is.
    const one = k.aids[0]!;
    const sixMonthsLater = monthsBefore(one.verified_on, -6);
    expect(staleRecords(k, sixMonthsLater).some((r) => r.id === one.id)).toBe(false);
    const dayAfter = new Date(Date.parse(`${sixMonthsLater}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(staleRecords(k, dayAfter).find((r) => r.id === one.id)?.ageDays).toBeGreaterThan(180);
  });

  it('lists the aids in force whose end falls within 30 days, soonest first', async () => {
    const k = (await knowledgeStore()).current.knowledge;
    const withEnd = k.aids.filter((a) => a.valid_to !== null);
    const target = withEnd[0]!;
    const today = target.valid_to!;
    const ending = endingAids(k, today);
    expect(ending.find((a) => a.id === target.id)).toMatchObject({ validTo: today, daysLeft: 0, title: target.title });
    // Ended the day before: no longer "ending", it is ended (the bot shows it as such).
    const dayAfter = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(endingAids(k, dayAfter).some((a) => a.id === target.id)).toBe(false);
    for (const a of ending) {
      expect(a.validTo >= today).toBe(true);
      expect(a.daysLeft).toBeLessThanOrEqual(30);
    }
    expect(ending.map((a) => a.validTo)).toEqual([...ending.map((a) => a.validTo)].sort());
  });
});
