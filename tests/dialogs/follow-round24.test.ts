import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 24 (a follow-up asking one aspect of what was just answered, own phrasings): how long the aid in view lasts,
 * or how soon its step must be done. The records write these in words ("pendant deux ans de formation au plus", "au
 * plus tard six mois après sa signature"), which the figure-only readings of a delay missed: the same amounts came
 * back, or "not covered". Now the sentence of the record that states it (aid-length-asked.ts; since round 25 one
 * aspect of the thing in view, aspect-in-view.ts).
 */
describe('how long the aid in view lasts, or how soon its step is due', () => {
  it.each([
    [['aide au logement pour apprenti', 'pendant combien de temps ?']],
    [['aide mobili jeune', 'ça dure combien ?']],
    [['y a une aide pour payer mon loyer en alternance ?', 'c pdt cmb de tps ?']],
    [['aide logement apprenti', "jusqu'à quand je la touche ?"]],
    [["Existe-t-il une aide pour le loyer d'un alternant ?", 'Pendant combien de temps est-elle versée ?']],
  ])('Mobili-Jeune %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/pendant deux ans de formation au plus/);
  });

  it.each([
    [["aide à l'embauche d'un apprenti", 'dans quel délai ?']],
    [["on embauche un apprenti, quelle aide de l'État ?", "c'est quoi le délai ?"]],
    [["aide embauche apprenti 2026", 'y a un delai ?']],
  ])('the hiring aid %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/au plus tard six mois après sa signature/);
  });

  it.each([
    [['aide au logement pour apprenti', "c'est combien par mois ?"], /10 € à 100 € par mois/, /./],
    [['aide au premier équipement', "ça va jusqu'à combien ?"], /jusqu'à 500 €/, /SMIC/],
    [['aide au logement pour apprenti', 'combien je serai payé ?'], /salaire minimum/, /Mobili/],
    [['aide au logement pour apprenti', 'merci'], /plaisir/, /Mobili/],
    [['aide au logement pour apprenti', 'et les aides pour le permis ?'], /permis/, /Action Logement/],
  ])('near miss %j keeps its answer', async (messages, expected, absent) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('aspect-in-view');
    expect(text).toMatch(expected);
    if (absent.source !== '.') expect(text).not.toMatch(absent);
  });
});

/**
 * Round 24: a condition asked of the person the last answer is about ("il doit être majeur ?", "faut qu'il ait quel
 * âge ?", "faut-il de l'expérience ?" after who the maître d'apprentissage is) got the fallback (a pronoun and "être"
 * read as a trade asked) or "not covered": the condition that answer states, led by its sentence
 * (condition-in-view.ts). The tu answer now states the diploma and experience required, as the vous one did.
 */
describe('a condition asked of the maître d\'apprentissage just described', () => {
  it.each([
    [["c'est quoi un maître d'apprentissage ?", 'il doit être majeur ?'], /salarié majeur/],
    [["c koi un maitre d'apprentissage", 'il doit etre majeur ?'], /salarié majeur/],
    [["c'est quoi un maître d'apprentissage ?", "faut qu'il ait quel âge ?"], /majeur/],
    [["qui peut être mon tuteur en entreprise ?", 'il doit avoir quel âge minimum ?'], /majeur/],
    [["Qui peut être maître d'apprentissage dans notre entreprise ?", 'Doit-il être majeur ?'], /salarié majeur/],
    [["c'est quoi un maître d'apprentissage ?", "faut il de l'expérience ?"], /un an d'expérience, ou deux ans d'expérience/],
    [["qui peut être tuteur d'un apprenti ?", 'il doit avoir un diplôme ?'], /diplôme du même domaine/],
    [["Qui peut être maître d'apprentissage dans notre entreprise ?", "Faut-il qu'il ait de l'expérience ?"], /un an d'expérience, ou deux ans d'expérience/],
  ])('%j', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('condition-in-view');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/pas bien compris|ne couvre pas|SMIC/);
  });

  it.each([
    [["c'est quoi un maître d'apprentissage ?", 'combien je serai payé ?'], /salaire minimum/],
    [["c'est quoi un maître d'apprentissage ?", 'merci'], /plaisir/],
  ])('near miss %j keeps its answer', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('condition-in-view');
    expect(text).toMatch(expected);
  });
});

/**
 * Round 24: an age to come after a rule written for minors ("et quand j'aurai 18 ans ?" after the overtime rule) got
 * the entry on the pay's age brackets: the same rule at that age (its adult sentence), as "et à 18 ans ?" did
 * (age-rule-nearby.ts now reads an age to come as the same question for another age).
 */
describe("an age to come after a rule for minors", () => {
  it.each([
    [['un mineur peut faire des heures sup ?', "et quand j'aurai 18 ans ?"], /18 ans ou plus, tu peux faire des heures supplémentaires/],
    [["j'ai 17 ans, je peux faire des heures supplémentaires ?", "quand j'aurai 18 ans ?"], /18 ans ou plus, tu peux faire des heures supplémentaires/],
    [['mon fils de 16 ans peut il travailler la nuit ?', "et une fois qu'il aura 18 ans ?"], /ne s'appliquent pas/],
    [['jai 17 ans jpeux faire des heures sup ?', "et qd j'aurai 18 ans ?"], /18 ans ou plus, tu peux faire des heures supplémentaires/],
  ])('%j', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('answer-follow-up');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/tranche d'âge suivante/);
  });
});

/**
 * Round 24: the former amounts of an ended aid asked right after its card ("elle donnait combien ?") got that card's
 * lead again ("cette aide n'existe plus"): its card shows no table, so the sentence of its summary that says the
 * amounts is the answer, in the past tense, with "Elle n'existe plus" (aides-dialog.ts, sameAidCardAgain).
 */
describe('the former amounts of an ended aid', () => {
  it.each([
    [["c'était quoi la carte jeunes apprentis normands ?", 'elle donnait combien ?']],
    [['carte jeunes apprentis normands', "ça faisait combien d'argent ?"]],
    [["Qu'était la Carte Jeunes Apprentis normands ?", 'Quel en était le montant ?']],
    [['la carte jeunes apprentis normands existe encore ?', "c'était combien ?"]],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/c'était une aide[\s\S]*500 € avant 18 ans, 300 € de 18 à 20 ans/);
    expect(text).toMatch(/n'existe plus/);
  });
});

/**
 * Round 24: an age told past the ages of the service just described, with where to go ("en fait j'ai 27 ans, je vais
 * où ?" after the Mission Locale, 16-25) got the pay at 27: the service for job seekers of every age, France Travail
 * (past-age-range.ts; since round 25 one aspect of the thing in view, aspect-in-view.ts).
 */
describe('an age past the service just described, and where to go', () => {
  it.each([
    [["c'est quoi la mission locale ?", "en fait j'ai 27 ans, je vais où ?"]],
    [["la mission locale peut m'aider ?", "j'ai 28 ans, je m'adresse à qui alors ?"]],
    [['C’est quoi une Mission Locale ?', 'Et pour mon fils de 26 ans, vers qui se tourner ?']],
    [['mission locale c pour qui', "g 27 ans jvais ou alors ?"]],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('aspect-in-view');
    expect(text).toMatch(/France Travail/);
    expect(text).not.toMatch(/SMIC/);
  });

  it('near miss: an age told alone after the Mission Locale keeps its answer', async () => {
    const { rule } = await lastReplyOf(["c'est quoi la mission locale ?", "en fait j'ai 27 ans"]);
    expect(rule).not.toBe('aspect-in-view');
  });
});
