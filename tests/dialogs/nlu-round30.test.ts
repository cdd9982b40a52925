import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 30 (nlu): a failed diploma told is the failed exam's answer, and it is not kept as a diploma held: the
 * contrat pro's pay asked next is not computed as if the person held it, and "what comes after" is not the next level.
 */
describe('a failed diploma is a situation, not a diploma held', () => {
  it.each([
    [["j'ai raté mon CAP"]],
    [['g loupé mon bac pro']],
    [["j'ai pas eu mon BTS"]],
    [['recalé au CAP boulanger']],
    [["mon CAP je l'ai raté"]],
    [["j'ai échoué à mon titre pro"]],
    [["jai pas eu mon cap, je fais quoi ?"]],
    [['CAP cuisine pas obtenu']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toMatch(/exam-failed|faq/);
    expect(text).toMatch(/prolong|échec/i);
    expect(text).not.toMatch(/Félicitations/);
  });

  it('near miss: a diploma obtained is congratulated', async () => {
    const { text } = await lastReplyOf(["j'ai eu mon CAP !"]);
    expect(text).toMatch(/Félicitations/);
  });

  it('after a failed CAP, what comes next is not the continuation after a CAP held', async () => {
    const { text } = await lastReplyOf(["j'ai raté mon CAP", 'et après je peux faire quoi ?']);
    expect(text).not.toMatch(/Félicitations|Après un CAP/);
  });
});

/** Round 30 (nlu): a public service named is no trade kept for the next course search (institutions.ts). */
describe('the Mission Locale is no trade', () => {
  it.each([
    [["la mission locale peut m'aider ?"]],
    [['je suis suivi par la mission locale']],
    [['c est quoi la mission locale']],
    [['la mission locale ça sert à quoi ?']],
    [['jai rdv a la mission locale demain, ils peuvent m aider pour l apprentissage ?']],
    [['les missions locales aident pour trouver un patron ?']],
    [['ma conseillère mission locale m a parlé de vous']],
    [['a quoi sert la mission locale pour un jeune']],
  ])('%j: the Mission Locale, no public-service director', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/Mission Locale/);
    expect(text).not.toMatch(/directeur|unité de services au public/i);
  });

  it('a course search after it is not for a public-service director', async () => {
    const { text } = await lastReplyOf(['je suis suivi par la mission locale', 'quelles formations près de Rouen ?']);
    expect(text).not.toMatch(/directeur|unité de services au public/i);
  });

  it('near miss: a trade named after it is searched', async () => {
    const { text } = await lastReplyOf(['je suis suivi par la mission locale', 'je veux être boulanger, où me former près de Rouen ?']);
    expect(text).toMatch(/boulang/i);
  });
});

/** Round 30 (nlu): a diploma's specialty said loosely keeps its common course when places are chosen. */
describe('a specialty with a place keeps the specialty', () => {
  it.each([
    [['bac pro vente près de Dieppe'], /commerce et de la vente/],
    [['je cherche un bac pro vente vers Dieppe'], /commerce et de la vente/],
    [['bac pro vente à Rouen'], /commerce et de la vente/],
    [['un bac pro vente pas loin de Caen'], /commerce et de la vente/],
  ])('%j', async (messages, course) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(course);
    expect(text).not.toMatch(/animalerie|Pour « Bac pro » /);
  });

  it('near miss: a specialty of one course is that course', async () => {
    const { text } = await lastReplyOf(['cap cuisine près de Lisieux']);
    expect(text).toMatch(/CAP cuisine/);
  });
});

/** Round 30 (nlu): "comment m'inscrire via parcoursup": "via" is a preposition, not a subject left out. */
describe('Parcoursup asked with "via"', () => {
  it.each([
    [["comment m'inscrire via parcoursup en apprentissage ?"]],
    [['on postule via parcoursup pour un bts en alternance ?']],
    [['candidater via parcoursup en alternance ça marche comment']],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/Parcoursup/);
    expect(text).not.toMatch(/pas dans mes sources|ne trouve pas/i);
  });
});

/** Round 30 (nlu): pay and the rules are national (same-elsewhere.ts, entry memes-regles-partout-en-france). */
describe('pay and rules are the same elsewhere in France', () => {
  it.each([
    [['le salaire c pareil dans le nord ?']],
    [["c'est pareil en Bretagne ?"]],
    [['le smic apprenti il change selon la région ?']],
    [['un apprenti à Lyon il est payé pareil ?']],
    [["les règles de l'apprentissage c'est les mêmes partout ?"]],
    [['combien gagne un apprenti de 17 ans ?', "et c'est pareil dans le sud ?"]],
    [['les congés sont différents dans une autre région ?']],
    [['en Occitanie le salaire apprenti est le même ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('same-elsewhere');
    expect(text).toMatch(/partout en France/);
  });

  it('near miss: courses looked for elsewhere keep the places answer', async () => {
    const { rule } = await lastReplyOf(['y a des formations pareil à Paris ?']);
    expect(rule).not.toBe('same-elsewhere');
  });

  it('near miss: the pay asked alone is the pay', async () => {
    const { rule } = await lastReplyOf(['combien gagne un apprenti de 17 ans ?']);
    expect(rule).not.toBe('same-elsewhere');
  });
});

/** Round 30 (nlu): school life compared with the CFA. */
describe('school life at the CFA', () => {
  it.each([
    [['y a des vacances comme au collège ?']],
    [['on a les vacances comme au lycée en apprentissage ?']],
    [["j'aurai des vacances comme à l'école ?"]],
  ])('%j: paid leave, 5 weeks', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/5 semaines/);
  });

  it.each([
    [['on a des devoirs ?']],
    [['au cfa y a des devoirs ?']],
    [['est ce quon a des devoirs le soir en apprentissage']],
    [['y a des bulletins au cfa ?']],
  ])('%j: honest, with the CFA offered', async (messages) => {
    const { rule } = await lastReplyOf(messages);
    expect(rule).toBe('school-life-asked');
  });

  it('near miss: the duties of an apprentice are not homework', async () => {
    const { rule } = await lastReplyOf(["quels sont les droits et devoirs d'un apprenti ?"]);
    expect(rule).not.toBe('school-life-asked');
  });
});

/** Round 30 (nlu): "c'est quoi" typed as it sounds, the article glued. */
describe('the definition asked in SMS', () => {
  it.each([
    [['c koi lapprentissage']],
    [['cé koi lapprentissage']],
    [['quest ce que lalternance']],
    [['keske lapprentissage']],
    [['lalternance cest quoi']],
    [['jcomprends pas c koi lalternance']],
    [['sa veut dire koi lapprentissage']],
    [['c quoi lapprentisage']],
  ])('%j', async (messages) => {
    const { rule } = await lastReplyOf(messages);
    expect(rule).toMatch(/term|defin/);
  });
});

describe('school life near misses', () => {
  it.each([[["tu peux m'aider pour mes devoirs de maths ?"]], [['je dois finir mes devoirs']]])('%j: not the CFA', async (messages) => {
    const { rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('school-life-asked');
  });
});
