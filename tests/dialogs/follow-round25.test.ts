import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 25 (issue 11): ONE resolver for a short follow-up asking an ASPECT of the thing just answered
 * (dialogs/routing/aspect-in-view.ts, src/nlu/aspect.ts). Own phrasings, tu and vous, SMS and typos, over several
 * things in view; near misses keep their answer.
 */

const TRIAL = 'période d’essai en apprentissage, ça dure combien ?';
const TRIAL_VOUS = "Quelle est la durée de la période d'essai d'un apprenti ?";

describe('next phase: what comes once the span of the rule is over', () => {
  it.each([
    [TRIAL, 'et après les 45 jours ?'],
    [TRIAL, 'une fois les 45 jours passés ?'],
    [TRIAL, 'et apres 45 j ?'],
    [TRIAL, 'passé ce délai je fais comment'],
    [TRIAL, 'et au-delà ?'],
    [TRIAL_VOUS, 'Et après les 45 premiers jours ?'],
    [TRIAL_VOUS, 'Une fois la période d’essai terminée ?'],
    [TRIAL, 'et ensuite ?'],
    [TRIAL, 'et apres la periode d essai ?'],
  ])('%s → "%s"', async (first, follow) => {
    const { text, rule } = await lastReplyOf([first, follow]);
    // A span named back ("ce délai", "au-delà") is after-last-answer.ts's, which the resolver leaves it to.
    expect(rule).toMatch(/^(?:aspect-in-view|after-last-answer)$/);
    expect(text).toMatch(/commun accord|accord écrit|médiateur/);
  });
});

describe('meaning: the answer explained further, in practice', () => {
  it.each([
    [TRIAL, 'ça veut dire quoi concrètement ?'],
    [TRIAL, 'concrètement ?'],
    [TRIAL, "c'est-à-dire ?"],
    [TRIAL, 'sa veut dire quoi ?'],
    [TRIAL, "j'ai pas compris"],
    [TRIAL, 'tu peux m’expliquer ?'],
    [TRIAL_VOUS, 'Pouvez-vous détailler ?'],
    [TRIAL_VOUS, "Qu'est-ce que cela veut dire en pratique ?"],
    [TRIAL, 'jcomprend pas, explique moi mieux'],
  ])('%s → "%s"', async (first, follow) => {
    const { text, rule } = await lastReplyOf([first, follow]);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/[Rr]ompre|commun accord|partir sans raison|rupture est libre/);
    expect(text).not.toMatch(/c'est apprendre un métier en alternance/);
  });
});

describe('dates: when an ended aid ran', () => {
  it.each([
    ['la carte jeunes apprentis normands', 'elle datait de quand ?'],
    ['la carte jeunes apprentis normands', 'elle a commencé quand ?'],
    ['la carte jeunes apprentis normands', 'ça date de quand ?'],
    ['la carte jeunes apprentis normands', 'elle s’est arrêtée quand ?'],
    ['la carte jeunes apprentis normands', 'elle a fini en quelle année ?'],
    ['la carte jeunes apprentis normands', 'de quand à quand ?'],
    ['carte jeune apprenti normand c koi', 'depuis quand elle existe plus ?'],
    ['Qu’était la Carte Jeunes Apprentis normands ?', 'Elle a été supprimée quand ?'],
  ])('%s → "%s"', async (first, follow) => {
    const { text, rule } = await lastReplyOf([first, follow]);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/2016/);
    expect(text).toMatch(/2021/);
  });
});

describe('employer side: the aid for the employer in the same case', () => {
  it.each([
    ['je suis reconnu RQTH, je peux faire un apprentissage ?', 'et pour mon patron, y a une aide ?'],
    ['je suis reconnu RQTH, je peux faire un apprentissage ?', 'et mon employeur il touche quelque chose ?'],
    ['je suis reconnu RQTH, je peux faire un apprentissage ?', 'et ma boite elle a droit a une aide ?'],
    ['je suis rqth', 'et pour mon patron, il touche une aide ?'],
    ['je suis rqth', 'et côté employeur, des aides ?'],
    ["Mon fils a une RQTH, peut-il être apprenti ?", 'Et son employeur, il aura une aide ?'],
    ['jsui rqth jpeu faire un cap en alternance ?', 'et pr mon patron ya une prime ?'],
    ['je suis reconnu RQTH, je peux faire un apprentissage ?', 'et l’entreprise, elle a une aide aussi ?'],
  ])('%s → "%s"', async (first, follow) => {
    const { text, rule } = await lastReplyOf([first, follow]);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/Agefiph/);
  });

  it('a public employer gets the public employers’ aid', async () => {
    const { text } = await lastReplyOf(['je suis reconnu RQTH, je peux faire un apprentissage ?', 'et si mon employeur c’est une mairie, il a une aide ?']);
    expect(text).toMatch(/FIPHFP/);
  });

  it('near miss: the employer’s pay duty is not an aid asked', async () => {
    const { rule } = await lastReplyOf(['je suis rqth', 'et mon patron il doit me payer combien ?']);
    expect(rule).not.toBe('aspect-in-view');
  });
});

const ML = "c'est pour qui la mission locale ?";
describe('an age told past the ages of the organisation in view', () => {
  it.each([
    [ML, "j'ai 27 ans ça marche pas alors ?"],
    [ML, "j'ai 28 ans donc c'est mort ?"],
    [ML, 'jai 26 ans c fini pour moi ?'],
    [ML, "j'ai 29 ans, je suis trop vieux ?"],
    [ML, "moi j'ai 27 ans, j'y ai droit ?"],
    [ML, "j'ai 26 ans, je peux quand même y aller ?"],
    ['La Mission Locale, pour quel public ?', "J'ai 28 ans, est-ce trop tard ?"],
    [ML, 'g 27 ans sa marche plus ?'],
  ])('%s → "%s"', async (first, follow) => {
    const { text, rule } = await lastReplyOf([first, follow]);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/France Travail/);
  });

  it('near miss: an age inside the range keeps its answer', async () => {
    const { text } = await lastReplyOf([ML, "j'ai 19 ans ça marche ?"]);
    expect(text).not.toMatch(/^France Travail t'accompagne/);
  });
});

const AIDS = "c'est quoi les aides pour un apprenti ?";
describe('one item of the last list, picked by its words', () => {
  it.each([
    [AIDS, 'et celle pour le logement ça marche comment ?'],
    [AIDS, 'et celle du logement ?'],
    [AIDS, 'celle pour le loyer je la demande comment'],
    [AIDS, 'et la pour le logement on fait comment'],
    [AIDS, 'cel pour le logement c combien ?'],
    ['les aides pour les apprentis svp', "et celle sur le loyer, comment l'avoir ?"],
    ['Quelles aides pour un apprenti ?', 'Et celle pour le logement, comment fonctionne-t-elle ?'],
    [AIDS, 'l aide pour le logement elle marche comment'],
  ])('%s → "%s"', async (first, follow) => {
    const { text, rule } = await lastReplyOf([first, follow]);
    // A button's title or the aid's own name may pick it first: the item is what counts.
    expect(rule).not.toMatch(/fallback|interruption/);
    expect(text).toMatch(/Mobili-Jeune|Action Logement/);
  });
});

describe('duration and delay of the aid in view (formerly aid-length-asked.ts)', () => {
  const HOUSING = 'aide au loyer pour un apprenti';
  it.each([
    [HOUSING, 'pendant combien de temps ?'],
    [HOUSING, 'ça dure combien ?'],
    [HOUSING, "jusqu'à quand je la touche ?"],
    [HOUSING, 'cmb de temps on la reçoit'],
    [HOUSING, "c'est sur combien de mois ?"],
    [HOUSING, 'elle dure longtemps ?'],
    ["L'aide Mobili-Jeune d'Action Logement", 'Quelle est sa durée ?'],
    ["L'aide Mobili-Jeune d'Action Logement", 'Pendant combien de temps est-elle versée ?'],
  ])('%s → "%s"', async (first, follow) => {
    const { text, rule } = await lastReplyOf([first, follow]);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/deux ans/);
  });
});
