import { AUDIT_ACTION_LABELS } from '../dashboard/labels.fr.js';
import { api, ApiError } from './api.js';
import { byId, formatDateTime, h } from './dom.js';
import type { AuditEntryInfo } from './types.js';

/** "Journal d'audit" (admins): who did what and when, filtered by account, action and days; exportable as CSV. */
function query(): string {
  const p = new URLSearchParams();
  const who = byId<HTMLInputElement>('audit-who').value.trim();
  const action = byId<HTMLSelectElement>('audit-action').value;
  const from = byId<HTMLInputElement>('audit-from').value;
  const to = byId<HTMLInputElement>('audit-to').value;
  if (who) p.set('who', who);
  if (action) p.set('action', action);
  if (from) p.set('from', from);
  if (to) p.set('to', to);
  return p.toString();
}

function target(e: AuditEntryInfo): string {
  const parts = [e.referenceCode ? `référence ${e.referenceCode}` : '', e.callbackId !== null ? `rappel n° ${e.callbackId}` : '', e.detail ?? ''];
  return parts.filter((x) => x).join(' · ') || '—';
}

export async function loadAudit(): Promise<void> {
  const out = byId('audit-result');
  const error = byId('audit-error');
  const q = query();
  byId<HTMLAnchorElement>('audit-export').href = `/api/adviser/audit.csv${q ? `?${q}` : ''}`;
  try {
    const r = await api<{ entries: AuditEntryInfo[]; truncated: boolean }>(`/audit${q ? `?${q}` : ''}`);
    error.hidden = true;
    out.replaceChildren(
      r.entries.length === 0
        ? h('p', {}, 'Aucune action ne correspond à ces filtres.')
        : h(
            'table',
            {},
            h('caption', {}, `${r.entries.length} action${r.entries.length > 1 ? 's' : ''}${r.truncated ? ' (les plus récentes)' : ''}`),
            h('thead', {}, h('tr', {}, ...['Quand', 'Qui', 'Quoi', 'Sur quoi', 'Résultat'].map((t) => h('th', { scope: 'col' }, t)))),
            h(
              'tbody',
              {},
              ...r.entries.map((e) =>
                h('tr', {}, h('td', {}, formatDateTime(e.at)), h('th', { scope: 'row' }, e.adviserEmail), h('td', {}, AUDIT_ACTION_LABELS[e.action] ?? e.action), h('td', {}, target(e)), h('td', {}, e.outcome)),
              ),
            ),
          ),
    );
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    error.hidden = false;
    error.textContent = e instanceof ApiError && e.status === 400 ? 'Filtres invalides : vérifiez les dates (la première avant la seconde).' : 'Le journal n’a pas pu être chargé.';
  }
}

export function initAudit(): void {
  const select = byId<HTMLSelectElement>('audit-action');
  for (const [value, label] of Object.entries(AUDIT_ACTION_LABELS)) select.append(h('option', { value }, label));
  byId<HTMLFormElement>('audit-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void loadAudit();
  });
}
