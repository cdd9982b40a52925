import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { AuditLog } from './audit.js';
import { can, type Permission } from './roles.js';

/**
 * Refuses (403 API_FORBIDDEN) a request whose session's role lacks `permission`; the refusal is audited, so an
 * admin sees who tried what. The role is the account's current one (read with the session on every request).
 */
export async function requirePermission(request: FastifyRequest, permission: Permission, audit: AuditLog): Promise<void> {
  const s = request.adviserSession;
  if (!s) throw new AppError('API_UNAUTHENTICATED');
  if (can(s.adviser.role, permission)) return;
  await audit.write({ adviserId: s.adviser.id, adviserEmail: s.adviser.email, action: 'access_denied', outcome: 'refused', detail: permission });
  throw new AppError('API_FORBIDDEN');
}
