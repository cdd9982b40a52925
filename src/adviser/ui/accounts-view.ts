import { ROLE_LABELS } from '../dashboard/labels.fr.js';
import { api, ApiError } from './api.js';
import { announce, byId, formatDateTime, h } from './dom.js';
import type { AccountInfo } from './types.js';

/**
 * "Comptes" (admins): every account with its role and state; an admin changes a role or disables / re-enables an
 * account (its sessions end at once). The server refuses changes to oneself and to the last active admin, and
 * says why.
 */
const REFUSALS: Record<string, string> = {
  self: 'Vous ne pouvez pas modifier votre propre compte : demandez à un autre administrateur.',
  last_admin: 'C’est le dernier administrateur actif : nommez-en un autre d’abord.',
  no_change: 'Le compte est déjà dans cet état.',
};

function row(a: AccountInfo, me: string): HTMLTableRowElement {
  const select = h('select', { id: `role-${a.id}`, 'aria-label': `Rôle de ${a.email}`, disabled: a.email === me });
  for (const [value, label] of Object.entries(ROLE_LABELS)) {
    const o = h('option', { value }, label);
    o.selected = value === a.role;
    select.append(o);
  }
  select.addEventListener('change', () => void change(a, { role: select.value }, `Rôle de ${a.email} : ${ROLE_LABELS[select.value] ?? select.value}.`));
  const toggle = h(
    'button',
    { type: 'button', class: a.disabled ? '' : 'secondary', 'aria-label': `${a.disabled ? 'Réactiver' : 'Désactiver'} le compte ${a.email}`, disabled: a.email === me },
    a.disabled ? 'Réactiver' : 'Désactiver',
  );
  toggle.addEventListener('click', () =>
    void change(a, { disabled: !a.disabled }, `Compte ${a.email} ${a.disabled ? 'réactivé' : 'désactivé : ses sessions sont fermées'}.`),
  );
  return h(
    'tr',
    { 'data-account-id': String(a.id) },
    h('th', { scope: 'row' }, a.email),
    h('td', {}, select),
    h('td', { class: 'state' }, a.disabled ? 'Désactivé' : 'Actif'),
    h('td', {}, formatDateTime(a.createdAt)),
    h('td', {}, toggle),
  );
}

let me = '';

export function setAccountsUser(email: string): void {
  me = email;
}

export async function loadAccounts(): Promise<void> {
  const out = byId('accounts-result');
  try {
    const r = await api<{ accounts: AccountInfo[] }>('/accounts');
    out.replaceChildren(
      h(
        'table',
        {},
        h('caption', { id: 'accounts-caption', tabindex: '-1' }, `${r.accounts.length} compte${r.accounts.length > 1 ? 's' : ''}`),
        h('thead', {}, h('tr', {}, ...['Adresse e-mail', 'Rôle', 'État', 'Créé le', 'Action'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...r.accounts.map((a) => row(a, me))),
      ),
    );
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    out.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'La liste des comptes n’a pas pu être chargée.'));
  }
}

async function change(a: AccountInfo, body: { role?: string; disabled?: boolean }, done: string): Promise<void> {
  const message = byId('accounts-message');
  try {
    await api(`/accounts/${a.id}`, { method: 'POST', body });
    message.hidden = true;
    await loadAccounts();
    announce(done);
    document.querySelector<HTMLElement>(`tr[data-account-id="${a.id}"] button`)?.focus();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    message.hidden = false;
    message.textContent = e instanceof ApiError && e.detail && REFUSALS[e.detail] ? REFUSALS[e.detail]! : 'La modification a échoué.';
    await loadAccounts();
  }
}
