import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 22 (orientation kinds, own phrasings). Each block names the kind of failure it guards and keeps near misses
 * that must keep their current answer.
 */

/** A mayor speaks for a public employer: the State's hiring aid is not for them, as for "mairie" already. */
describe('a mayor or a public body asking the hiring aid gets the public-employer answer', () => {
  it.each([
    ["je suis maire d'une commune de la Manche, on a droit à l'aide si on embauche un apprenti ?"],
    ['en tant que maire, quelle aide pour prendre une apprentie aux espaces verts ?'],
    ["adjointe au maire : l'aide à l'embauche d'un apprenti, on peut la toucher ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/employeurs? publics?/);
    expect(text).not.toMatch(/5 000 €/);
  });

  it('a private firm keeps the amounts', async () => {
    const { text } = await lastReplyOf(["on est une entreprise de 10 salariés, l'aide à l'embauche d'un apprenti ?"]);
    expect(text).toMatch(/5 000 €/);
  });
});

/** Who the bot is, asked in SMS spelling or as "am I talking to…": the Région's automatic assistant, and how to reach a person. */
describe('who the bot is', () => {
  it.each([['salut t ki'], ['slt tes ki toi'], ['bonjour vous êtes qui ?'], ['je parle à un conseiller de la Région ?'], ['jparle a un robot la ?'], ["j'écris à qui là ?"]])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/robot/);
    expect(text).toMatch(/assistant (?:virtuel|automatique).*de la Région/);
    expect(text).toMatch(/0800 050 000/);
  });

  it.each([
    ['je veux parler à un conseiller', 'interruption'],
    ["c'est qui l'OPCO ?", 'term-defined'],
    ['salut', 'small-talk'],
  ])('near miss "%s" keeps its answer', async (message, rule) => {
    expect((await lastReplyOf([message])).rule).toBe(rule);
  });
});

/** A labour-market forecast or ranking: not in our sources; said so with who publishes it, never the field quiz alone. */
describe('which trades will recruit most', () => {
  it.each([
    ["quels métiers vont le plus recruter dans l'Orne l'an prochain ?"],
    ['c koi les metiers qui embauchent le plus en normandie'],
    ['Quels sont les secteurs en tension dans le Calvados ?'],
    ["dans quels domaines y aura le plus d'emplois à l'avenir ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('forecast-asked');
    expect(text).toMatch(/pas de prévisions/);
    expect(text).toMatch(/France Travail/);
  });

  it('a trade wished is not a forecast', async () => {
    expect((await lastReplyOf(['je veux un métier dans le bâtiment'])).rule).not.toBe('forecast-asked');
  });
});

/** A parent asking a child's marks: the bot cannot know them; the CFA can. */
describe("a child's marks or exam result", () => {
  it.each([
    ['pouvez-vous me dire la note de ma fille au CFA ?'],
    ['mon fils a eu combien à son examen ?'],
    ['je voudrais voir le bulletin de mon fils svp'],
    ['vous avez les résultats de ma fille en CAP coiffure ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('person-result-asked');
    expect(text).toMatch(/pas accès aux notes/);
    expect(text).toMatch(/CFA/);
  });

  it.each([['quelle moyenne faut-il pour avoir le CAP ?'], ["mon fils a raté son CAP, il peut refaire une année ?"]])('near miss "%s" is not a record asked', async (message) => {
    expect((await lastReplyOf([message])).rule).not.toBe('person-result-asked');
  });
});

/** A pupil below the 3e asking when they may start: the minimum age (15 once the 3e is finished, else 16). */
describe('a class below the 3e and "can I later?"', () => {
  it.each([
    ["je suis en 4e, je pourrai partir en apprentissage l'année prochaine ?"],
    ['jsuis en 5eme je pourrai faire une alternance plus tard'],
    ["je suis en quatrième, c'est possible de faire un apprentissage dès l'an prochain ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('class-below-third-start');
    expect(text).toMatch(/16 ans, ou 15 ans/);
  });

  it('a pupil in 3e keeps its answer', async () => {
    expect((await lastReplyOf(["j'ai 15 ans je sors de 3eme c bon ?"])).rule).not.toBe('class-below-third-start');
  });
});

/** An adult under the limit who wants to retrain as an apprentice: yes, up to 29 révolus, before any quiz. */
describe('an adult retraining through apprenticeship', () => {
  it.each([
    ["j'ai 25 ans, je suis vendeur, je veux me reconvertir en alternance"],
    ['27 ans caissiere reconversion en apprentissage possible ?'],
    ["J'ai 23 ans et je travaille en usine, j'aimerais changer de métier par l'apprentissage."],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('retraining-under-limit');
    expect(text).toMatch(/29 ans révolus/);
  });

  it.each([["je suis caissière, je veux changer"], ["j'ai 25 ans je veux me reconvertir en alternance comme boulanger"]])('near miss "%s" keeps its answer', async (message) => {
    expect((await lastReplyOf([message])).rule).not.toBe('retraining-under-limit');
  });
});

/** After the 3e, school not liked: the vocational paths with apprenticeship, not the quiz alone. */
describe('what after the 3e when one does not like school', () => {
  it.each([['ke fer apré la 3em si jaime pa lecole'], ["apres la troisieme j'en ai marre de l'école, je fais quoi ?"]])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/apprentissage/);
    expect(text).toMatch(/CAP/);
  });
});

/** A diploma held and "go up a level": what follows that diploma, not the places of the diploma held. */
describe('a diploma held and going up a level', () => {
  it.each([
    ["j'ai un CAP pâtissier, je veux monter en niveau"],
    ['g mon cap cuisine je voudrais passer au niveau au dessus'],
    ["J'ai obtenu mon CAP coiffure, je souhaite faire le niveau supérieur."],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    // "J'ai obtenu mon CAP" is also congratulated first (diploma-obtained), with the same entry.
    expect(['next-after-diploma', 'diploma-obtained']).toContain(rule);
    expect(text).toMatch(/Après un CAP/);
  });

  it('a diploma wished keeps its places', async () => {
    expect((await lastReplyOf(['je veux faire un CAP pâtissier'])).rule).not.toBe('next-after-diploma');
  });
});

/** "lequel tu me conseilles ?" after a list of diplomas: an honest answer (cannot choose, levels, the quiz), not the fallback. */
describe('which one do you advise, after a list', () => {
  it.each([['lequel tu me conseilles ?'], ['vous me recommandez lequel ?'], ['c quoi le mieux pour moi']])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf(['je veux être pâtissier', message]);
    expect(rule).toBe('choice-advice-asked');
    expect(text).toMatch(/pas choisir à (?:ta|votre) place/);
    expect(text).toMatch(/Trouver un métier/);
  });
});
