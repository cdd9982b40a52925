import type { UsageCount } from '../../storage/types.js';
import { inPeriod, parisDay, type Period } from './period.js';

/**
 * From stored rows to the dashboard's series: pure functions, so each figure can be checked against a count made
 * another way (the tests count the same rows in SQL).
 */

export type { UsageCount, UsageMetric } from '../../storage/types.js';

export interface DayActivity {
  day: string;
  conversations: number;
  messages: number;
  fallbacks: number;
}

/** One row per day of the period, zeros included, oldest first. */
export function activityByDay(period: Period, counts: readonly UsageCount[]): DayActivity[] {
  const byDay = new Map(period.list.map((day) => [day, { day, conversations: 0, messages: 0, fallbacks: 0 }]));
  for (const c of counts) {
    const row = byDay.get(c.day);
    if (!row) continue;
    if (c.metric === 'conversations' || c.metric === 'messages' || c.metric === 'fallbacks') row[c.metric] += c.count;
  }
  return [...byDay.values()];
}

export interface ActivityTotals {
  conversations: number;
  messages: number;
  fallbacks: number;
  /** Share of messages that got the fallback, 0 to 1 (0 when there were no messages). */
  fallbackRate: number;
}

export function activityTotals(days: readonly DayActivity[]): ActivityTotals {
  const t = days.reduce((a, d) => ({ conversations: a.conversations + d.conversations, messages: a.messages + d.messages, fallbacks: a.fallbacks + d.fallbacks }), {
    conversations: 0,
    messages: 0,
    fallbacks: 0,
  });
  return { ...t, fallbackRate: t.messages === 0 ? 0 : t.fallbacks / t.messages };
}

export interface TopicCount {
  topic: string;
  messages: number;
}

/** Messages per topic over the period, most frequent first (ties by name, so the order is stable). */
export function messagesByTopic(period: Period, counts: readonly UsageCount[]): TopicCount[] {
  const totals = new Map<string, number>();
  for (const c of counts) {
    if (!c.metric.startsWith('topic:') || !inPeriod(period, c.day)) continue;
    const topic = c.metric.slice('topic:'.length);
    totals.set(topic, (totals.get(topic) ?? 0) + c.count);
  }
  return [...totals].map(([topic, messages]) => ({ topic, messages })).sort((a, b) => b.messages - a.messages || a.topic.localeCompare(b.topic));
}

/** A thumbs up or down as stored (only the fields the dashboard reads). */
export interface Vote {
  rating: 'up' | 'down';
  reason: string | null;
  topic: string | null;
  createdAt: number;
}

export interface ReasonCount {
  reason: string;
  count: number;
}

export interface TopicVotes {
  /** '' when the vote came before any topic was answered. */
  topic: string;
  down: number;
  up: number;
  /** The reasons given with the down votes, grouped (case and spacing aside), most frequent first. */
  reasons: ReasonCount[];
}

/** Down votes by topic over the period, with the up votes beside them and the reasons given; most down first. */
export function votesByTopic(period: Period, votes: readonly Vote[]): TopicVotes[] {
  const byTopic = new Map<string, { down: number; up: number; reasons: Map<string, ReasonCount> }>();
  for (const v of votes) {
    if (!inPeriod(period, parisDay(v.createdAt))) continue;
    const topic = v.topic ?? '';
    let g = byTopic.get(topic);
    if (!g) byTopic.set(topic, (g = { down: 0, up: 0, reasons: new Map() }));
    if (v.rating === 'up') {
      g.up++;
      continue;
    }
    g.down++;
    const reason = v.reason?.replace(/\s+/g, ' ').trim();
    if (!reason) continue;
    const key = reason.toLocaleLowerCase('fr');
    const r = g.reasons.get(key);
    if (r) r.count++;
    else g.reasons.set(key, { reason, count: 1 });
  }
  return [...byTopic]
    .filter(([, g]) => g.down > 0)
    .map(([topic, g]) => ({
      topic,
      down: g.down,
      up: g.up,
      reasons: [...g.reasons.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'fr')),
    }))
    .sort((a, b) => b.down - a.down || a.topic.localeCompare(b.topic));
}
