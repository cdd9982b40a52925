/**
 * Who may do what in the adviser console, as pure rules (the API asks `can` before each route; the console hides
 * what the role cannot use). Three roles, each with the rights of the one before:
 * - adviser: the phone line's work (search, a conversation by its reference code, the callback queue) and the
 *   dashboard's activity figures;
 * - editor: also what the knowledge's keepers need, with the free text people typed (down-voted answers with their
 *   reasons, unanswered questions, the feedback CSV), records to check again and aids about to end;
 * - admin: also the accounts (disable, re-enable, change a role) and the audit log.
 * Everyone may change their own password. A view's CSV export needs the same right as the view.
 */
export const ROLES = ['adviser', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'console'
  | 'dashboard.activity'
  | 'dashboard.content'
  | 'accounts'
  | 'audit';

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  adviser: new Set(['console', 'dashboard.activity']),
  editor: new Set(['console', 'dashboard.activity', 'dashboard.content']),
  admin: new Set(['console', 'dashboard.activity', 'dashboard.content', 'accounts', 'audit']),
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].has(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...GRANTS[role]];
}

export interface AccountView {
  id: number;
  role: Role;
  disabled: boolean;
}

export type AccountChange = { kind: 'disable' } | { kind: 'enable' } | { kind: 'role'; role: Role };

export type ChangeVerdict = { ok: true } | { ok: false; reason: 'not_admin' | 'self' | 'last_admin' | 'no_change' };

/**
 * Whether `actor` may apply `change` to `target`, given every account. An admin never disables or demotes
 * themself (someone else must, so a slip cannot lock the console), and the last active admin stays one.
 */
export function checkAccountChange(actor: AccountView, target: AccountView, change: AccountChange, all: readonly AccountView[]): ChangeVerdict {
  if (actor.disabled || !can(actor.role, 'accounts')) return { ok: false, reason: 'not_admin' };
  const noChange =
    (change.kind === 'disable' && target.disabled) ||
    (change.kind === 'enable' && !target.disabled) ||
    (change.kind === 'role' && change.role === target.role);
  if (noChange) return { ok: false, reason: 'no_change' };
  if (change.kind === 'enable') return { ok: true };
  if (actor.id === target.id) return { ok: false, reason: 'self' };
  const losesAdmin = target.role === 'admin' && !target.disabled && (change.kind === 'disable' || (change.kind === 'role' && change.role !== 'admin'));
  if (losesAdmin) {
    const activeAdmins = all.filter((a) => a.role === 'admin' && !a.disabled).length;
    if (activeAdmins <= 1) return { ok: false, reason: 'last_admin' };
  }
  return { ok: true };
}
