import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/adviser/dashboard/period.js';
import { activityByDay, activityTotals, messagesByTopic, votesByTopic, type UsageCount, type Vote } from '../../../src/adviser/dashboard/series.js';

const NOW = Date.parse('2026-12-04T10:00:00Z');
const period = periodOf(7, NOW);

describe('dashboard series', () => {
  const counts: UsageCount[] = [
    { day: '2026-12-04', metric: 'conversations', count: 3 },
    { day: '2026-12-04', metric: 'messages', count: 11 },
    { day: '2026-12-04', metric: 'fallbacks', count: 2 },
    { day: '2026-12-01', metric: 'messages', count: 4 },
    { day: '2026-12-04', metric: 'topic:salary', count: 6 },
    { day: '2026-12-01', metric: 'topic:salary', count: 1 },
    { day: '2026-12-01', metric: 'topic:aids', count: 3 },
    // Outside the period: ignored.
    { day: '2026-11-27', metric: 'messages', count: 100 },
    { day: '2026-11-27', metric: 'topic:aids', count: 100 },
  ];

  it('one row per day, zeros included, oldest first', () => {
    const days = activityByDay(period, counts);
    expect(days.map((d) => d.day)).toEqual(period.list);
    expect(days.at(-1)).toEqual({ day: '2026-12-04', conversations: 3, messages: 11, fallbacks: 2 });
    expect(days.find((d) => d.day === '2026-12-01')).toEqual({ day: '2026-12-01', conversations: 0, messages: 4, fallbacks: 0 });
    expect(days.find((d) => d.day === '2026-11-28')).toEqual({ day: '2026-11-28', conversations: 0, messages: 0, fallbacks: 0 });
    expect(activityTotals(days)).toEqual({ conversations: 3, messages: 15, fallbacks: 2, fallbackRate: 2 / 15 });
    expect(activityTotals([]).fallbackRate).toBe(0);
  });

  it('messages per topic over the period, most frequent first', () => {
    expect(messagesByTopic(period, counts)).toEqual([
      { topic: 'salary', messages: 7 },
      { topic: 'aids', messages: 3 },
    ]);
  });

  it('down votes by topic with the up votes and the reasons grouped', () => {
    const at = Date.parse('2026-12-02T12:00:00Z');
    const votes: Vote[] = [
      { rating: 'down', reason: 'Pas clair', topic: 'salary', createdAt: at },
      { rating: 'down', reason: ' pas  clair ', topic: 'salary', createdAt: at },
      { rating: 'down', reason: 'faux', topic: 'salary', createdAt: at },
      { rating: 'down', reason: null, topic: 'salary', createdAt: at },
      { rating: 'up', reason: null, topic: 'salary', createdAt: at },
      { rating: 'down', reason: null, topic: null, createdAt: at },
      { rating: 'up', reason: null, topic: 'aids', createdAt: at },
      { rating: 'down', reason: 'vieux', topic: 'aids', createdAt: Date.parse('2026-11-20T12:00:00Z') },
    ];
    expect(votesByTopic(period, votes)).toEqual([
      { topic: 'salary', down: 4, up: 1, reasons: [{ reason: 'Pas clair', count: 2 }, { reason: 'faux', count: 1 }] },
      { topic: '', down: 1, up: 0, reasons: [] },
    ]);
  });
});
