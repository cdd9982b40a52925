import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MAX_VISIBLE_CARD_CHARS, mergedSources, type AdaptiveCard } from '../../dialogs/support/adaptive-card.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { startConversation } from './harness.js';

/**
 * Round 14, phone-first cards (issue 12, item 5), measured over the real bot on a representative set of answers: what
 * a phone shows before any toggle is opened is at most MAX_VISIBLE_CARD_CHARS characters with one source line; the
 * other sources are behind the toggle, once each (same publisher and date merged), never between two items of a list; a
 * trade's diplomas are all one tap away, behind the toggle, as one list; and a turn never offers the same button twice.
 */
type Block = AdaptiveCard['body'][number];

const cardsOf = (replies: Partial<Activity>[]): AdaptiveCard[] => replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as AdaptiveCard));
const textOf = (b: Block): string[] => (b.type === 'TextBlock' ? [b.text] : b.type === 'FactSet' ? b.facts.map((f) => `${f.title} ${f.value}`) : []);
const visibleText = (card: AdaptiveCard): string => card.body.flatMap(textOf).join('\n');
const hiddenBlocks = (card: AdaptiveCard): Block[] => (card.actions ?? []).flatMap((a) => (a.type === 'Action.ShowCard' ? a.card.body : []));
const isSource = (t: string): boolean => /^Sources? :/.test(t);
/** "Source : France Travail — ROME 4.0, données du 18 décembre 2024." → "France Travail|18 décembre 2024". */
const publisherAndDate = (t: string): string => {
  const m = /^Sources? : (.+?)(?: — | \(|, ).*?(?:données du|vérifié le|mise à jour le) ([^.,)]+)/.exec(t);
  return m ? `${m[1]}|${m[2]}` : t;
};

const REPRESENTATIVE: [string, string][] = [
  ['a trade', 'je veux devenir boulanger'],
  ['a trade with many diplomas (SMS)', 'jveu etre mecano auto'],
  ['a trade (vous)', 'Je souhaiterais devenir couvreur, quelle formation me conseillez-vous ?'],
  ['an aid list (apprentice)', "quelles aides je peux avoir en tant qu'apprenti ? j'ai 17 ans"],
  ['an aid list (employer)', 'je suis artisan, combien je touche si je prends un apprenti en CAP'],
  ['one aid', "aide à l'embauche d'un apprenti"],
  ['find an employer', 'comment trouver un patron ?'],
  ['find an employer (vous, typo)', 'Comment trouver une entreprise pour mon apprentisage ?'],
  ['a place list', 'CAP coiffure à Rouen'],
  ['a pay answer', "j'ai 18 ans, combien je serai payé ?"],
];

describe('round 14: cards fit a phone, with one source line', () => {
  it.each(REPRESENTATIVE)('%s: "%s"', async (_kind, message) => {
    const c = await startConversation();
    const cards = cardsOf(await c.send(message));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const visible = visibleText(card);
      expect(visible.length, visible).toBeLessThanOrEqual(MAX_VISIBLE_CARD_CHARS);
      expect(card.body.flatMap(textOf).filter(isSource).length, visible).toBeLessThanOrEqual(1);
      const hidden = hiddenBlocks(card).flatMap(textOf);
      // The other sources: once each, one line per publisher and date, after every item of a list.
      const sources = [...card.body.flatMap(textOf), ...hidden].filter(isSource);
      expect(new Set(sources.map(publisherAndDate)).size, sources.join('\n')).toBe(sources.length);
      const firstSource = hidden.findIndex(isSource);
      if (firstSource >= 0) expect(hidden.slice(firstSource).every(isSource), hidden.join('\n')).toBe(true);
      // The plain text (screen readers, text-only channels) keeps every source, each publisher and date once.
      const plainSources = (card.fallbackText ?? '').split('\n').filter(isSource);
      expect(new Set(plainSources.map(publisherAndDate)).size, card.fallbackText).toBe(plainSources.length);
    }
  });
});

describe("round 14: a trade card shows at most five diplomas, and all the others are one tap away", () => {
  it.each([['jveu etre mecano auto'], ['je veux devenir boulanger'], ['Je voudrais devenir couvreur.']])('%s', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    const { knowledge: k, search } = (await sharedKnowledge()).current;
    const trade = k.trades.get((await c.data()).profile.tradeCode!)!;
    const diplomas = search.diplomasForTrade(trade);
    const [card] = cardsOf(replies);
    const shown = card!.body.flatMap(textOf).filter((t) => t.startsWith('• '));
    expect(shown.length).toBeLessThanOrEqual(5);
    // Since round 21 (issue 12 §5) the card names three and every diploma is behind its "Tous les diplômes (N)" quick
    // reply: one tap, and all of them are there.
    const button = replies.flatMap((a) => a.suggestedActions?.actions ?? []).find((b) => /^Tous les diplômes \(\d+\)$/.test(b.title ?? ''));
    expect(button, 'the "Tous les diplômes (N)" quick reply').toBeDefined();
    const [all] = cardsOf(await c.send(button!.title!));
    const allShown = all!.body.flatMap(textOf);
    const hidden = hiddenBlocks(all!).flatMap(textOf);
    const listed = [...allShown, ...hidden].filter((t) => t.startsWith('• ')).join('\n');
    for (const d of diplomas) expect(listed.toLowerCase(), d.title).toContain(d.title.toLowerCase());
    // The list behind the toggle is one list: no other line between two of its items.
    const items = hidden.map((t) => t.startsWith('• '));
    const first = items.indexOf(true);
    const last = items.lastIndexOf(true);
    if (first >= 0) expect(items.slice(first, last + 1).every(Boolean), hidden.join('\n')).toBe(true);
  });
});

describe('round 14: source lines, each publisher and date once', () => {
  it.each([
    [
      ['Source : Ministère du Travail (travail-emploi.gouv.fr), vérifié le 27 novembre 2026.', 'Source : Ministère du Travail (travail-emploi.gouv.fr), vérifié le 27 novembre 2026.'],
      ['Source : Ministère du Travail (travail-emploi.gouv.fr), vérifié le 27 novembre 2026.'],
    ],
    [
      ['Source : France Travail — ROME 4.0, données du 18 décembre 2024.', 'Source : Réseau des Carif-Oref — Certif Info, données du 28 juin 2024.', 'Source : France Travail — ROME 4.0 (appellations), données du 18 décembre 2024.'],
      ['Source : France Travail — ROME 4.0 ; ROME 4.0 (appellations), données du 18 décembre 2024.', 'Source : Réseau des Carif-Oref — Certif Info, données du 28 juin 2024.'],
    ],
    // Same publisher, another date: two lines, each fact keeps its own date.
    [
      ['Source : France Travail — ROME 4.0, données du 18 décembre 2024.', 'Source : France Travail — offres, données du 2 mars 2025.'],
      ['Source : France Travail — ROME 4.0, données du 18 décembre 2024.', 'Source : France Travail — offres, données du 2 mars 2025.'],
    ],
    // A line of another shape is kept as it is.
    [['Source : grille du ministère du Travail (fiche mise à jour le 12 février 2026), SMIC au 1er juin 2026.'], ['Source : grille du ministère du Travail (fiche mise à jour le 12 février 2026), SMIC au 1er juin 2026.']],
  ])('%j', (lines, merged) => {
    expect(mergedSources(lines)).toEqual(merged);
  });
});
describe('round 14: a turn never offers the same button twice', () => {
  it.each([
    ['je suis employeur, quelles aides ? et combien je paie un apprenti de 19 ans'],
    ["comment trouver un patron et c'est combien le salaire a 17 ans"],
    ['Bonjour, quelles aides pour mon fils apprenti ? et le salaire à 16 ans svp'],
  ])('%s', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    const titles = replies.flatMap((r) => [
      ...(r.suggestedActions?.actions ?? []).map((a) => a.title ?? ''),
      ...cardsOf([r]).flatMap((card) => (card.actions ?? []).filter((a) => a.type !== 'Action.ShowCard').map((a) => a.title)),
    ]);
    const norm = titles.map((t) => t.toLowerCase().trim());
    expect(norm.filter((t, i) => norm.indexOf(t) !== i), titles.join(' | ')).toEqual([]);
    // Nothing a phone showed is lost: the last quick replies (the ones on screen) still offer the other question and a person.
    const last = replies.filter((r) => (r.suggestedActions?.actions ?? []).length > 0).at(-1);
    expect((last?.suggestedActions?.actions ?? []).map((a) => a.title)).toContain('Parler à un conseiller');
  });
});
