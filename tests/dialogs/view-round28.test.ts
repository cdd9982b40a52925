import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 28 (r28-view, issue 11): a second turn about the DIPLOMA in view, the one a trade's card or a list of places
 * led with, or the kind a FAQ entry defined (diploma-in-view.ts): its title, its level, what it is prepared after, what
 * follows it. Before, "niveau" read the BP's definition, "il s'appelle comment" the free line's entry ("appelle"), "il
 * faut quoi pour y entrer" nothing. Own phrasings over several trades, diplomas and towns, tu and vous, SMS.
 */
describe('an aspect of the diploma a trade card led with', () => {
  it.each([
    ['je veux devenir boulanger', "c'est quel niveau ?", /« CAP boulanger » est un diplôme de niveau CAP \(niveau 3\)/],
    ['je veux être électricien', 'c koi le niveau', /« CAP électricien » est un diplôme de niveau CAP/],
    ['je veux devenir boulanger', "il s'appelle comment le diplôme ?", /Le diplôme est le « CAP boulanger »/],
    ['je veux être coiffeuse', 'vous pouvez me dire le nom du diplôme ?', /Le diplôme est le « CAP métiers de la coiffure »/],
    ['je veux devenir boulanger', 'il faut quoi pour y entrer ?', /après la 3e/],
    ['je veux être électricien', 'faut quel niveau pour y rentrer', /après la 3e/],
    ['je veux devenir boulanger', 'et après ?', /Après un CAP, tu peux travailler ou continuer/],
    ['je voudrais devenir plombier', 'ça mène à quoi ensuite ?', /Après un CAP/],
    ['je veux devenir boulanger', 'ça équivaut à quoi ?', /niveau 3/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).toBe('diploma-in-view');
    expect(plain(text)).toMatch(expected);
    expect(text).not.toMatch(/BP \(brevet professionnel\)|0800 050 000, le numéro gratuit|Je n'ai pas bien compris/);
  });
});

describe('an aspect of the diploma a list of places led with', () => {
  it.each([
    ['je cherche un BTS MCO vers Caen', "c'est quel niveau ?", /« BTS management commercial opérationnel » est un diplôme de niveau bac\+2/],
    ['je cherche un BTS MCO vers Caen', 'il faut quoi pour y entrer ?', /après le bac/],
    ['je cherche un BTS MCO vers Caen', "il s'appelle comment exactement ?", /Le diplôme est le « BTS management commercial opérationnel »/],
    ['je cherche un BTS MCO vers Caen', 'ça dure combien de temps ?', /BTS management commercial opérationnel[\s\S]*2 ans après le bac/],
    ['je cherche un CAP cuisine à Rouen', 'et après ce diplôme ?', /Après un CAP/],
    ['je cherche un CAP cuisine à Rouen', 'ça équivaut à quoi ?', /« CAP cuisine » est un diplôme de niveau CAP/],
    ['Je souhaite préparer un CAP cuisine près de Rouen', 'Quelles sont les conditions pour y entrer ?', /après la 3e/],
    ['bac pro commerce a evreux', 'cest kel niveau', /niveau 4|niveau bac/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
    expect(text).not.toMatch(/BP \(brevet professionnel\)|Je n'ai pas bien compris/);
  });
});

describe("an aspect of the kind of diploma just defined: that kind's sentence", () => {
  it.each([
    ["c'est quoi un BTS ?", 'il faut quoi pour y entrer ?', /Il se prépare en 2 ans après le bac/],
    ["c'est quoi un BTS ?", "c'est quel niveau ?", /bac\+2/],
    ["c'est quoi un bac pro ?", 'faut quoi pour le faire ?', /après la 3e/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
    expect(text).not.toMatch(/BP \(brevet professionnel\)/);
  });
});

describe('near misses: a subject of its own keeps its answer', () => {
  it.each([
    ["c'est quoi un BTS ?", "c'est quoi un CAP ?", /Le CAP \(certificat d'aptitude professionnelle\)/],
    ['je cherche un CAP cuisine à Rouen', "c'est quoi un BTS ?", /Le BTS \(brevet de technicien supérieur\)/],
    ['je veux devenir boulanger', 'et plombier ?', /Plombier/],
    ['je veux devenir boulanger', 'et en BTS ?', /^(?![\s\S]*est un diplôme de niveau CAP)/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).not.toBe('diploma-in-view');
    expect(plain(text)).toMatch(expected);
  });
});

/**
 * A diploma told right after an apprentice's pay (pay-diploma-told.ts): the minimum depends on the age and the contract
 * year only, said, then the same pay; the contrat pro's rate by level held stays the pay topic's own.
 */
describe('a diploma held told after a contrat pro pay: the pay for that level', () => {
  it.each([
    ["j'ai 19 ans en contrat pro combien je gagne", 'et sans le bac ?', /Sans bac professionnel/, /Avec un bac professionnel/],
    ["j'ai 20 ans, combien en contrat de professionnalisation ?", "j'ai déjà un bac pro commerce", /Avec un bac professionnel ou plus/, /Sans bac professionnel/],
    ['contrat pro a 22 ans cest combien', 'g un bts', /Avec un bac professionnel ou plus/, /Sans bac professionnel/],
  ])('"%s" then "%s"', async (first, message, expected, absent) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
    expect(plain(text)).not.toMatch(absent);
  });
});

describe('a diploma told after an apprentice pay: the same pay, with the rule', () => {
  it.each([
    ["j'ai 17 ans je suis en 1ere année de CAP combien je gagne", 'et sans le bac ?', /À 17 ans, en 1re année, tu touches au minimum/],
    ["j'ai 17 ans je suis en 1ere année de CAP combien je gagne", "et si j'ai pas le diplôme ?", /À 17 ans, en 1re année/],
    ["j'ai 20 ans combien je serai payé en apprentissage", 'et sans diplome ?', /À 20 ans/],
    ["j'ai 20 ans combien je serai payé en apprentissage", "et si g pa de diplome", /À 20 ans/],
    ["j'ai 22 ans c'est combien le salaire d'un apprenti en 2e année", "et si j'ai déjà un bac pro ?", /À 22 ans, en 2e année/],
    ['mon apprenti a 18 ans, combien je dois le payer ?', "et s'il a déjà un bac ?", /À 18 ans/],
    ['Quel salaire pour un apprenti de 19 ans en première année ?', 'Et s’il est titulaire d’un BTS ?', /À 19 ans, en 1re année/],
    ["jai 16 ans ca paye combien l'apprentissage", 'et si jai rate le brevet', /À 16 ans/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).toBe('pay-diploma-told');
    expect(plain(text)).toMatch(/ne change pas (?:ton|le) salaire minimum d'(?:un )?apprenti/);
    expect(plain(text)).toMatch(expected);
  });
});

describe('near misses after a pay: other inputs and other subjects keep their answer', () => {
  it.each([
    ["j'ai 20 ans combien je serai payé en apprentissage", 'et en contrat pro ?', /En contrat de professionnalisation à 20 ans/],
    ["j'ai 20 ans combien je serai payé en apprentissage", 'et à 26 ans ?', /À 26 ans/],
    ["j'ai 20 ans combien je serai payé en apprentissage", 'et la 3e année ?', /À 20 ans, en 3e année/],
    ["j'ai 20 ans combien je serai payé en apprentissage", "et l'aide au permis ?", /permis/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).not.toBe('pay-diploma-told');
    expect(plain(text)).toMatch(expected);
  });
});

/**
 * A town alone right after an answer that is no list of places (town-after-answer.ts): the same question for that
 * town. A local office (the Mission Locale, France Travail): that office near the town, whose address the knowledge
 * says it does not hold; how to find an employer: the same services, for that town. Never "quelle formation
 * cherches-tu ?" nor a trade read from "mission".
 */
describe('a town alone after an office or the employer search: the same question there', () => {
  it.each([
    ["c'est quoi la mission locale ?", 'et à Évreux ?', /Missions Locales[\s\S]*la plus proche d'Évreux/],
    ["c'est quoi la mission locale ?", 'y en a une à Lisieux ?', /la plus proche de Lisieux/],
    ['où est la mission locale la plus proche de Caen ?', 'et à Rouen ?', /la plus proche de Rouen/],
    ["c'est quoi france travail ?", 'et sur Alençon ?', /agences France Travail[\s\S]*d'Alençon/],
    ['comment trouver un employeur ?', 'et à Caen ?', /Ces services marchent aussi à Caen/],
    ['comment je trouve un patron', 'et au Havre ?', /aussi au Havre/],
    ['Comment puis-je trouver une entreprise pour mon apprentissage ?', 'Et sur Cherbourg ?', /aussi à Cherbourg/],
    ['trouver un employeur svp', 'et vers dieppe', /aussi à Dieppe/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
    expect(text).not.toMatch(/Quelle formation cherches|directeur d'unité/);
  });
});

describe('near misses: after a trade or a course, a town is the course search there', () => {
  it.each([
    ['je veux devenir boulanger', 'et à Caen ?', /Pour « boulanger » près de Caen/],
    ['je cherche un CAP cuisine à Rouen', 'et à Évreux ?', /près d'Évreux/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).not.toBe('town-after-answer');
    expect(plain(text)).toMatch(expected);
  });
});

/** Jobs asked after a trade's card (trade-jobs-asked.ts): each diploma's employment figure, not the fallback. */
describe('jobs asked after a trade card: its diplomas with their employment figures', () => {
  it.each([
    ['je veux être mécanicien auto', 'y a du boulot ?', /Mécanicien/],
    ['je veux devenir boulanger', 'ça recrute ?', /Boulanger/],
    ['je veux devenir boulanger', 'on trouve du travail facilement après ?', /Boulanger/],
    ['je voudrais être électricien', 'il y a des débouchés dans ce métier ?', /[ÉE]lectricien/],
    ['Mon fils souhaite devenir coiffeur', 'Y a-t-il des débouchés ?', /Coiffeu/],
    ['je veux etre plombier', 'ya du taf ?', /Plombier/],
    ['je veux être cuisinier', 'ça embauche ?', /Cuisinier/],
    ['je veux devenir boulanger', "et le taux d'emploi ?", /Boulanger/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).toBe('trade-jobs-asked');
    expect(plain(text)).toMatch(/la part des apprentis de Normandie en emploi/);
    expect(plain(text)).toMatch(expected);
  });
});

/** "le site ?" alone after a trade's card or a list of places: that answer's link (answer-source.ts), not the menu. */
describe('the site asked alone after a card: its link', () => {
  it.each([
    ['je veux devenir boulanger', 'le site ?', /onisep/],
    ['je cherche un BTS MCO vers Caen', 'le site ?', /labonnealternance/],
    ['je veux devenir boulanger', 'et le site ?', /onisep/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).toBe('answer-link');
    expect(text).toMatch(expected);
  });
});

/**
 * After the trades of a field, a town or a département alone: each trade with its nearest place there (not once a
 * trade's card was shown, nor once the guided quiz has its proposals: those keep their own readings).
 */
describe('a place alone after the trades of a field: those trades near it', () => {
  it.each([
    ["j'aime les animaux", "et dans l'orne ?", /Côté « animaux »[\s\S]*d'Alençon/],
    ["j'aime les animaux", 'et à Alençon ?', /Côté « animaux »[\s\S]*d'Alençon/],
    ["j'aime bien cuisiner", 'et vers Lisieux ?', /de Lisieux/],
    ["j'aime bien cuisiner", 'et dans le calvados ?', /Côté « cuisine/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
    expect(text).not.toMatch(/Quelle formation cherches/);
  });
});

/** "et après, on peut aller plus loin ?" after a trade card: what follows its first diploma. */
describe('what follows the diploma in view, said other ways', () => {
  it.each([
    ['je veux devenir soudeur', 'et après on peut aller plus loin ?', /Après un CAP/],
    ['je veux devenir boulanger', 'on peut évoluer après ?', /Après un CAP/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
  });
});

/** "c'est dans quel établissement ?" after a list of places: the nearest place (place-in-view.ts). */
describe('which establishment, after a list of places', () => {
  it.each([
    ['je cherche un CAP carrosserie à Dieppe', "c'est dans quel établissement exactement ?", /le lieu le plus proche est/],
    ['je cherche un BTS MCO vers Caen', 'quel lycée ?', /le lieu le plus proche est/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
  });
});
