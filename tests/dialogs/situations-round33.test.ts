import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';
import { extractPersona } from '../../src/nlu/entities/persona.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

/**
 * Round 33, the slice of the read sets' failures answered by a neighbouring FAQ entry ("situations"). Each kind below
 * is a mechanism over the understanding, tested with phrasings of our own and near misses that keep their old answer.
 */

/**
 * Kind 1: what becomes of the employer's hiring aid when the contract stops, asked with the stop told as a time, said
 * as "se termine", "qu'est-ce qui se passe pour l'aide", without a persona, or supposed after the aid's card: the entry
 * on the aid after a rupture (stops from the month after; months worked stay due), not the rupture's cases.
 */
describe('the hiring aid after a rupture is the aid entry, not the rupture rules', () => {
  it.each([
    ["Si le contrat de notre apprentie se termine au bout de 3 mois, on doit rendre la prime ?"],
    ["Si le contrat est rompu après 6 mois, est-ce que je dois rembourser l'aide de l'État ?"],
    ["Notre apprenti est parti au bout de 2 mois, qu'est-ce qui se passe pour l'aide ?"],
    ["Le contrat de mon alternant s'arrête après 5 mois : que devient l'aide à l'embauche ?"],
    ["si mon apprenti démissionne au bout de 4 mois je garde l'aide ?"],
    ["contrat rompu au bout de 7 mois, faut-il reverser l'aide ?"],
    ["Mon apprentie a démissionné après 3 mois, il se passe quoi pour l'aide que nous recevions ?"],
    ["Si la rupture a lieu au bout de 8 mois, l'aide doit-elle être remboursée ?"],
  ])('"%s": the aid stops from the month after the end', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('aid-after-rupture');
    expect(text).toMatch(/mois qui suit/);
  });

  it.each([
    "et si le contrat est rompu au bout de 5 mois ?",
    "Et si l'apprenti démissionne au bout de 3 mois ?",
    "et en cas de rupture après 2 mois ?",
  ])('after the hiring aid\'s card, "%s" asks what becomes of the aid', async (follow) => {
    const { text, rule } = await lastReplyOf(["L'aide à l'embauche d'un apprenti, comment elle est versée ?", follow]);
    expect(rule).toBe('aid-after-rupture');
    expect(text).toMatch(/mois qui suit/);
  });

  it.each([
    // The rupture itself, no aid named: its cases by the time told.
    ["Notre apprenti est chez nous depuis 5 mois, pouvons-nous rompre son contrat ?", /faute grave/],
    // An apprentice's own rupture with their aids: not the employer's hiring aid.
    ["j'ai arrêté mon contrat au bout de 5 mois, j'ai droit au chômage ?", /45 premiers jours/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('aid-after-rupture');
    expect(text).toMatch(expected);
  });
});

/**
 * Kind 2: a minor's weekly or daily hours over the limits, asked with a word of permission or legality ("il peut", "c'est
 * légal ?", "il a le droit ?"): the minors' limits (35 h, 8 h), not the adults' hours nor overtime.
 */
describe("a minor's hours over the limits, asked as permission, get the minors' limits", () => {
  it.each([
    "Notre apprentie a 17 ans, elle peut faire 38 heures par semaine comme l'équipe ?",
    "mon apprenti a 16 ans, est-ce qu'il peut travailler 10 heures par jour ?",
    "j'ai 16 ans, mon patron a le droit de me faire faire 40h par semaine ?",
    "j'ai 17 ans et je bosse 45 heures par semaine, c'est légal ?",
    "Mon fils de 16 ans fait 39 heures par semaine chez un boulanger, est-ce autorisé ?",
    "à 17 ans on peut faire 9 heures par jour en apprentissage ?",
    "ma fille a 15 ans, son patron la fait travailler 42 h par semaine, il a le droit ?",
    "Un apprenti de 17 ans peut-il faire 37 h par semaine dans mon restaurant ?",
  ])('"%s": 35 hours a week, 8 a day', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('minor-hours-asked');
    expect(text).toMatch(/35 heures/);
    expect(text).toMatch(/8 heures/);
  });

  it.each([
    // An adult: the adults' hours.
    ["j'ai 19 ans, je peux faire 39 heures par semaine ?", /18 ans ou plus|heures supplémentaires|autres salariés/],
    // Overtime asked with no figure: the overtime entry, which has the minors' rule.
    ["j'ai 17 ans, je peux faire des heures sup ?", /heures supplémentaires/],
    // Within the limit.
    ["j'ai 17 ans, je peux faire 30 heures par semaine ?", /./],
    // Overtime's pay named with the figure: the overtime entry and its rule for the under-18s.
    ["j'ai 17 ans, je fais 40 heures par semaine, mes heures sup sont payées ? c'est légal ?", /heures supplémentaires/],
  ])('near miss "%s" is not the minors\' limits rule', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('minor-hours-asked');
    expect(text).toMatch(expected);
  });

  it('building sites keep their own limits (10 h, 40 h)', async () => {
    const { rule } = await lastReplyOf(["j'ai 17 ans, je peux faire 40 h par semaine sur les chantiers ?"]);
    expect(rule).not.toBe('minor-hours-asked');
  });
});

/**
 * Kind 3 (review 24, the side of an ending): "si ça ne va pas avec l'apprenti, je peux arrêter le contrat ?" is said
 * by the employer, whose working relation with the apprentice it is; the employer's rupture answers (free in the
 * first 45 days, then their own grounds), not the apprentice staying at the CFA.
 */
describe('a relation with the apprentice told in the first person is the employer speaking', () => {
  // Not yet: "… je peux arrêter le contrat pendant combien de temps ?" with no trade nor business named still reads the
  // stay at the CFA after a rupture (a rupture entry read surely keeps its own question in employer-ends-told.ts).
  const persona = (message: string): string | undefined => extractPersona(tokenize(normalize(message)), { hasCompanySize: false });

  it.each([
    "si ça ne va pas avec l'apprenti, je peux arrêter le contrat ?",
    "ça se passe mal avec notre apprentie, on peut mettre fin au contrat ?",
    "je ne m'entends pas avec mon apprenti, je peux rompre ?",
    "j'ai un gros problème avec mon alternant, comment arrêter son contrat ?",
    "on a des soucis avec notre apprenti, peut-on rompre le contrat pendant l'essai ?",
    "ça ne colle pas avec l'alternante, je peux arrêter le contrat ?",
    "nous avons un conflit avec notre apprenti, pouvons-nous rompre son contrat ?",
    "ça marche pas du tout avec mon apprentie, je peux arrêter son apprentissage ?",
  ])('"%s": the employer\'s rupture', async (message) => {
    expect(persona(message)).toBe('employeur');
    const { text } = await lastReplyOf([message]);
    // The employer's rupture, or the mediator for a dispute (written for the employer too), never the apprentice's side.
    expect(text).toMatch(/l'employeur peut rompre|faute grave|médiateur de l'apprentissage recherche/);
    expect(text).not.toMatch(/tu peux continuer ta formation au CFA|l'apprenti peut poursuivre sa formation/);
  });

  it.each([
    "ça ne va pas avec mon patron, je peux arrêter mon contrat ?",
    "ma fille a un conflit avec son patron, elle peut rompre ?",
    "je suis apprenti et j'ai un problème avec un apprenti de ma boîte",
  ])('near miss "%s" is not the employer', (message) => {
    expect(persona(message)).not.toBe('employeur');
  });
});

/**
 * Kind 4 (review 24): a minor's rupture asked of the parents' consent ("sans notre accord", "sans l'accord de mes
 * parents", "ses parents doivent signer ?") is the entry on the legal representative, led by its sentence on the act
 * of rupture, not the rupture's rules for the employer or the apprentice.
 */
describe("a minor's rupture asked of the parents' consent", () => {
  it.each([
    "Ma fille a 17 ans, peut-elle rompre son contrat d'apprentissage sans notre accord ?",
    "j'ai 17 ans, je peux arrêter mon apprentissage sans l'accord de mes parents ?",
    "mon fils est mineur, il peut démissionner de son apprentissage sans nous ?",
    "mon apprenti a 17 ans et veut partir, ses parents doivent signer la rupture ?",
    "je suis mineure, je veux quitter mon contrat mais mes parents refusent, je peux ?",
    "Notre fils de 16 ans veut rompre son contrat, faut-il notre signature ?",
    "j'ai 16 ans, je peux rompre mon contrat sans autorisation parentale ?",
    "Mon fils de 17 ans veut arrêter son alternance, son représentant légal doit signer ?",
  ])('"%s": the act of rupture is cosigned by the legal representative', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('minor-rupture-consent');
    expect(text).toMatch(/rupture/);
    expect(text).toMatch(/représentant légal/);
  });

  it.each([
    // The employer's consent, not the parents'.
    "Ma fille a 17 ans, peut-elle rompre son contrat sans l'accord de son patron ?",
    // An adult: the parents have no say.
    "j'ai 19 ans, je peux arrêter mon contrat sans l'accord de mes parents ?",
    // An employer's "sans notre accord": the apprentice leaving their company.
    "Notre apprenti peut-il partir sans notre accord ?",
  ])('near miss "%s" is not the legal representative\'s rule', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('minor-rupture-consent');
  });
});
