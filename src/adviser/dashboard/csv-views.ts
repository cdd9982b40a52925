import type { CsvRow } from '../csv.js';
import type { Dashboard } from './dashboard.js';

/** Every view of the dashboard as a table for a spreadsheet: a header row, then the same numbers as on screen. */
export const CSV_VIEWS = ['activite', 'sujets', 'avis-negatifs', 'questions-sans-reponse', 'fiches-a-verifier', 'aides-qui-finissent'] as const;
export type CsvView = (typeof CSV_VIEWS)[number];

/** Views that show what people typed, or the knowledge's work list: the `content` part of the dashboard. */
export function isContentView(view: CsvView): boolean {
  return view !== 'activite' && view !== 'sujets';
}

export function dashboardCsvRows(view: CsvView, d: Dashboard): CsvRow[] {
  const c = d.content;
  switch (view) {
    case 'activite':
      return [['jour', 'conversations', 'messages', 'incompris'], ...d.activity.days.map((r) => [r.day, r.conversations, r.messages, r.fallbacks])];
    case 'sujets':
      return [['sujet', 'code', 'messages'], ...d.topics.map((t) => [t.label, t.topic, t.messages])];
    case 'avis-negatifs':
      return [
        ['sujet', 'code', 'avis_negatifs', 'avis_positifs', 'raisons'],
        ...(c?.votes ?? []).map((v) => [v.label, v.topic, v.down, v.up, v.reasons.map((r) => `${r.reason} (${r.count})`).join(' | ')]),
      ];
    case 'questions-sans-reponse':
      return [
        ['question', 'nombre', 'exemples', 'mots_cles', 'premiere_fois', 'derniere_fois'],
        ...(c?.unanswered ?? []).map((g) => [g.label, g.count, g.examples.join(' | '), g.keywords.join(' '), g.firstDay, g.lastDay]),
      ];
    case 'fiches-a-verifier':
      return [
        ['fichier', 'fiche', 'intitule', 'verifie_le', 'jours', 'source'],
        ...(c?.stale ?? []).map((s) => [s.file, s.id, s.title, s.verifiedOn, s.ageDays, s.sourceUrl]),
      ];
    case 'aides-qui-finissent':
      return [
        ['aide', 'intitule', 'fin', 'jours_restants', 'date_approximative', 'remplacee_par', 'source'],
        ...(c?.endingAids ?? []).map((a) => [a.id, a.title, a.validTo, a.daysLeft, a.approximate ? 'oui' : 'non', a.replacedBy, a.sourceUrl]),
      ];
  }
}
