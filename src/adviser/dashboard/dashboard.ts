import type { Knowledge } from '../../knowledge/snapshot.js';
import { endingAids, staleRecords, type EndingAid, type StaleRecord } from './knowledge-report.js';
import { topicLabel } from './labels.fr.js';
import { parisDay, periodOf, type PeriodDays } from './period.js';
import { activityByDay, activityTotals, messagesByTopic, votesByTopic, type ActivityTotals, type DayActivity, type UsageCount, type Vote } from './series.js';
import { groupSimilarQuestions, type Question, type QuestionGroup } from './similar-questions.js';

/** Where the dashboard's rows come from (the storage back end, whichever it is). */
export interface DashboardSources {
  /** Daily counters from `fromDay` to `toDay` (both included). */
  usage(fromDay: string, toDay: string): Promise<UsageCount[]>;
  /** Votes recorded after `sinceMs`. */
  votes(sinceMs: number): Promise<Vote[]>;
  /** Unanswered questions recorded after `sinceMs`. */
  unanswered(sinceMs: number): Promise<Question[]>;
  knowledge: Knowledge;
}

export interface Dashboard {
  period: { days: PeriodDays; from: string; to: string };
  activity: { days: DayActivity[]; totals: ActivityTotals };
  topics: { topic: string; label: string; messages: number }[];
  /** The sections below hold what people typed or what the knowledge's keepers act on: editors and admins only. */
  content: {
    votes: { topic: string; label: string; down: number; up: number; reasons: { reason: string; count: number }[] }[];
    unanswered: (Omit<QuestionGroup, 'firstAt' | 'lastAt'> & { firstDay: string; lastDay: string })[];
    stale: StaleRecord[];
    endingAids: EndingAid[];
  } | null;
}

export async function buildDashboard(days: PeriodDays, now: number, sources: DashboardSources, withContent: boolean): Promise<Dashboard> {
  const period = periodOf(days, now);
  const usage = await sources.usage(period.from, period.to);
  const activity = activityByDay(period, usage);
  const topics = messagesByTopic(period, usage).map((t) => ({ ...t, label: topicLabel(t.topic) }));
  let content: Dashboard['content'] = null;
  if (withContent) {
    const [votes, questions] = await Promise.all([sources.votes(period.sinceMs), sources.unanswered(period.sinceMs)]);
    const inRange = questions.filter((q) => parisDay(q.createdAt) >= period.from);
    content = {
      votes: votesByTopic(period, votes).map((v) => ({ ...v, label: topicLabel(v.topic) })),
      unanswered: groupSimilarQuestions(inRange).map(({ firstAt, lastAt, ...g }) => ({ ...g, firstDay: parisDay(firstAt), lastDay: parisDay(lastAt) })),
      stale: staleRecords(sources.knowledge, period.to),
      endingAids: endingAids(sources.knowledge, period.to),
    };
  }
  return { period: { days, from: period.from, to: period.to }, activity: { days: activity, totals: activityTotals(activity) }, topics, content };
}
