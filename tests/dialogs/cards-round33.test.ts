import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { SCREEN_PHONE_LINES, shortSource, toAdaptiveCard, type AdaptiveCard } from '../../dialogs/support/adaptive-card.js';
import { wrappedLines } from '../../dialogs/support/phone-lines.js';
import { reply } from '../../dialogs/support/replies.js';
import { read, startConversation } from './harness.js';

/**
 * Round 33 (issue 12 §5, review 24: cards of 11 to 16 lines under leads of 3 to 7, follow-ups with no source). One
 * answer shares one phone screen: its lead, the card's title, its rows and one short source line (publisher and
 * date); what does not fit opens with "En savoir plus", so no fact leaves the reply. A fact said again without a card
 * carries its source line.
 */
type Block = AdaptiveCard['body'][number];
const labels = { more: 'En savoir plus', sources: 'Sources' };
const cardsOf = (replies: Partial<Activity>[]): AdaptiveCard[] => replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as AdaptiveCard));
const textOf = (b: Block): string[] => (b.type === 'TextBlock' ? [b.text] : b.type === 'FactSet' ? b.facts.map((f) => `${f.title} : ${f.value}`) : []);
const isSource = (t: string): boolean => /^Sources? :/.test(t);
/** What a phone shows before any toggle: every message's text and its card's first screen, in phone lines. */
const screenLines = (replies: Partial<Activity>[]): number =>
  replies.reduce((n, r) => n + (r.text ? wrappedLines(r.text) : 0) + cardsOf([r]).flatMap((c) => c.body.flatMap(textOf)).reduce((m, t) => m + wrappedLines(t), 0), 0);
const DATE = /\b\d{1,2}(?:er)? \p{L}+ (?:19|20)\d{2}\b/u;

// A page's source keeps its publisher and date; a data set keeps its catalogue too (which offer a course comes from).
describe('the short source line: publisher and date', () => {
  const CASES: [string, string][] = [
    ['Source : Ministère du Travail (travail-emploi.gouv.fr), vérifié le 27 novembre 2026.', 'Source : Ministère du Travail, vérifié le 27 novembre 2026.'],
    ['Source : Affelnet — offres en apprentissage après la 3e (Normandie), données du 1er mai 2025.', 'Source : Affelnet — offres en apprentissage après la 3e (Normandie), données du 1er mai 2025.'],
    ['Source : ONISEP — Idéo métiers, données du 1er janvier 2025.', 'Source : ONISEP — Idéo métiers, données du 1er janvier 2025.'],
    ['Source : France Travail — ROME 4.0 ; ROME 4.0 (appellations), données du 18 décembre 2024.', 'Source : France Travail — ROME 4.0, données du 18 décembre 2024.'],
    ['Source : Réseau des Carif-Oref — Certif Info, données du 28 juin 2024.', 'Source : Réseau des Carif-Oref — Certif Info, données du 28 juin 2024.'],
    ['Source : Service-public.fr (DILA), vérifié le 4 décembre 2026.', 'Source : Service-public.fr, vérifié le 4 décembre 2026.'],
    ['Source : 1jeune1solution (État), vérifié le 27 novembre 2026.', 'Source : 1jeune1solution, vérifié le 27 novembre 2026.'],
    [
      'Source : grille du ministère du Travail (fiche travail-emploi.gouv.fr mise à jour le 12 février 2026), SMIC de 1 867,02 € brut mensuel au 1er juin 2026 (service-public.fr).',
      'Source : grille du ministère du Travail, SMIC de 1 867,02 € brut mensuel au 1er juin 2026.',
    ],
  ];
  it.each(CASES)('%s', (line, short) => {
    expect(shortSource(line)).toBe(short);
    expect(shortSource(line)).toMatch(DATE);
  });

  // Near misses: nothing to cut, or a short form that would lose its date: the line as written.
  it.each([
    'Source : Région Normandie, vérifié le 27 novembre 2026.',
    'Source : barème de La bonne alternance, mis à jour le 12 février 2026.',
    'Source : Légifrance (Code du travail, 2026)',
    'S1',
  ])('%s: shown whole', (line) => {
    expect(shortSource(line)).toBe(line);
  });
});

describe('the card gives way to its lead, and loses nothing', () => {
  const sentence = (i: number): string => `Phrase numéro ${i} de la réponse, assez longue pour prendre deux lignes.`;
  const card = {
    title: 'Titre de la carte',
    lines: Array.from({ length: 8 }, (_, i) => sentence(i + 1)),
    sources: ['Source : Ministère du Travail (travail-emploi.gouv.fr), vérifié le 27 novembre 2026.', 'Source : Légifrance, vérifié le 4 décembre 2026.'],
  };
  it.each([0, 2, 4, 6])('a lead of %i lines: the screen holds, every line is still in the card', (leadLines) => {
    const c = toAdaptiveCard({ ...card, labels }, { leadLines });
    const shown = c.body.flatMap(textOf);
    const lines = shown.reduce((n, t) => n + wrappedLines(t), 0);
    if (leadLines > 0) expect(leadLines + lines).toBeLessThanOrEqual(SCREEN_PHONE_LINES + 1);
    expect(shown.filter(isSource)).toEqual(['Source : Ministère du Travail, vérifié le 27 novembre 2026.']);
    const all = JSON.stringify(c);
    for (const l of card.lines) expect(all).toContain(l);
    expect(c.fallbackText).toContain(card.sources[0]);
  });

  it('a longer lead leaves fewer rows, never more', () => {
    const rows = [0, 2, 4, 6, 8].map((leadLines) => toAdaptiveCard({ ...card, labels }, { leadLines }).body.length);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!).toBeLessThanOrEqual(rows[i - 1]!);
  });

  it('a table keeps its rows under a short lead, and a question put to the person stays on screen', () => {
    const c = toAdaptiveCard(
      {
        title: 'Aide',
        facts: [
          { title: 'moins de 250 salariés', value: 'de 2 000 € à 5 000 €' },
          { title: '250 salariés et plus', value: 'de 750 € à 2 000 €' },
        ],
        lines: ['Quel est le nombre de salariés de l’entreprise ?'],
        sources: ['Source : Ministère du Travail, vérifié le 4 décembre 2026.'],
        labels,
      },
      { leadLines: 5 },
    );
    const shown = c.body.flatMap(textOf);
    expect(shown.filter((t) => / : de /.test(t))).toHaveLength(2);
    expect(shown).toContain('Quel est le nombre de salariés de l’entreprise ?');
  });

  it('reply() measures its own lead', () => {
    const long = 'Une réponse en une seule phrase, longue de plusieurs lignes sur un téléphone, qui dit déjà l’essentiel de ce qui est demandé ici.';
    const a = reply(long, { card: { ...card, labels } });
    const shown = cardsOf([a])[0]!.body.flatMap(textOf);
    expect(wrappedLines(a.text ?? '') + shown.reduce((n, t) => n + wrappedLines(t), 0)).toBeLessThanOrEqual(SCREEN_PHONE_LINES + 1);
  });
});

describe('answers over the real bot fit one phone screen, facts and source kept', () => {
  const PHRASINGS: [string, RegExp][] = [
    ["à 18 ans en 2e année je touche combien ?", /952,18/],
    ['combien de temps dure la période d’essai en apprentissage ?', /45/],
    ['mon patron ferme sa boite, je perds mon contrat ?', /liquidat/i],
    ["c'est quoi un OPCO ?", /OPCO/],
    ['je cherche un CAP cuisine vers Louviers', /Louviers/],
    ["un apprenti peut faire des heures sup ?", /heures/],
    ["l'aide de 500 euros pour le permis ça existe encore ?", /21 février 2026/],
    ['nous sommes une boulangerie de 5 salariés, quelle aide pour un apprenti en CAP ?', /5\s000 €/],
    ['je peux toucher la prime d’activité à 19 ans en apprentissage ?', /prime d'activité/i],
  ];
  it.each(PHRASINGS)('"%s"', async (message, fact) => {
    const c = await startConversation();
    const replies = await c.send(message);
    // 15, not 14, since review 26: a card never shows its title alone, so the places card keeps its first place
    // under the lead (Louviers: 15 lines; review 24 measured 11 to 16 for cards alone under leads of 3 to 7).
    expect(screenLines(replies), read(replies)).toBeLessThanOrEqual(15);
    for (const card of cardsOf(replies)) {
      const sources = card.body.flatMap(textOf).filter(isSource);
      expect(sources.length).toBeLessThanOrEqual(1);
      for (const s of sources) expect(s).toMatch(/\b(19|20)\d{2}\b/);
    }
    expect(read(replies).replace(/[\u202f\u00a0]/g, ' ')).toMatch(fact);
  });

  // Near miss: the pay table is the answer: its three rows stay on the first screen.
  it('the pay table keeps its three rows', async () => {
    const c = await startConversation();
    const [card] = cardsOf(await c.send("j'ai 18 ans, combien je serai payé ?"));
    const table = card?.body.find((b) => b.type === 'FactSet');
    expect(table?.type === 'FactSet' ? table.facts.length : 0).toBe(3);
  });
});

describe('a fact said again without a card carries its source line', () => {
  const FOLLOW_UPS: [string, string][] = [
    ["l'aide au logement action logement c'est quoi ?", 'combien par mois au maximum ?'],
    ['combien de temps dure un contrat d’apprentissage ?', 'et au maximum ?'],
    ['c’est quoi l’aide mobili-jeune ?', 'et faut avoir quel âge max ?'],
    ['la prime d’activité pour un apprenti ?', 'ça fait combien par mois ?'],
  ];
  it.each(FOLLOW_UPS)('"%s" then "%s"', async (first, then) => {
    const c = await startConversation();
    await c.send(first);
    const replies = await c.send(then);
    const text = replies.map((r) => r.text ?? '').join('\n');
    // Only a fact said again as text is held to it here: a card carries its own source line.
    if (cardsOf(replies).length === 0 && /juste au-dessus/.test(text)) expect(text).toMatch(/\nSource : [^\n]+\b(19|20)\d{2}\b/);
    expect(read(replies)).toMatch(/Source : /);
  });
});
