import type { UsageCount, UsageEvent, UsageMetric, UsageStore } from '../types.js';
import { USAGE_RETENTION_DAYS, usageMetrics } from '../usage-metrics.js';
import { call, type Redis } from './client.js';
import { keys } from './keys.js';

const DAY_MS = 86_400_000;
/** A period longer than this is refused rather than read day by day. */
const MAX_DAYS = USAGE_RETENTION_DAYS + 1;

/** Usage counters on Redis: one hash per Normandy day (HINCRBY per metric), expiring with the retention. */
export class RedisUsageStore implements UsageStore {
  constructor(private readonly client: Redis) {}

  async record(events: readonly UsageEvent[]): Promise<void> {
    if (events.length === 0) return;
    const increments = new Map<string, Map<string, number>>();
    for (const event of events) {
      let day = increments.get(event.day);
      if (!day) increments.set(event.day, (day = new Map()));
      for (const metric of usageMetrics(event)) day.set(metric, (day.get(metric) ?? 0) + 1);
    }
    const m = this.client.multi();
    for (const [day, metrics] of increments) {
      const key = keys.usage(day);
      for (const [metric, n] of metrics) m.hincrby(key, metric, n);
      // From the day itself, not from now: a day's counters go together.
      m.pexpireat(key, Date.parse(`${day}T00:00:00Z`) + (USAGE_RETENTION_DAYS + 1) * DAY_MS);
    }
    await call(() => m.exec());
  }

  async counts(fromDay: string, toDay: string): Promise<UsageCount[]> {
    const days: string[] = [];
    for (let t = Date.parse(`${fromDay}T00:00:00Z`), end = Date.parse(`${toDay}T00:00:00Z`); t <= end && days.length < MAX_DAYS; t += DAY_MS) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
    if (days.length === 0) return [];
    const pipeline = this.client.pipeline();
    for (const day of days) pipeline.hgetall(keys.usage(day));
    const results = (await call(() => pipeline.exec())) ?? [];
    const out: UsageCount[] = [];
    results.forEach(([err, h], i) => {
      if (err) throw err;
      for (const [metric, count] of Object.entries(h as Record<string, string>)) out.push({ day: days[i]!, metric: metric as UsageMetric, count: Number(count) });
    });
    return out;
  }
}
