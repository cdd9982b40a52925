import { describe, expect, it } from 'vitest';
import { leadSentence } from '../../dialogs/support/lead-sentence.js';
import { laterPartAsked } from '../../dialogs/support/answer-parts.js';
import { lastReplyOf } from './harness.js';

/**
 * Round 19 (kind 8): part of the apprenticeship outside Europe. The mobility entry says the French rules; the country's
 * own rules are in none of our sources: the reply says so first, with the free line and a callback.
 */
describe('a stay abroad outside Europe', () => {
  it.each([
    [["je voudrais faire une partie de mon apprentissage au Québec, c'est possible ?"]],
    [['est-ce que mon fils peut partir aux Etats-Unis pendant son apprentissage ?']],
    [['jpeux faire 6 mois de mon contrat au canada ?']],
    [['Mon apprentie souhaite effectuer un stage au Japon, est-ce possible ?']],
  ])('says the country is not covered, with the line: %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('goes-abroad');
    expect(text).toMatch(/ne sont pas dans mes sources/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).toMatch(/étranger/);
  });

  it.each([[['un stage en espagne']], [["je veux partir en Allemagne pendant mon apprentissage"]]])('inside Europe, the mobility entry alone (near miss): %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('goes-abroad');
    expect(text).not.toMatch(/ne sont pas dans mes sources/);
    expect(text).toMatch(/étranger/);
  });
});

/**
 * Round 19 (kind 7): the pay of a worker past apprenticeship, self-employed or experienced. Only the apprentice's pay
 * is in our knowledge: said honestly, with the free line and a callback, and the apprentice's pay offered.
 */
describe("a worker's pay past apprenticeship", () => {
  it.each([
    [['combien gagne un électricien à son compte après 10 ans ?']],
    [['Un plombier confirmé, ça gagne combien ?']],
    [["Combien gagne un boulanger avec 15 ans d'expérience ?"]],
    [["cb on touche en tant qu'auto-entrepreneur coiffeur"]],
    [["Quel est le revenu d'un menuisier indépendant ?"]],
  ])('says only the apprentice pay is known, with the line: %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('worker-pay');
    expect(text).toMatch(/Je ne connais que le salaire des apprentis/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).toMatch(/\[Le salaire d'un apprenti\]/);
    expect(text).not.toMatch(/€/);
  });

  it.each([
    [['combien je touche à 17 ans ?'], /504,10 €/],
    [['un apprenti de 2e année gagne combien ?'], /salaire minimum d'un apprenti/],
    [['combien gagne un électricien ?'], /salaire minimum d'un apprenti/],
  ])("the apprentice's pay keeps its answer (near miss): %j", async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('worker-pay');
    expect(text).toMatch(expected);
  });
});

/**
 * Round 19 (kind 4): whom to complain to, or where to report, after a story of too many hours or unpaid overtime: the
 * labour inspectorate's entry (which also names the CFA and the mediator), not the adviser's card that "à qui" reads.
 */
describe('where to complain about work', () => {
  it.each([
    [['mon patron me fait faire 45h par semaine et les heures sup sont pas payées', 'je peux me plaindre à qui ?']],
    [["je fais trop d'heures et c'est pas payé", 'je peux signaler ça où ?']],
    [['mon patron me paye pas mes heures sup, je peux me plaindre à qui ?']],
    [['on me fait bosser 50h par semaine, jpeux signaler ça où ?']],
    [['Notre fils apprenti travaille le dimanche sans être payé', 'Auprès de qui pouvons-nous porter plainte ?']],
    [['mon patron veut pas me payer les heures sup', 'jveu le dénoncer, jfais comment']],
  ])('the labour inspectorate: %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('complaint-about-work');
    expect(text).toMatch(/inspection du travail/i);
    expect(text).not.toMatch(/Référence de la conversation/);
  });

  it('reporting one\'s own sick leave keeps its answer (near miss)', async () => {
    const { text, rule } = await lastReplyOf(['je suis malade, je signale mon arrêt à qui ?']);
    expect(rule).not.toBe('complaint-about-work');
    expect(text).toMatch(/arrêt de travail/);
  });
});

/**
 * Round 19 (kind 3): a yes/no question whose entry answers yes starts with the yes. Two causes, both general: an answer
 * whose "Oui." is a sentence of its own lost it (its first sentence held none of the question's words, so a later one
 * seemed asked), and "quand même" read as the open question "quand".
 */
describe('a yes/no question answered yes opens with the yes', () => {
  it.each([
    [['mon fils est handicapé, il peut faire un apprentissage ?']],
    [['ma fille a un handicap, elle peut faire un apprentissage ?']],
    [["j'ai une rqth, je peux faire un apprentissage ?"]],
    [['je suis dyslexique, jpeux faire un apprentissage ?']],
  ])('disability: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/^Oui : .*apprentissage aménagé/);
  });

  it.each([
    [["j'ai arrêté l'école sans diplôme, je peux quand même ?"]],
    [['ma fille n\'a aucun diplôme, elle peut quand même être apprentie ?']],
    [["je n'ai pas le brevet, je peux quand meme ?"]],
    [['Je n\'ai aucun diplôme, puis-je quand même signer un contrat d\'apprentissage ?']],
  ])('no diploma: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/^Oui : .*âge/);
  });

  it.each([
    [['Notre fils a une RQTH, quels aménagements en apprentissage ?']],
    [['à quel âge on peut commencer ?']],
  ])('an open question gets no yes (near miss): %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).not.toMatch(/^(Oui|Non)\b/);
  });
});

describe('a yes written as a sentence of its own', () => {
  it('goes with the sentence it opens, on the phone', () => {
    expect(leadSentence('Oui. Tu peux signer un contrat aménagé. Chaque CFA a un référent.')).toEqual({ first: 'Oui. Tu peux signer un contrat aménagé.', rest: 'Chaque CFA a un référent.' });
    expect(leadSentence('Non ! Il faut un employeur.')).toEqual({ first: 'Non ! Il faut un employeur.' });
  });

  it('settles the question with that sentence', () => {
    const answer = "Oui. Une personne handicapée peut conclure un contrat d'apprentissage aménagé. Chaque CFA dispose d'un référent handicap pour l'apprentissage aménagé.";
    expect(laterPartAsked(answer, 'mon fils handicape peut faire un apprentissage amenage')).toEqual([]);
  });
});

/**
 * Round 19 (kind 2): the other bound of a value right after an answer that gives one ("et jusqu'à quel âge ?" after the
 * minimum age): the entry that gives it (29 révolus, with its exceptions), not the same card led by one of its ages.
 */
describe('the other bound after the minimum age', () => {
  it.each([
    [['à quel âge on peut commencer ?', "et jusqu'à quel âge ?"]],
    [["c'est à partir de quel age l'apprentissage ?", "et l'âge max ?"]],
    [['a partir de quel age on peut etre apprenti', 'et jusqu a quel age ?']],
    [['À partir de quel âge peut-on faire un apprentissage ?', "Et jusqu'à quel âge peut-on le faire ?"]],
  ])('the age limit: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/29 ans révolus/);
    expect(text).not.toMatch(/^Il faut avoir 16 ans/);
  });

  it('the upper bound the last answer gives keeps that answer (near miss)', async () => {
    const { text, rule } = await lastReplyOf(['On touche les allocations familiales pour un apprenti ?', "et jusqu'à quel âge ?"]);
    expect(rule).toBe('card-aspect');
    expect(text).toMatch(/20 ans/);
  });
});

/**
 * Round 19 (kind 6): "et en bac+2 ?", "et en BTS ?" after a trade's card or its places: that trade's diplomas at that
 * level, or the word that none is listed with the nearest ones; never "which town?".
 */
describe('a level asked after a trade', () => {
  it.each([
    [['je veux être électricien', 'et en bac+2 ?'], /niveau 5/],
    [['je veux etre comptable', 'et en BTS ?'], /BTS comptabilité et gestion/],
    [['Mon fils voudrait devenir comptable.', 'Et niveau bac+2 ?'], /BTS comptabilité et gestion/],
    [['je veux être boulanger à Caen', 'et en bac +2'], /niveau 5/],
    [['je veux etre boulanger', 'et en bts'], /niveau 5/],
  ])('the diplomas at that level: %j', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('trade-diplomas-at-level');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/quelle ville/i);
  });

  it.each([
    [['je veux être boulanger à Caen'], /Caen/],
    [['BTS MCO à Rouen'], /Rouen/],
  ])('a course search keeps its answer (near miss): %j', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('trade-diplomas-at-level');
    expect(text).toMatch(expected);
  });
});

/**
 * Round 19 (kind 1): the pay asked with an age and a class ("il sort de 3e"): the question (how much) decides; the age
 * and the class are details. The pay for that age, first year at 27 % of the SMIC, not the entry on starting at 15.
 */
describe('the pay asked with the case it depends on', () => {
  it.each([
    [['mon fils a 15 ans, il sort de 3e, il touchera combien en CAP ?']],
    [['Mon fils a 15 ans et sort de 3e. Combien sera-t-il payé en CAP ?']],
    [["j'ai 15 ans et je finis la 3e, c'est quoi le salaire en cap ?"]],
    [['mon fils de 15 ans sort de 3ème, il aura combien par mois ?']],
    [['jai 15ans jsors de 3eme jvais toucher cb en cap']],
  ])('the pay for under 18: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/27 % du SMIC/);
    expect(text).toMatch(/504,10 €/);
  });

  it.each([
    [['mon fils a 15 ans et sort de 3e, il peut commencer ?'], /15 ans/],
    [['à quel âge on peut commencer ?'], /16 ans/],
    [['combien je touche à 17 ans ?'], /504,10 €/],
  ])('near misses keep their answers: %j', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('pay-asked-with-case');
    expect(text).toMatch(expected);
  });
});

/**
 * Round 19 (kind 5): who may be maître d'apprentissage in one's shop in a town: the entry on the maître
 * d'apprentissage. The town and the business are the setting of a question about rules, not a place search, and their
 * words are not held against the entry.
 */
describe("a question about rules set in one's business in a town", () => {
  it.each([
    [["Qui peut être maître d'apprentissage dans ma boutique à Lisieux"]],
    [["conditions pour être maître d'apprentissage dans un salon de coiffure à Cherbourg"]],
    [['je tiens une boulangerie à Lisieux, qui peut etre maitre d apprentissage ?']],
    [['conditions pour etre tuteur dans ma pâtisserie à Vernon']],
    [["Qui peut être maître d'apprentissage dans mon restaurant à Dieppe ?"]],
  ])('the maître d\'apprentissage entry: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/maître d'apprentissage est un salarié majeur/);
    expect(text).not.toMatch(/le lieu le plus proche/);
  });

  it.each([
    [['je veux être boulanger à Caen'], /CFA CIFAC/],
    [['BTS MCO à Rouen'], /Rouen/],
    [["c'est quoi un cfa à Rouen ?"], /centre de formation d'apprentis/],
  ])('a course search or a place keeps its answer (near miss): %j', async (messages, expected) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(expected);
  });
});
