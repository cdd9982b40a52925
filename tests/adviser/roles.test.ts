import { describe, expect, it } from 'vitest';
import { can, checkAccountChange, isRole, type AccountView } from '../../src/adviser/roles.js';

describe('roles', () => {
  it('each role has the rights of the one before, and more', () => {
    expect(can('adviser', 'console')).toBe(true);
    expect(can('adviser', 'dashboard.activity')).toBe(true);
    expect(can('adviser', 'dashboard.content')).toBe(false);
    expect(can('editor', 'dashboard.content')).toBe(true);
    expect(can('editor', 'accounts')).toBe(false);
    expect(can('editor', 'audit')).toBe(false);
    expect(can('admin', 'accounts')).toBe(true);
    expect(can('admin', 'audit')).toBe(true);
  });

  it('isRole accepts the three names only', () => {
    expect(['adviser', 'editor', 'admin'].every(isRole)).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe('checkAccountChange', () => {
  const admin: AccountView = { id: 1, role: 'admin', disabled: false };
  const admin2: AccountView = { id: 2, role: 'admin', disabled: false };
  const adviser: AccountView = { id: 3, role: 'adviser', disabled: false };
  const editor: AccountView = { id: 4, role: 'editor', disabled: false };
  const all = [admin, adviser, editor];

  it('an admin disables, re-enables and changes the role of another account', () => {
    expect(checkAccountChange(admin, adviser, { kind: 'disable' }, all)).toEqual({ ok: true });
    expect(checkAccountChange(admin, { ...adviser, disabled: true }, { kind: 'enable' }, all)).toEqual({ ok: true });
    expect(checkAccountChange(admin, adviser, { kind: 'role', role: 'editor' }, all)).toEqual({ ok: true });
  });

  it('only an active admin may change accounts', () => {
    expect(checkAccountChange(editor, adviser, { kind: 'disable' }, all)).toEqual({ ok: false, reason: 'not_admin' });
    expect(checkAccountChange({ ...admin, disabled: true }, adviser, { kind: 'disable' }, all)).toEqual({ ok: false, reason: 'not_admin' });
  });

  it('never themself, never the last active admin, never a change that changes nothing', () => {
    expect(checkAccountChange(admin, admin, { kind: 'disable' }, all)).toEqual({ ok: false, reason: 'self' });
    expect(checkAccountChange(admin, admin, { kind: 'role', role: 'editor' }, all)).toEqual({ ok: false, reason: 'self' });
    expect(checkAccountChange(admin2, admin, { kind: 'disable' }, [admin, admin2])).toEqual({ ok: true });
    expect(checkAccountChange(admin2, admin, { kind: 'disable' }, [admin, { ...admin2, disabled: false }, { id: 9, role: 'admin', disabled: true }])).toEqual({ ok: true });
    // admin2 is the only other admin and is being demoted by admin, while admin itself is the one left: fine.
    expect(checkAccountChange(admin, admin2, { kind: 'role', role: 'adviser' }, [admin, admin2])).toEqual({ ok: true });
    expect(checkAccountChange(admin, adviser, { kind: 'enable' }, all)).toEqual({ ok: false, reason: 'no_change' });
    expect(checkAccountChange(admin, adviser, { kind: 'role', role: 'adviser' }, all)).toEqual({ ok: false, reason: 'no_change' });
  });

  it('the last active admin cannot be disabled or demoted', () => {
    // Only reachable when the actor is an admin that the list does not count (e.g. a stale view): still refused.
    const lone = { id: 7, role: 'admin' as const, disabled: false };
    expect(checkAccountChange(admin, lone, { kind: 'disable' }, [lone, { ...admin, disabled: true }])).toEqual({ ok: false, reason: 'last_admin' });
    expect(checkAccountChange(admin, lone, { kind: 'role', role: 'editor' }, [lone])).toEqual({ ok: false, reason: 'last_admin' });
  });
});
