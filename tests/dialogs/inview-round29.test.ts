import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const NOT_COVERED = /Mes sources ne couvrent pas|Ma réponse précédente ne couvre pas|Voici ce que je sais faire|Je n'ai pas bien compris/;

const play = (...messages: string[]): Promise<{ text: string; rule: string | undefined }> => lastReplyOf(messages);

/**
 * Round 29 (review 19, issue 11): a short follow-up whose distinctive words are in the card in view, or in an entry it
 * points to or a notion it uses, is answered from there before any "my sources do not cover this" (in-view-entry.ts).
 */
describe('a follow-up answered from what is in view', () => {
  const LARGE_FIRM_AID = [
    ['on a 300 salariés, quelle aide pour embaucher un apprenti en bac pro ?', "c'est quoi cet engagement exactement ?"],
    ['PME de 320 salariés, quelle aide pour un apprenti en BTS ?', "en quoi consiste l'engagement demandé aux boîtes de notre taille ?"],
    ['on a 300 salariés, quelle aide pour embaucher un apprenti en bac pro ?', 'lengagement ca consiste en koi'],
    ['entreprise de 260 personnes, aide pour un apprenti en CAP ?', "ça veut dire quoi le seuil d'alternants ?"],
    ['entreprise de 260 personnes, aide pour un apprenti en CAP ?', "vous pouvez m'expliquer l'engagement ?"],
  ];
  it.each(LARGE_FIRM_AID)('"%s" then "%s": the commitment of the hiring aid', async (first, follow) => {
    const { text, rule } = await play(first, follow);
    expect(text).toMatch(/seuil d'alternants/);
    expect(text).not.toMatch(NOT_COVERED);
    expect(rule).toBe('answer-in-view');
  });

  const AMICABLE = [
    ['Mon apprenti ne vient plus travailler depuis une semaine sans prévenir. Que puis-je faire ?', 'Il est chez nous depuis 4 mois. Puis-je rompre son contrat ?', "Qui peut nous aider à trouver une solution à l'amiable ?"],
    ['Mon apprentie ne vient plus depuis dix jours sans nouvelles, que faire ?', 'Elle est là depuis 6 mois, on peut rompre ?', "qui peut nous aider à régler ça à l'amiable ?"],
    ['mon patron veut rompre mon contrat je suis la depuis 3 mois', 'une solution a lamiable c possible avec qui ?'],
  ];
  it.each(AMICABLE)('a rupture, then an amicable way asked: the apprenticeship mediator (%s)', async (...messages) => {
    const { text } = await play(...messages);
    expect(text).toMatch(/médiateur de l'apprentissage/);
    expect(text).not.toMatch(NOT_COVERED);
  });

  // Near misses: a subject nothing in view writes keeps its honest answer.
  it.each([
    ['mon patron veut rompre mon contrat je suis la depuis 3 mois', "et les journées portes ouvertes du cfa c'est quand ?"],
    ["j'ai droit à combien de congés payés en apprentissage ?", "et pour le mariage de ma soeur j'ai des jours ?"],
  ])('"%s" then "%s" stays not covered', async (first, follow) => {
    const { text, rule } = await play(first, follow);
    expect(text).toMatch(NOT_COVERED);
    expect(rule).not.toBe('answer-in-view');
  });

  it('a pass rate asked after the aid stays unknown', async () => {
    const { text, rule } = await play('Nous sommes une PME de 320 salariés. Quelle aide pour recruter un apprenti en BTS ?', 'quel est le taux de réussite au BTS à Évreux ?');
    expect(text).toMatch(/Je n'ai pas cette information/);
    expect(rule).not.toBe('answer-in-view');
  });
});

/**
 * Round 29 (review 19, P3): a request for help that names nothing, after an answer to a situation at work, gets who can
 * act on it (help-after-situation.ts): for a minor's working time, the steps of the entry on hours not respected (the
 * CFA, the mediator, the labour inspectorate, the free line); for an adult, the labour inspectorate; after a rupture, the
 * mediator. Never the menu of what the bot does.
 */
describe('help asked after a situation at work', () => {
  const MINOR_HOURS = [
    ['Mon fils a 16 ans et demi, il est apprenti dans un restaurant à Deauville et finit souvent vers minuit. Est-ce légal ?', 'Il travaille aussi tous les dimanches et les jours fériés.', 'Concrètement, que pouvons-nous faire ?'],
    ["j'ai 17 ans je bosse tous les dimanches c normal ?", 'on fait quoi concretement ?'],
    ["j'ai 17 ans je bosse tous les dimanches c normal ?", 'vers qui je me tourne ?'],
    ['Notre fille de 16 ans travaille 45 heures par semaine, est-ce normal ?', 'Que peut-on faire dans ce cas ?'],
    ["j'ai 17 ans je bosse tous les dimanches c normal ?", 'je fais quoi alors ?'],
    ['jai 16 ans et mon patron me fait travailler le dimanche', 'quels sont nos recours ?'],
  ];
  it.each(MINOR_HOURS)('a minor: whom to turn to (%s)', async (...messages) => {
    const { text, rule } = await play(...messages);
    expect(text).toMatch(/médiateur de l'apprentissage/);
    expect(text).toMatch(/inspection du travail/);
    expect(text).not.toMatch(NOT_COVERED);
    expect(rule).toBe('help-after-situation');
  });

  it('an adult working at night: the labour inspectorate', async () => {
    const { text, rule } = await play("j'ai 25 ans, mon patron me fait travailler la nuit, c'est autorisé ?", "qu'est-ce qu'on peut faire ?");
    expect(text).toMatch(/inspection du travail/);
    expect(rule).toBe('help-after-situation');
  });

  it.each([['qui peut m\'aider ?'], ['vers qui se tourner ?']])('after a rupture, "%s": the mediator', async (follow) => {
    const { text } = await play('mon patron veut me virer après 2 mois de contrat', follow);
    expect(text).toMatch(/médiateur de l'apprentissage/);
    expect(text).not.toMatch(NOT_COVERED);
  });

  // Near misses: not after a situation at work, the request keeps its current answer.
  it('after a trade, "que puis-je faire ?" is not sent to the labour inspectorate', async () => {
    const { rule } = await play('je veux etre boulanger', 'que puis-je faire ?');
    expect(rule).not.toBe('help-after-situation');
  });

  it('after the paid holidays, "vers qui se tourner ?" is not the mediator', async () => {
    const { rule } = await play("j'ai droit à combien de congés payés en apprentissage ?", 'vers qui se tourner ?');
    expect(rule).not.toBe('help-after-situation');
  });
});

/**
 * Round 29 (review 19, J4): "does it concern me?" with an age told, about an entry whose answer gives one age range
 * (the Missions Locales: 16 to 25): yes or no first, then the entry (age-in-range.ts), not "not covered".
 */
describe('an age told against the range of the entry asked', () => {
  it.each([
    [['bonjour je suis inscrite en bts mco a caen mais jai toujours pas trouvé d entreprise', 'ok et je cherche les offres ou ?', 'jai 22 ans la mission locale ça me concerne ?'], 'Oui : 22 ans'],
    [["j'ai 19 ans, la mission locale c'est pour moi ?"], 'Oui : 19 ans'],
    [['mon fils a 17 ans, la mission locale peut-elle le suivre, c est pour lui ?'], 'Oui : 17 ans'],
    [["c'est quoi une mission locale ?", "j'ai 24 ans ça me concerne ?"], 'Oui : 24 ans'],
    [['à 27 ans je peux aller à la mission locale ?'], 'Non : 27 ans'],
    [['jai 30 ans la mission locale c pour moi ?'], 'Non : 30 ans'],
  ])('%j', async (messages, lead) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(text).toContain(lead);
    expect(text).toMatch(/16 (?:à|et) 25 ans/);
    expect(text).not.toMatch(NOT_COVERED);
    expect(text).not.toMatch(/ne donnent pas de règle à part/);
    expect(rule).toBe('age-in-entry-range');
  });

  it('an age with no "for me?" keeps its current reading (the pay at that age)', async () => {
    const { rule } = await lastReplyOf(["j'ai 22 ans, l'apprentissage c'est pour moi ?"]);
    expect(rule).not.toBe('age-in-entry-range');
  });
});

/**
 * Integration (round 29): "quelles aides pour moi ?" with an age is a question of what, not "does it concern me"
 * (age-in-range.ts WHAT_ASKED); and a follow-up answered from the card just shown gets that card's sentence, not the
 * card again (faq-answer.ts, entryShownJustBefore).
 */
describe('integration: what is asked, and the card in view not sent twice', () => {
  it.each([
    ["j'ai 20 ans je suis en contrat pro, quelles aides pour moi ?"],
    ["j'ai 19 ans, quels sont les avantages pour moi ?"],
  ])('%s is not read as "ça me concerne ?"', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('age-in-entry-range');
  });

  it('a follow-up answered from the card just shown gets its sentence, without the card again', async () => {
    const { text, rule } = await lastReplyOf(["combien de temps dure la période d'essai ?", "faut prévenir quelqu'un ?"]);
    expect(rule).toBe('answer-in-view');
    expect(text).toMatch(/CFA/);
    expect(text).not.toMatch(/C'est quoi la période d'essai/);
  });
});
