import type { UsageCount, UsageEvent, UsageMetric, UsageStore } from '../types.js';
import type { Database } from './database.js';

/**
 * Usage events on SQLite: one row per conversation and per message (day, topic or fallback), counted with GROUP BY
 * when the dashboard asks, so its figures are plain SQL counts of these rows.
 */
export class SqliteUsageStore implements UsageStore {
  private readonly insertAll;

  constructor(private readonly db: Database) {
    const insert = db.prepare('INSERT INTO usage_events (day, kind, topic, fallback) VALUES (?, ?, ?, ?)');
    this.insertAll = db.transaction((events: readonly UsageEvent[]) => {
      for (const e of events) {
        if (e.kind === 'conversation') insert.run(e.day, 'conversation', null, 0);
        else insert.run(e.day, 'message', e.topic, e.fallback ? 1 : 0);
      }
    });
  }

  async record(events: readonly UsageEvent[]): Promise<void> {
    if (events.length > 0) this.insertAll(events);
    return Promise.resolve();
  }

  async counts(fromDay: string, toDay: string): Promise<UsageCount[]> {
    const rows = this.db
      .prepare(
        `SELECT day, 'conversations' AS metric, count(*) AS count FROM usage_events WHERE kind = 'conversation' AND day BETWEEN @from AND @to GROUP BY day
         UNION ALL
         SELECT day, 'messages', count(*) FROM usage_events WHERE kind = 'message' AND day BETWEEN @from AND @to GROUP BY day
         UNION ALL
         SELECT day, 'fallbacks', count(*) FROM usage_events WHERE kind = 'message' AND fallback = 1 AND day BETWEEN @from AND @to GROUP BY day
         UNION ALL
         SELECT day, 'topic:' || coalesce(topic, ''), count(*) FROM usage_events
          WHERE kind = 'message' AND fallback = 0 AND day BETWEEN @from AND @to GROUP BY day, coalesce(topic, '')`,
      )
      .all({ from: fromDay, to: toDay }) as { day: string; metric: UsageMetric; count: number }[];
    return Promise.resolve(rows);
  }

  purgeBefore(day: string): number {
    return this.db.prepare('DELETE FROM usage_events WHERE day < ?').run(day).changes;
  }
}
