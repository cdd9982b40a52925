import type { Dashboard } from '../dashboard/dashboard.js';
import { dayLabel, formatCount } from '../dashboard/chart-model.js';
import { api, ApiError } from './api.js';
import { barFigure, dayChart } from './chart-view.js';
import { announce, byId, h, safeHttpsUrl } from './dom.js';

/**
 * "Tableau de bord": activity over 7, 30 or 90 days (conversations, messages, misunderstood messages, topics) for
 * every role; for editors and admins also the content work (down votes by topic with their reasons, unanswered
 * questions grouped, records to check again, aids about to end). Every view links to its CSV export.
 */
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

function csvLink(view: string, days: number, what: string): HTMLElement {
  return h('p', { class: 'export' }, h('a', { href: `/api/adviser/dashboard/${view}.csv?days=${days}`, download: true }, `Exporter « ${what} » en CSV`));
}

function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel', 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), ...children);
}

function table(caption: string, head: string[], rows: (string | Node)[][], numeric: number[] = []): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...rows.map((r) => h('tr', {}, ...r.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', numeric.includes(i) ? { class: 'num' } : {}, cell))))),
    ),
  );
}

function empty(text: string): HTMLElement {
  return h('p', { class: 'hint' }, text);
}

function link(url: string | null, text: string): Node | string {
  const safe = safeHttpsUrl(url);
  return safe ? h('a', { href: safe, rel: 'noopener noreferrer', target: '_blank' }, text) : text;
}

function render(d: Dashboard): HTMLElement[] {
  const days = d.activity.days.map((x) => x.day);
  const t = d.activity.totals;
  const out: HTMLElement[] = [
    h('p', { class: 'count', id: 'dashboard-period' }, `Du ${dayLabel(d.period.from, true)} au ${dayLabel(d.period.to, true)} (${d.period.days} jours).`),
    h(
      'dl',
      { class: 'totals' },
      h('div', {}, h('dt', {}, 'Conversations'), h('dd', {}, formatCount(t.conversations))),
      h('div', {}, h('dt', {}, 'Messages'), h('dd', {}, formatCount(t.messages))),
      h('div', {}, h('dt', {}, 'Messages incompris'), h('dd', {}, `${formatCount(t.fallbacks)} (${PERCENT.format(t.fallbackRate)})`)),
    ),
    section(
      'activity',
      'Conversations et messages par jour',
      dayChart('chart-activity', 'Conversations et messages par jour', days, [
        { name: 'Conversations', values: d.activity.days.map((x) => x.conversations) },
        { name: 'Messages', values: d.activity.days.map((x) => x.messages) },
      ]),
      csvLink('activite', d.period.days, 'Activité'),
    ),
    section(
      'fallbacks',
      'Messages incompris par jour',
      h('p', { class: 'hint' }, 'Messages auxquels l’assistant a répondu qu’il n’avait pas compris (il propose alors le 0800 050 000 ou un rappel).'),
      dayChart('chart-fallbacks', 'Messages incompris par jour', days, [{ name: 'Messages incompris', values: d.activity.days.map((x) => x.fallbacks) }]),
    ),
    section(
      'topics',
      'Sujets',
      h('p', { class: 'hint' }, 'Messages auxquels l’assistant a répondu sur un sujet (salaire, aides, métiers…), par sujet.'),
      d.topics.length === 0
        ? empty('Aucun message sur un sujet pendant la période.')
        : barFigure(
            'chart-topics',
            'Messages par sujet',
            d.topics.map((x) => ({ label: x.label, value: x.messages })),
            table('Messages par sujet : les chiffres', ['Sujet', 'Messages'], d.topics.map((x) => [x.label, formatCount(x.messages)]), [1]),
          ),
      csvLink('sujets', d.period.days, 'Sujets'),
    ),
  ];
  const c = d.content;
  if (!c) return out;
  out.push(
    section(
      'votes',
      'Avis négatifs par sujet',
      c.votes.length === 0
        ? empty('Aucun avis négatif pendant la période.')
        : barFigure(
            'chart-votes',
            'Avis négatifs par sujet',
            c.votes.map((v) => ({ label: v.label, value: v.down })),
            table(
              'Avis négatifs par sujet, avec les raisons données',
              ['Sujet', 'Avis négatifs', 'Avis positifs', 'Raisons données (nombre)'],
              c.votes.map((v) => [
                v.label,
                formatCount(v.down),
                formatCount(v.up),
                v.reasons.length === 0 ? '—' : h('ul', { class: 'plain' }, ...v.reasons.map((r) => h('li', {}, `${r.reason} (${r.count})`))),
              ]),
              [1, 2],
            ),
          ),
      csvLink('avis-negatifs', d.period.days, 'Avis négatifs'),
    ),
    section(
      'unanswered',
      'Questions sans réponse, regroupées',
      h('p', { class: 'hint' }, 'Questions proches regroupées ; les exemples sont débarrassés des noms, numéros, adresses et e-mails.'),
      c.unanswered.length === 0
        ? empty('Aucune question sans réponse pendant la période.')
        : table(
            'Questions sans réponse par groupe de questions proches',
            ['Question', 'Nombre', 'Exemples', 'Dernière fois'],
            c.unanswered.map((g) => [g.label, formatCount(g.count), h('ul', { class: 'plain' }, ...g.examples.map((e) => h('li', {}, e))), dayLabel(g.lastDay, true)]),
            [1],
          ),
      csvLink('questions-sans-reponse', d.period.days, 'Questions sans réponse'),
    ),
    section(
      'stale',
      'Fiches vérifiées il y a plus de 6 mois',
      c.stale.length === 0
        ? empty('Toutes les fiches ont été vérifiées il y a moins de 6 mois.')
        : table(
            'Fiches à vérifier de nouveau, la plus ancienne d’abord',
            ['Fiche', 'Fichier', 'Vérifiée le', 'Source'],
            c.stale.map((r) => [r.title, `${r.file} (${r.id})`, dayLabel(r.verifiedOn, true), link(r.sourceUrl, 'source')]),
          ),
      csvLink('fiches-a-verifier', d.period.days, 'Fiches à vérifier'),
    ),
    section(
      'ending',
      'Aides qui se terminent dans les 30 jours',
      c.endingAids.length === 0
        ? empty('Aucune aide ne se termine dans les 30 jours.')
        : table(
            'Aides dont la fin tombe dans les 30 jours',
            ['Aide', 'Fin', 'Jours restants', 'Source'],
            c.endingAids.map((a) => [
              a.title,
              a.approximate ? `${dayLabel(a.validTo, true)} (date approximative)` : dayLabel(a.validTo, true),
              formatCount(a.daysLeft),
              link(a.sourceUrl, 'source officielle'),
            ]),
            [2],
          ),
      csvLink('aides-qui-finissent', d.period.days, 'Aides qui se terminent'),
    ),
  );
  return out;
}

function selectedDays(): string {
  return document.querySelector<HTMLInputElement>('input[name="dashboard-days"]:checked')?.value ?? '30';
}

export async function loadDashboard(): Promise<void> {
  const out = byId('dashboard-result');
  out.setAttribute('aria-busy', 'true');
  try {
    const d = await api<Dashboard>(`/dashboard?days=${encodeURIComponent(selectedDays())}`);
    out.replaceChildren(...render(d));
    announce(`Tableau de bord sur ${d.period.days} jours chargé.`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    out.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Le tableau de bord n’a pas pu être chargé.'));
  } finally {
    out.removeAttribute('aria-busy');
  }
}

export function initDashboard(): void {
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="dashboard-days"]')) {
    radio.addEventListener('change', () => void loadDashboard());
  }
}
