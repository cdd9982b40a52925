import { api, ApiError } from './api.js';
import { announce, byId, formatDateTime, h } from './dom.js';
import type { SharedConversation } from './types.js';

const PERSONAS: Record<string, string> = { jeune: 'Jeune', parent: 'Parent', employeur: 'Employeur', conseiller: 'Conseiller' };
const LEVELS: Record<number, string> = { 2: 'fin de collège', 3: 'CAP (niveau 3)', 4: 'bac (niveau 4)', 5: 'bac +2 (niveau 5)', 6: 'bac +3 (niveau 6)', 7: 'bac +5 (niveau 7)' };

/** The summary fields the bot gathers (dialogs/support/summary.ts), in the order an adviser asks about them. */
function summaryRows(s: Record<string, unknown>): [string, string][] {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined);
  const rows: [string, string | undefined][] = [
    ['Profil', str(s['persona']) ? (PERSONAS[s['persona'] as string] ?? (s['persona'] as string)) : undefined],
    ['Âge', typeof s['age'] === 'number' ? `${s['age']} ans` : undefined],
    ['Niveau atteint', typeof s['level_held'] === 'number' ? (LEVELS[s['level_held']] ?? String(s['level_held'])) : undefined],
    ['Diplôme visé', str(s['diploma_aimed'])],
    ['Ville', str(s['town'])],
    ['Métier', str(s['trade'])],
    ['Taille de l’entreprise', typeof s['company_size'] === 'number' ? `${s['company_size']} salariés` : undefined],
    ['Handicap (RQTH)', typeof s['disability'] === 'boolean' ? (s['disability'] ? 'oui' : 'non') : undefined],
    ['Dernier sujet', str(s['last_topic'])],
    ['Aides vues', Array.isArray(s['aids_shown']) && s['aids_shown'].length > 0 ? s['aids_shown'].map(String).join(' ; ') : undefined],
  ];
  return rows.map(([k, v]) => [k, v ?? 'non renseigné']);
}

function render(c: SharedConversation): HTMLElement {
  const summary = h('dl', { class: 'summary' });
  for (const [k, v] of summaryRows(c.summary ?? {})) summary.append(h('dt', {}, k), h('dd', {}, v));
  const lines = c.transcript ?? [];
  const transcript = h(
    'ol',
    { class: 'transcript' },
    ...lines.map((l) =>
      h(
        'li',
        { class: l.from },
        h('span', { class: 'who' }, `${l.from === 'bot' ? 'Assistant' : 'Usager'}${l.at ? ` · ${formatDateTime(l.at)}` : ''}`),
        [l.text, l.card].filter(Boolean).join('\n'),
      ),
    ),
  );
  const spaced = `${c.code.slice(0, 3)} ${c.code.slice(3)}`;
  return h(
    'div',
    {},
    h('h2', { id: 'reference-found', tabindex: '-1' }, `Conversation ${spaced}`),
    h('p', { class: 'hint' }, `Résumé mis à jour le ${formatDateTime(c.updatedAt)}.`),
    h('h3', {}, 'Ce que l’assistant sait'),
    summary,
    ...(c.transcript
      ? [h('h3', {}, `Échanges (${lines.length} messages)`), transcript]
      : [h('p', { class: 'hint' }, 'La personne a accepté de partager le résumé, pas ses messages : les échanges ne sont pas affichés.')]),
  );
}

export function initReference(): void {
  const form = byId<HTMLFormElement>('reference-form');
  const out = byId('reference-result');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const code = byId<HTMLInputElement>('reference-code').value.toUpperCase().replace(/[^0-9A-Z]/g, '');
    if (code.length !== 6) {
      out.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Le code comporte 6 lettres et chiffres, par exemple K7M 49Q.'));
      return;
    }
    try {
      const c = await api<SharedConversation>(`/conversations/${code}`);
      out.replaceChildren(render(c));
      byId('reference-found').focus();
      announce('Conversation affichée.');
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return;
      const message =
        err instanceof ApiError && err.status === 404
          ? 'Aucune conversation partagée avec ce code : il est inconnu, ou la personne n’a pas accepté le partage.'
          : 'La recherche du code a échoué. Réessayez.';
      out.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
    }
  });
}
