import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 28 (review 18, by kind; own phrasings). A careful written opener that addresses no one ("Qu'est-ce qu'un CFA
 * exactement ?", "Quelle est la différence entre … ?") is answered in vous (P5, E3 were answered in tu); a conversation
 * already held in tu is not switched by a careful question later; SMS and spoken writing stay tu.
 */
const TU = /\b(?:tu|ton|ta|tes|toi|t'|te)\b/i;
const VOUS = /\b(?:vous|votre|vos)\b/i;

describe('a careful written opener is answered in vous', () => {
  it.each([
    ["Qu'est-ce qu'une OPCO exactement ?"],
    ['Quelles sont les démarches pour signer un contrat d’apprentissage ?'],
    ["Quelle est la différence entre un contrat de professionnalisation et un contrat d'apprentissage ?"],
    ['Est-il possible de faire un apprentissage après 26 ans ?'],
    ['Combien de temps dure la période d’essai en apprentissage ?'],
    ["Existe-t-il une aide au logement pour un apprenti ?"],
    ['Nous habitons à Vire, notre fils voudrait être boulanger.'],
    ["Bonjour, qui signe le contrat d'un apprenti mineur ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(TU);
  });

  it.each([
    ["c'est quoi un opco"],
    ['slt c koi la periode d essai en apprentissage'],
    ['C’est quoi la différence entre contrat pro et apprentissage ?'],
    ['jsuis en 3e je peux faire un cap ?'],
  ])('near miss, spoken or SMS: "%s" stays tu', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(VOUS);
  });

  it('a careful question later in a conversation held in tu keeps tu', async () => {
    const { text } = await lastReplyOf(["c'est quoi un cfa", 'Quelle est la durée de la période d’essai ?']);
    expect(text).not.toMatch(VOUS);
  });
});

/**
 * Round 28 (review 18, E3): an employer shown an aid asks what to pay the apprentice — the pay grid (asking the age
 * it lacks), never the aid again. One mechanism for every way of aiming the pay at the apprentice.
 */
describe('what to pay the apprentice, asked after an aid', () => {
  const AID_FIRST = "Je suis boulanger avec 3 salariés, quelles aides pour embaucher un apprenti ?";
  it.each([
    ['Combien dois-je le rémunérer au minimum ?'],
    ['quel salaire je lui verse ?'],
    ['et je dois la payer combien ?'],
    ['c koi son salaire a mon apprenti'],
    ['Quelle rémunération devrons-nous lui verser ?'],
    ['on le paye combien du coup'],
    ['et niveau paie je lui donne combien ?'],
    ['le salaire de mon futur apprenti c’est combien ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([AID_FIRST, message]);
    expect(rule).toBe('apprentice-pay-asked');
    expect(text).toMatch(/SMIC|% du SMIC|âge/);
    expect(text).not.toMatch(/5 000 €/);
  });

  it('with the age told, the grid for that age', async () => {
    const { text } = await lastReplyOf(['Quelles aides pour une entreprise de 10 salariés qui embauche un apprenti de 17 ans ?', 'Combien dois-je le rémunérer ?']);
    expect(text).toMatch(/504,10 €/);
  });

  it.each([
    // The aid paid to the employer, not the pay: stays on the aid.
    ["on me la verse quand l'aide ?"],
    ['elle est versée comment ?'],
  ])('near miss: "%s" is not the pay', async (message) => {
    const { rule } = await lastReplyOf([AID_FIRST, message]);
    expect(rule).not.toBe('apprentice-pay-asked');
  });
});
