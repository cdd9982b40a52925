import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { ConversationRecords } from '../services/conversation-records.js';
import type { UsageStore } from '../storage/types.js';
import type { AuditLog } from './audit.js';
import { csvFileName, toCsv } from './csv.js';
import { CSV_VIEWS, dashboardCsvRows, isContentView, type CsvView } from './dashboard/csv-views.js';
import { buildDashboard, type Dashboard } from './dashboard/dashboard.js';
import { periodQuery, type PeriodDays } from './dashboard/period.js';
import { parse } from './input.js';
import { requirePermission } from './permissions.js';
import { can } from './roles.js';

export interface DashboardRouteDeps {
  audit: AuditLog;
  records: ConversationRecords;
  usage: UsageStore;
  /** Writes the counters still batched in memory, so the figures include the last seconds. */
  flushUsage: () => Promise<void>;
  now: () => number;
}

/**
 * GET /dashboard?days=7|30|90 (JSON) and GET /dashboard/<view>.csv?days=… Every role sees the activity; the
 * content part (what people typed, the knowledge's work list) and its exports need `dashboard.content`.
 */
export function dashboardRoutes(app: FastifyInstance, deps: DashboardRouteDeps): void {
  const { audit, records, usage, now } = deps;

  const build = async (request: FastifyRequest, days: PeriodDays): Promise<Dashboard> => {
    const s = request.adviserSession;
    if (!s) throw new AppError('API_UNAUTHENTICATED');
    await deps.flushUsage();
    return buildDashboard(
      days,
      now(),
      {
        usage: (from, to) => usage.counts(from, to),
        votes: async (since) => (await records.feedback()).filter((v) => v.createdAt >= since),
        unanswered: async (since) => (await records.unansweredQuestions()).filter((q) => q.createdAt >= since),
        knowledge: app.knowledge.current.knowledge,
      },
      can(s.adviser.role, 'dashboard.content'),
    );
  };

  const who = (request: FastifyRequest): { adviserId: number; adviserEmail: string } => {
    const s = request.adviserSession;
    if (!s) throw new AppError('API_UNAUTHENTICATED');
    return { adviserId: s.adviser.id, adviserEmail: s.adviser.email };
  };

  app.get('/dashboard', async (request) => {
    await requirePermission(request, 'dashboard.activity', audit);
    const { days } = parse(periodQuery, request.query);
    const d = await build(request, days);
    await audit.write({ ...who(request), action: 'dashboard_view', outcome: 'ok', detail: `days=${days}${d.content ? '+content' : ''}` });
    return d;
  });

  app.get<{ Params: { file: string } }>('/dashboard/:file', async (request, reply) => {
    const view = CSV_VIEWS.find((v) => `${v}.csv` === request.params.file) as CsvView | undefined;
    if (!view) throw new AppError('API_NOT_FOUND');
    await requirePermission(request, isContentView(view) ? 'dashboard.content' : 'dashboard.activity', audit);
    const { days } = parse(periodQuery, request.query);
    const d = await build(request, days);
    await audit.write({ ...who(request), action: 'dashboard_export', outcome: 'ok', detail: `${view}:days=${days}` });
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${csvFileName(`${view}-${days}j`, d.period.to)}"`)
      .send(toCsv(dashboardCsvRows(view, d)));
  });
}
