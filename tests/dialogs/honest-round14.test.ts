import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** "17a", "17 a", "17ans": the SMS shortenings of an age answer the question "Quel âge as-tu ?" like "17 ans". */
describe('an age told in SMS spelling', () => {
  it.each(['17a', '17 a', '17ans', 'moi 17a'])('"%s" after the pay question', async (message) => {
    const c = await startConversation();
    await c.send('combien gagne un apprenti ?');
    const text = c.read(await c.send(message));
    expect(text).toMatch(/À 17 ans/);
    expect((await c.data()).profile.age).toBe(17);
  });

  it('"17 avril" is a date, not an age', async () => {
    const c = await startConversation();
    await c.send('mon contrat commence le 17 avril');
    expect((await c.data()).profile.age).toBeUndefined();
  });
});

/**
 * "c'est qui eux ?", "c quoi ça ?" right after an answer naming an organisation (the OPCO, the Mission Locale, the
 * CFA): what that organisation is, from its definition entry; never "yes, I am a robot".
 */
describe('who "they" are, after an answer naming an organisation', () => {
  it.each(["c'est qui eux ?", 'c qui eux', 'ils sont qui ?', 'Qui sont-ils ?'])('"%s" after the OPCO was named', async (message) => {
    const c = await startConversation();
    await c.send('qui paie la formation ?');
    const text = c.read(await c.send(message));
    expect(text).toMatch(/OPCO \(opérateur de compétences\)/);
    expect(text).not.toMatch(/robot/);
  });

  it.each(["c'est qui l'OPCO ?", "c'est qui la mission locale ?"])('"%s" asks what it is, not who the bot is', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).not.toMatch(/robot/);
    expect(text).toMatch(/OPCO|Mission Locale/);
  });
});

/** "t'es un vrai conseiller ?": the bot says it is an automatic assistant, not a person, with the human options. */
describe('asked whether a real adviser writes', () => {
  it.each([
    ['t un vrai conseiller ou pas ?', /appelle le 0800 050 000/],
    ["t'es une vraie personne ?", /appelle le 0800 050 000/],
    ['Vous êtes un vrai conseiller ?', /appelez le 0800 050 000/],
    ['tu es humain ou quoi', /appelle le 0800 050 000/],
  ])('"%s"', async (message, line) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/assistant automatique \(pas une personne\)/);
    expect(text).toMatch(line);
  });

  it('"je veux parler à un vrai conseiller" is still the way to an adviser', async () => {
    const c = await startConversation();
    const text = c.read(await c.send('je veux parler à un vrai conseiller'));
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/assistant automatique/);
  });
});

/**
 * Figures and judgements about a place the knowledge does not hold (results, class sizes, boarding, ratings): said
 * so, with the place itself and the free line as who knows; never the list of places as if it answered.
 */
describe('a figure about a place that the knowledge does not hold', () => {
  it.each([
    "c'est quoi le taux de réussite du CFA ?",
    "combien d'élèves par classe ?",
    'le cfa a un internat ?',
    'il est serieux ce cfa ?',
    'vous avez des avis sur le lycée ?',
  ])('"%s" after the places of a course', async (message) => {
    const c = await startConversation();
    await c.send('CAP cuisine à Caen');
    const text = c.read(await c.send(message));
    expect(text).toMatch(/Je n'ai pas cette information/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/le lieu le plus proche/);
  });

  it('"c\'est bien noté, merci" is a thanks, not a question about a place', async () => {
    const c = await startConversation();
    await c.send('CAP cuisine à Caen');
    const text = c.read(await c.send("c'est bien noté, merci"));
    expect(text).not.toMatch(/Je n'ai pas cette information/);
  });
});

/**
 * An aid asked about by a name no aid of the knowledge has ("la prime Normandie Apprentis 2026"): said to be unknown
 * by that name, with the free line and the way to the aids that exist; never another aid's card, never the list as if
 * it were that aid.
 */
describe('an aid named by a name we do not know', () => {
  it.each([
    ['c quoi la prime Normandie Apprentis 2026 ?', 'Normandie Apprentis 2026'],
    ["j'ai droit à la prime Normandie Apprentis 2026 de 2000 € ?", 'Normandie Apprentis 2026'],
    ["l'aide Jeunes Talents Normands, c'est pour moi ?", 'Jeunes Talents Normands'],
    ['Vous connaissez le chèque Avenir Apprenti ?', 'Avenir Apprenti'],
  ])('"%s"', async (message, name) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toContain(`Je ne connais pas d'aide qui s'appelle « ${name} »`);
    expect(text).toMatch(/0800 050 000/);
  });

  it.each(["l'aide Mobili-Jeune c'est combien ?", 'quelles sont les aides de la Région Normandie ?'])('"%s" is not unknown', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).not.toMatch(/Je ne connais pas d'aide/);
  });
});
