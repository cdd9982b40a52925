import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/*
 * Round 25 (issue 11, the honest guard both ways; own phrasings, never a blind set's). One question decides: is the
 * DETAIL asked written by the answer chosen (dialogs/routing/detail-written.ts)? A subject no entry of ours writes (a
 * wedding's or a funeral's leave, a residence permit, a canteen's menu, a currency, the apprenticeship tax) or an
 * amount asked of an entry that gives none is "not in my sources", with the free line and a callback — never the
 * neighbouring entry stated as if it answered. And the other way: a question an entry answers is answered, whatever
 * verb, month or incidental word of it no entry writes, and a word the first entry leaves out that a close entry
 * writes ("imposable") gives that entry.
 */

const FREE_LINE = /0800 ?050 ?000/;
const REFUSED = /ne couvrent pas|pas dans mes sources|je ne (?:sais|connais|peux) pas|n'ai pas|ne donnent pas/i;

describe('an unknowable detail is refused honestly, with the free line', () => {
  it.each([
    ['jai des jours off pour le mariage de mon cousin ??'],
    ['un apprenti a droit à un congé pour l\'enterrement de sa grand-mère ?'],
    ['Combien de jours de congé pour un déménagement quand on est apprenti ?'],
    ['c quoi le menu a la cantine du cfa ce midi'],
    ['comment on déclare la taxe d\'apprentissage ?'],
    ['Quelle est la date limite pour payer la taxe d\'apprentissage ?'],
    ['la naturalisation change quelque chose pour mon contrat ?'],
    ['jpeux faire mon alternance en Australie payé en dollars australiens ?'],
    ['est-ce que je peux bosser au Canada pendant mon apprentissage et être payé en dollars'],
    ['Quel est le code de la photocopieuse du CFA ?'],
    ['le cfa organise des soirées d\'intégration ?'],
    ['combien je touche de bourse erasmus si je pars 2 mois en italie'],
    ['Mon apprentie part en Erasmus au Portugal, combien touche-t-elle pour ce séjour ?'],
    // A long message: the words of its question's own clause are the detail asked ("quelles démarches … préfecture").
    ['je suis tunisien avec un récépissé, quelles démarches à faire en préfecture pour devenir apprenti ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text, rule).toMatch(FREE_LINE);
    expect(text, rule).toMatch(REFUSED);
  });
});

describe('a covered question is answered, not refused', () => {
  it.each([
    ["Je suis gérant d'un garage, quelles sont les étapes pour prendre un apprenti ?", /cerfa|opco|contrat/i],
    ['recruter un alternant, ça se passe comment pour un patron ?', /cerfa|opco|contrat/i],
    ['Nous sommes une PME, comment embaucher notre premier apprenti ?', /cerfa|opco|contrat/i],
    ["un contrat d'apprentissage peut débuter à quel moment de l'année ?", /toute l'année|3 mois/i],
    ['jpeu commencer mon apprentissage en avril ?', /toute l'année|3 mois/i],
    ['on peut démarrer l\'apprentissage en cours d\'année, genre en février ?', /toute l'année|3 mois/i],
    ["on peut signer un contrat d'apprentissage en novembre ?", /toute l'année|3 mois/i],
    ["est-ce que le salaire d'un apprenti est imposable ?", /impôt|imposable|exonér/i],
    ['a quoi sert la carte d\'étudiant des métiers ?', /carte/i],
    ['le salaire net d\'un apprenti c\'est combien par rapport au brut', /net/i],
    ["combien de jours de congés payés par an pour un apprenti ?", /jours|semaines/i],
    ['je peux partir 2 mois en Espagne pendant mon apprentissage ?', /étranger|convention/i],
    // A rare word of the story before the question is no detail asked.
    ['mon fils est passionné de motocross depuis tout petit, comment il peut trouver un patron pour son apprentissage ?', /alternance|employeur|entreprise/i],
  ])('"%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text, rule).not.toMatch(/ne couvrent pas ce point/);
    expect(text, rule).toMatch(expected);
  });
});

describe('off topic: the reply also offers the free line for orientation questions', () => {
  it.each([['le PSG a gagné hier soir ?'], ['il va faire beau à Rouen ce week-end ?'], ['tu me donnes une recette de crêpes ?']])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text, rule).toMatch(FREE_LINE);
  });
});

describe('a sport result is out of scope; what someone earns keeps the pay', () => {
  it.each([['le PSG a gagné hier soir ?'], ['Caen a perdu contre Lens ce week-end ?'], ["c'est quoi le score du match de foot ?"]])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('sport-result');
    expect(text).toMatch(FREE_LINE);
  });

  it.each([["j'ai gagné 900 euros ce mois ci c normal ?"], ['ma fille a gagné combien en apprentissage à 17 ans ?']])('"%s"', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('sport-result');
  });
});
