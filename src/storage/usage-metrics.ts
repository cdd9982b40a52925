import type { UsageEvent, UsageMetric } from './types.js';

/** Usage counters hold nothing personal, so they outlive transcripts: 13 months, for a year-on-year look. */
export const USAGE_RETENTION_DAYS = 400;

/** The counters an event adds one to: a message counts under its topic or as a fallback, never both. */
export function usageMetrics(event: UsageEvent): UsageMetric[] {
  if (event.kind === 'conversation') return ['conversations'];
  return ['messages', event.fallback ? 'fallbacks' : `topic:${event.topic ?? ''}`];
}
