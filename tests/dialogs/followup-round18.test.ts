import { describe, expect, it } from 'vitest';
import { lastReplyOf, read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');
const NOT_COVERED = /ne couvre pas cette question/;

const lastReply = lastReplyOf;

/**
 * Round 18 (kind 1): after the minimum age told to an employer of a 15-year-old, "je dois le payer combien ?" was told
 * that answer does not cover it. A pay or aid question of its own, named in words the last answer does not say, with
 * what it needs known from an earlier turn: its pronoun is the apprentice, and the pay (or the aids) answers it.
 */
describe('a pay or aid question of its own after a FAQ answer, with a pronoun for the apprentice', () => {
  it.each([
    [['je suis employeur, mon futur apprenti a 15 ans, c\'est possible ?', 'je dois le payer combien ?']],
    [['Mon apprentie aura 17 ans, elle peut travailler le samedi ?', 'Et je dois la rémunérer combien ?']],
    [['jsuis patron mon apprenti a 16 ans il peut bosser le dimanche ?', 'et jdois le payer cmb ?']],
    [['mon fils a 16 ans, il peut faire un apprentissage ?', 'il sera payé combien ?']],
  ])('the pay: %j', async (messages) => {
    const { text, rule } = await lastReply(messages);
    expect(text).not.toMatch(NOT_COVERED);
    expect(rule).not.toMatch(/^(answer-follow-up|no-repeat)/);
    expect(text).toMatch(/salaire minimum|\d+ ?%|€/);
  });

  it.each([
    [['je suis employeur, mon futur apprenti a 15 ans, c\'est possible ?', 'je dois le payer combien ?', 'et l\'aide de l\'état c\'est combien pour moi ?']],
    [['nous sommes 20 salariés, notre apprentie a 15 ans, elle peut commencer ?', 'et la prime pour l\'embaucher c\'est combien ?']],
    [['Je suis gérant, 8 salariés. Mon apprenti a 17 ans, peut-il travailler la nuit ?', 'et pour l\'aide, je la touche combien ?']],
  ])('the aids: %j', async (messages) => {
    const { text } = await lastReply(messages);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/aide/i);
  });

  it('"comment on la demande ?" after an aid still asks about that aid (near miss)', async () => {
    const { text } = await lastReply(['on est 300 salariés, y a une aide pour embaucher un apprenti ?', 'Aide à l\'embauche d\'un apprenti', 'comment on la demande ?']);
    expect(text).not.toMatch(NOT_COVERED);
  });
});

/**
 * Round 18 (kind 2): a question the card just shown answers: the kind of value asked (a delay, an age, a date) is one
 * that answer gives ('@delay', '@age', '@date' of answer-words.ts), with nothing new around it: the answer again, led by
 * the sentence that gives it.
 */
describe('a value the last answer gives', () => {
  it.each([
    [['je peux commencer au CFA sans employeur ?', 'combien de temps je peux rester au CFA sans entreprise ?'], /3 mois/],
    [['on peut démarrer la formation sans patron ?', 'je peux rester combien de temps comme ça sans entreprise ?'], /3 mois/],
    [['mon contrat a été rompu, je peux rester au CFA ?', 'combien de temps je peux rester au CFA sans entreprise ?'], /6 mois/],
    [['je garde les allocations familiales si mon fils est apprenti ?', 'et ça s\'arrête à quel âge ?'], /20 ans/],
    [['les allocs familiales continuent si ma fille est en apprentissage ?', 'jusqu\'à quel âge ?'], /20 ans/],
  ])('%j', async (messages, expected) => {
    const { text } = await lastReply(messages);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text.split('\n')[0]).toMatch(expected);
  });

  it('"depuis quand ?" after the hiring aid: its dates', async () => {
    const { text } = await lastReply(['nous sommes une PME, quelle aide de l\'état pour embaucher un apprenti ?', 'depuis quand ?']);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/mars/);
  });

  it('a value asked about something else is a question of its own (near miss)', async () => {
    const { rule } = await lastReply(['je veux rompre mon contrat d\'apprentissage, comment faire ?', 'combien de temps dure la visite médicale d\'embauche ?']);
    expect(rule).not.toBe('answer-follow-up');
  });
});

/**
 * Round 18 (kind 3): before saying the last answer does not cover a follow-up that tells a lack ("pas d'employeur"),
 * the message is read as a question of its own, as on a first turn: a clear reading answers it.
 */
describe('a lack told, read as a question of its own', () => {
  it.each([
    [['je suis en terminale, parcoursup et apprentissage ça marche comment ?', 'et si j\'ai toujours pas d\'employeur en septembre ?']],
    [['Comment candidater à un BTS en alternance après le bac ?', 'Et si je n\'ai pas trouvé d\'employeur à la rentrée ?']],
  ])('%j', async (messages) => {
    const { text } = await lastReply(messages);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/sans employeur|3 mois/);
  });

  it('"et si j\'ai pas de RQTH ?" after the RQTH answer is still not covered (near miss)', async () => {
    const { text, rule } = await lastReply(['c\'est quoi la RQTH pour un apprenti ?', 'et si j\'ai pas de RQTH ?']);
    expect(rule).toBe('answer-follow-up');
    expect(text).toMatch(NOT_COVERED);
  });
});

/**
 * Round 18 (kind 4): "on peut le rallonger ?" after the failed exam got a neighbouring card: its first sentence says the
 * apprenticeship can be extended ("prolongé"), which "rallonger" means ('@extend' of answer-parts.ts): that answer.
 */
describe('a short follow-up the first sentence of the last answer holds', () => {
  it.each([
    [['j\'ai raté mon examen de CAP, qu\'est ce qui se passe ?', 'on peut le rallonger ?']],
    [['Mon fils a échoué à son BTS, que se passe-t-il pour son contrat ?', 'On peut le prolonger ?']],
    [['jai loupé mon diplome en apprentissage', 'et ca se rallonge ?']],
  ])('%j', async (messages) => {
    const { text } = await lastReply(messages);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/prolong/);
    expect(text).not.toMatch(/chômage/);
  });
});

describe('what the card just shown answers stays its answer', () => {
  it('"quelles conditions pour notre taille ?" after the hiring aid for 300 employees: that aid\'s card', async () => {
    const { text } = await lastReply(['on est 300 salariés, y a une aide pour embaucher un apprenti ?', 'quelles conditions pour notre taille ?']);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).toMatch(/250 salariés et plus/);
  });

  it('"si je lâche je perds tout ?" after the rupture: never the sick leave', async () => {
    const { text } = await lastReply(['je veux rompre mon contrat d\'apprentissage, comment faire ?', 'si je lâche je perds tout ?']);
    expect(text).not.toMatch(/arrêt maladie|arrêt de travail/i);
  });
});
