import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, type AdaptiveCard } from '../../dialogs/support/adaptive-card.js';
import { LEAD_MAX_CHARS, sentencesOf, splitLead } from '../../dialogs/support/lead-budget.js';
import { reply } from '../../dialogs/support/replies.js';
import { formalOpener } from '../../src/nlu/formal-opener.js';
import { nameBeforeAmount, unknownAidName } from '../../src/nlu/named-aid.js';
import { read, startConversation } from './harness.js';

/**
 * Round 32 (issue 12 §5, review 22): phone-first answers. The message above a card is its lead, a sentence or two
 * (LEAD_MAX_CHARS); a card's line is one or two sentences (MAX_LINE_CHARS); what is cut opens with "En savoir plus",
 * in the card and in its plain text, so every fact stays one tap away. An aid's name said back is a whole name; a
 * first message written formally is answered in vous, and the conversation keeps it.
 */
type Block = AdaptiveCard['body'][number];
const cardsOf = (replies: Partial<Activity>[]): AdaptiveCard[] => replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as AdaptiveCard));
const textOf = (b: Block): string[] => (b.type === 'TextBlock' ? [b.text] : b.type === 'FactSet' ? b.facts.map((f) => `${f.title} ${f.value}`) : []);
const visible = (card: AdaptiveCard): string[] => card.body.flatMap(textOf);
const isSource = (t: string): boolean => /^Sources? :/.test(t);

describe('sentences of a lead', () => {
  const CASES: [string, number][] = [
    ["Tu touches 802,82 € brut. C'est un minimum.", 2],
    ['Voir art. L6222-1 du code du travail. Ensuite, signe.', 2],
    ['Le CFA (p. ex. Caen. Ou Rouen) répond. Appelle-le.', 2],
    ["Il s'appelle « Aide. Spéciale » selon lui. Vérifie.", 2],
    ['M. Martin est tuteur. Il signe.', 2],
    ['Tu as 17 ans ? Alors 55 % du SMIC. Voilà !', 3],
    ['Une seule phrase sans point final', 1],
    ['Le 1er janvier 2027. 2 000 € au plus.', 2],
  ];
  it.each(CASES)('"%s": %i sentences', (text, n) => {
    const s = sentencesOf(text);
    expect(s, s.join(' | ')).toHaveLength(n);
    expect(s.join(' ')).toBe(text);
  });

  it('keeps the first sentence whole, and the next while they fit', () => {
    const first = 'a'.repeat(LEAD_MAX_CHARS + 10) + '.';
    expect(splitLead(`${first} Deux. Trois.`)).toEqual({ lead: first, rest: ['Deux.', 'Trois.'] });
    expect(splitLead('Court. Aussi court.')).toEqual({ lead: 'Court. Aussi court.', rest: [] });
    // Laid out in lines already: kept as written.
    const lines = `${'b'.repeat(150)}.\n${'c'.repeat(150)}.`;
    expect(splitLead(lines).lead).toBe(lines);
  });
});

describe('the renderer holds the lead and each line to their budget, and loses nothing', () => {
  const long = (n: number): string => Array.from({ length: n }, (_, i) => `Phrase numéro ${i + 1} de cette réponse, assez longue pour compter.`).join(' ');
  const labels = { more: 'En savoir plus', sources: 'Sources' };
  it.each([2, 4, 6, 9])('a lead of %i sentences and a line of as many', (n) => {
    const a = reply(long(n), { card: { title: 'Titre', lines: [long(n), 'Court.'], sources: ['Source : Ministère du Travail, vérifié le 27 novembre 2026.'], labels } });
    expect((a.text ?? '').length).toBeLessThanOrEqual(LEAD_MAX_CHARS);
    const card = cardsOf([a])[0]!;
    for (const t of visible(card)) if (!isSource(t) && sentencesOf(t).length > 1) expect(t.length, t).toBeLessThanOrEqual(MAX_LINE_CHARS);
    // Every sentence is still in the reply (the card's details) and in its plain text.
    const all = read([a]);
    for (const s of sentencesOf(long(n))) {
      expect(all).toContain(s);
      expect(card.fallbackText).toContain(s);
    }
    expect(visible(card).filter(isSource)).toHaveLength(1);
  });
});

describe('an aid name said back is a whole name (review 22 X2)', () => {
  const NAMES: [string, string][] = [
    ['Bonjour, comment bénéficier de la prime Normandie Apprenti Plus de 3 000 € ?', 'Normandie Apprenti Plus'],
    ["c'est quoi l'aide Jeunes Talents de 1 500 euros ?", 'Jeunes Talents'],
    ['la prime Apprenti+ 900 € existe encore ?', 'Apprenti+'],
    ['comment avoir la prime Normandie Apprentis 2026 de 2 000 € ?', 'Normandie Apprentis 2026'],
    ['le Chèque Normandie Alternance de 1 200 € ça marche comment ?', 'Normandie Alternance'],
    ['la prime Coup de Pouce de 750 € pour les apprentis ?', 'Coup de Pouce'],
    ["l'aide Super Boost pour 2 500 € par an, j'y ai droit ?", 'Super Boost'],
    ['la prime Pass Avenir jusqu’à 1 000 €, vraiment ?', 'Pass Avenir'],
    ["j'ai entendu parler de la prime Horizon Métiers de 10 000 € !", 'Horizon Métiers'],
  ];
  it.each(NAMES)('"%s" → « %s »', async (message, name) => {
    expect(unknownAidName(message)).toBe(name);
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toContain(`« ${name} »`);
  });

  it('never ends on a joining word nor on a piece of the amount', () => {
    expect(nameBeforeAmount('Normandie Apprenti Plus de 3 000')).toBe('Normandie Apprenti Plus');
    expect(nameBeforeAmount('Avenir 2026 de 2000')).toBe('Avenir 2026');
    expect(nameBeforeAmount('Coup de Pouce')).toBe('Coup de Pouce');
  });

  // Near misses: no name of its own (who gives it, a year and an amount): no name said back.
  it.each(["l'aide Région Normandie de 500 € ?", 'la prime 2026 de 2000 € ?'])('"%s": no name', (message) => {
    expect(unknownAidName(message)).toBeUndefined();
  });
});

describe('register on the first message (review 22 X2)', () => {
  /** Words addressing the person, by register (letters on both sides: "êtes" is no "tes"). */
  const TU = /(?<![\p{L}])(?:tu|ton|ta|tes|toi|t['’](?=\p{L}))(?![\p{L}])/iu;
  const VOUS = /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/iu;
  /** The whole reply (its text and its card, details included) never says tu. */
  const noTu = (t: string): boolean => !TU.test(t);

  const FORMAL: string[] = [
    'Bonjour, comment bénéficier de la prime Normandie Apprenti Plus de 3 000 € ?',
    "Bonjour, comment bénéficier de l'aide à l'embauche d'un apprenti ?",
    'Pourriez-vous me dire combien gagne un apprenti de 17 ans ?',
    'Je souhaiterais connaître le salaire d’un apprenti de 19 ans.',
    'Bonjour, quelles sont les modalités pour embaucher un apprenti ?',
    "Comment percevoir l'aide au premier équipement ?",
    "Bonjour, mon fils est-il éligible à l'apprentissage à 15 ans ?",
    "Bonjour, à quelles aides peut-on prétendre pour un apprenti en situation de handicap ?",
  ];
  it.each(FORMAL)('"%s": vous from the first reply, and kept', async (message) => {
    const c = await startConversation();
    const first = read(await c.send(message));
    // The vous form of a message may address no one ("l'employeur peut payer plus"): no tu is what tells.
    expect(noTu(first), first).toBe(true);
    const next = read(await c.send('et pour un BTS ?'));
    expect(noTu(next), next).toBe(true);
  });

  // Near misses: spoken writing, or a careful question a young person writes too, keep tu.
  const FAMILIAR: string[] = [
    'salut, comment bénéficier de l’aide au permis ?',
    'comment je peux avoir l’aide au logement ?',
    'Combien dure la période d’essai d’un apprenti ?',
    "c'est quoi les modalités pour l'aide ?",
    'jveux bénéficier de la prime, je fais comment ?',
    "j'ai 17 ans combien je serai payé ?",
  ];
  it.each(FAMILIAR)('"%s": tu', async (message) => {
    expect(formalOpener(message)).toBe(false);
    const c = await startConversation();
    const first = (await c.send(message)).map((r) => r.text ?? '').join('\n');
    expect(VOUS.test(first.replace(/s'il vous plaît/g, '')), first).toBe(false);
  });
});

describe('answers fit a phone over the real bot, facts kept (review 22)', () => {
  const PHRASINGS: [string, RegExp][] = [
    ["j'ai 17 ans et je fête mes 18 ans en avril, mon salaire change ?", /€/],
    ['je vais avoir 20 ans, combien je gagne en apprentissage la 1re année ?', /802,82|43 %/],
    ['nous sommes 300 salariés, quelle aide pour un apprenti en CAP ?', /2 000 €/],
    ["Nous sommes une PME de 12 salariés, quelle aide pour l'embauche d'un apprenti en BTS ?", /4 500 €/],
    ["combien touche un apprenti de 22 ans en 2e année ?", /€/],
    ["l'aide au permis de 500 € existe encore ?", /21 février 2026/],
    ['je suis boulanger à Bayeux avec 4 salariés, quelle aide si je prends un apprenti ?', /5 000 €/],
    ['c quoi un CFA ?', /CFA/],
    ['ma fille a 16 ans, elle sera payée combien en CAP ?', /€/],
  ];
  it.each(PHRASINGS)('"%s"', async (message, fact) => {
    const c = await startConversation();
    const replies = await c.send(message);
    for (const r of replies) {
      const t = r.text ?? '';
      // Above a card: the lead rule holds (nothing left to cut), and it is at most ~8 lines of a phone.
      if (r.attachments?.length) expect(splitLead(t).rest, t).toEqual([]);
      if (r.attachments?.length && sentencesOf(t).length > 1) expect(t.length, t).toBeLessThanOrEqual(320);
    }
    for (const card of cardsOf(replies)) {
      expect(visible(card).filter(isSource).length).toBeLessThanOrEqual(1);
      for (const t of visible(card)) if (!isSource(t) && sentencesOf(t).length > 1) expect(t.length, t).toBeLessThanOrEqual(MAX_LINE_CHARS);
    }
    expect(read(replies).replace(/[\u202f\u00a0]/g, ' ')).toMatch(fact);
  });
});
