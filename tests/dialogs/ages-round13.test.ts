import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * A detail the last answer used, corrected in a whole sentence ("ah non pardon je me suis trompée, j'ai 17 ans"): the
 * same question is answered again with the corrected value, never "my sources do not cover this".
 */
describe('a detail corrected after an answer', () => {
  it.each([
    ["ah non pardon je me suis trompée, j'ai 17 ans", /À 17 ans/],
    ['dsl jme suis trompé jai 17ans', /À 17 ans/],
    ["Excusez-moi, je me suis trompé : il a 19 ans", /À 19 ans/],
    ['oups erreur de ma part, elle a 20 ans', /À 20 ans/],
  ])('the age, after the pay: "%s"', async (message, age) => {
    const c = await startConversation();
    await c.send("c'est combien le salaire d'un apprenti de 18 ans ?");
    const text = c.read(await c.send(message));
    expect(text).not.toMatch(/ne couvrent pas ce point/);
    expect(text).toMatch(age);
    expect((await c.data()).profile.age).toBe(Number(/\d+/.exec(age.source)![0]));
  });

  it('the contract year, after the pay', async () => {
    const c = await startConversation();
    await c.send("j'ai 18 ans, je suis en 1re année, je touche combien ?");
    const text = c.read(await c.send("ah non je me suis trompé, c'est ma 2e année de contrat"));
    expect(text).not.toMatch(/ne couvrent pas ce point/);
    expect(text).toMatch(/en 2e année/);
  });

  it('the town, after the places of a course', async () => {
    const c = await startConversation();
    await c.send('où faire un CAP boulanger vers Rouen ?');
    const text = c.read(await c.send("ah pardon je me suis trompée, c'est vers Caen que j'habite"));
    expect(text).not.toMatch(/ne couvrent pas ce point/);
    expect(text).toMatch(/Caen/);
  });
});

/**
 * A parent or an employer who tells their own age and the young person's: the young person's drives the pay and the
 * age rules, the speaker's is kept beside it and never overwrites it, whichever comes first.
 */
describe("one age per person: the speaker's and the young person's", () => {
  it.each([
    ["j'ai 45 ans et mon fils en a 13", 13, 45, /À 13 ans, on ne peut pas encore signer/],
    ["je suis une boîte, mon futur apprenti a 17 ans, moi j'en ai 52", 17, 52, /À 17 ans/],
    ["Bonjour, j'ai 52 ans et je voudrais embaucher une apprentie de 16 ans, je la paie combien ?", 16, 52, /À 16 ans/],
    ['jai 45 ans mon fils 17 ans il gagnerait cmb en apprentissage', 17, 45, /À 17 ans/],
    ["ma fille a 18 ans et moi j'ai 47 ans, elle toucherait combien en apprentissage ?", 18, 47, /À 18 ans/],
  ])('"%s"', async (message, age, ownAge, answer) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(new RegExp(`À ${ownAge} ans`));
    const { profile } = await c.data();
    expect(profile.age).toBe(age);
    expect(profile.ownAge).toBe(ownAge);
  });

  it("a mother's own age alone is not her child's: the pay asks the child's", async () => {
    const c = await startConversation();
    const text = c.read(await c.send("je suis maman, j'ai 45 ans, combien gagnerait ma fille en apprentissage ?"));
    expect(text).not.toMatch(/À 45 ans/);
    expect(text).toMatch(/Quel âge a votre enfant/);
    expect((await c.data()).profile.age).toBeUndefined();
  });

  it("an employer's own age does not make the apprentice eligible to the aid for job seekers of 45 and over", async () => {
    const c = await startConversation();
    const text = c.read(await c.send("j'ai 50 ans et j'embauche un jeune de 20 ans en contrat pro, quelles aides ?"));
    expect(text).not.toMatch(/45 ans et plus/);
    expect((await c.data()).profile.age).toBe(20);
  });

  it('the young person who speaks of themself keeps their age', async () => {
    const c = await startConversation();
    expect(c.read(await c.send("j'ai 19 ans, je gagnerais combien en apprentissage ?"))).toMatch(/À 19 ans/);
    expect((await c.data()).profile.ownAge).toBeUndefined();
  });
});

/**
 * The pay of a contrat de professionnalisation for someone without a bac-level qualification: the bac is not held
 * when the person says they have not got it, and before the age is known the contrat pro's own rule is given (its
 * percentages for that level), never the apprentice's.
 */
describe('the contrat pro pay without the bac', () => {
  it.each([
    ["contrat pro sans le bac, c'est combien ?", /contrat de professionnalisation/, /55 %/],
    ["je n'ai pas le bac, en contrat pro je serais payé combien ?", /contrat de professionnalisation/, /55 %/],
    ['Quel salaire en contrat de professionnalisation sans le bac ?', /contrat de professionnalisation/, /55 %/],
  ])('"%s": the contrat pro rule, then the age asked', async (message, rule, percent) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(rule);
    expect(text).toMatch(percent);
    expect(text).not.toMatch(/salaire minimum d'un apprenti/);
    expect(text).toMatch(/21 à 25 ans : 70 %/);
    expect(text).toMatch(/Quel âge/);
    expect((await c.data()).profile.levelHeld).toBeLessThan(4);
  });

  it('with the age, the figure of the row without the bac only', async () => {
    const c = await startConversation();
    const text = c.read(await c.send("j'ai 22 ans sans le bac, en contrat pro c'est combien ?"));
    expect(text).toMatch(/Sans bac professionnel/);
    expect(text).not.toMatch(/Avec un bac professionnel ou plus/);
  });
});

/**
 * A minor's working hours, night work, overtime or dangerous work told with an age: a labour-law question, with the
 * age as its context, never the pay grid (blind set 10). Already answered so at the base of round 13: kept as a guard.
 */
describe('an age told in a labour-law situation is not a pay question', () => {
  it.each([
    ["mon apprentie de 16 ans peut faire la fermeture jusqu'à 23 h 30 ?", /nuit|22 h/],
    ['jai 17 ans et je taf 44h par semaine cest normal', /35 heures|heures supplémentaires/],
    ['Notre fils de 16 ans fait des heures sup tous les samedis, est-ce autorisé ?', /heures supplémentaires/],
    ["j'ai 16 ans, mon patron veut que j'utilise une machine dangereuse", /dangereux/],
  ])('"%s"', async (message, rule) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(rule);
    expect(text).not.toMatch(/voici (?:ton|le|votre) salaire minimum|salaire minimum d'un apprenti est/);
  });
});
