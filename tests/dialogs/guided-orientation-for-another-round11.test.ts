import { describe, expect, it } from 'vitest';
import { startConversation, type Conversation } from './harness.js';

/**
 * Round 11: a parent, an educator or an adviser who starts the guided orientation for a young person reaches the
 * trades: each detail is asked once, what was told already is used (the young person's age, level, interests), a
 * level told in everyday words ("il a pas de diplôme", "elle passe son brevet", "il a arrêté l'école") is taken,
 * and the speaker's own job ("je suis éducatrice") is neither the trade nor the interest looked for.
 */
const TRADES = /Voici des métiers qui pourraient/;
const LEVEL_ASKED = /Quel niveau d'études|niveau qui correspond/g;

async function play(messages: readonly string[]): Promise<{ c: Conversation; all: string; last: string }> {
  const c = await startConversation();
  let all = '';
  let last = '';
  for (const m of messages) {
    last = c.read(await c.send(m));
    all += `\n${last}`;
  }
  return { c, all, last };
}

describe('guided orientation led by a parent or an adviser', () => {
  it.each([
    [['mon fils a 16 ans, il sait pas quoi faire', 'il aime le sport', 'il passe son brevet cette année', 'Caen']],
    [['Bonjour, ma fille a 17 ans et ne sait pas quoi faire', 'elle aime les animaux', "elle a arrêté l'école", 'Bayeux']],
    [['mon gamin 16ans sait pa koi faire', 'la mecanique', 'il a pas de diplome', 'Evreux']],
    [['mon fils a 18 ans il sait pas quoi faire', 'la cuisine', "il a pas eu son bac", 'Lisieux']],
  ])('a parent: the level is asked once and the quiz ends with trades: %j', async (messages) => {
    const { c, all, last } = await play(messages);
    expect(all.match(LEVEL_ASKED)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(last).toMatch(TRADES);
    expect(all).not.toMatch(/\b(?:tu|te|ton|ta)\b/);
    expect((await c.data()).profile.levelHeld).toBe(2);
  });

  it.each([
    [['je suis éducatrice, j\'accompagne un jeune de 17 ans qui sait pas quoi faire', 'il aime la cuisine', 'il a pas de diplome', 'Caen'], 'cuisine'],
    [['Je suis conseiller, un jeune de 19 ans ne sait pas quoi faire', 'il aime bricoler', 'aucun diplôme', 'Saint-Lô'], 'bricolage'],
    [['je suis CPE, une élève de 15 ans veut trouver un métier', 'les animaux', 'elle est en 3e', 'Rouen'], 'animaux'],
  ])('an educator or adviser: their own job is not the interest, and the quiz ends with trades: %j', async (messages, interest) => {
    const { c, all, last } = await play(messages);
    const first = await startConversation();
    await first.send(messages[0] as string);
    const told = (await first.data()).profile;
    expect(told.interests ?? []).toEqual([]);
    expect(told.tradeCode).toBeUndefined();
    expect(all.match(LEVEL_ASKED)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(last).toMatch(TRADES);
    expect((await c.data()).profile.interests).toEqual([interest]);
  });

  it('an adviser who tells the age, the interest and the level at once is asked only the town', async () => {
    const { last } = await play(["j'accompagne une jeune de 17 ans qui aime dessiner, elle a quitté le lycée en seconde"]);
    expect(last).toMatch(/Dans quelle ville/);
    expect(last).not.toMatch(/Quel âge|Quel niveau/);
  });

  it('a level told while the age is asked is kept: the level is never asked, the quiz ends with trades', async () => {
    const { c, all, last } = await play(['mon fils sait pas quoi faire', 'il aime les voitures', "il a aucun diplôme", '16', 'Vire']);
    expect(all).not.toMatch(LEVEL_ASKED);
    expect(last).toMatch(TRADES);
    expect((await c.data()).profile.levelHeld).toBe(2);
  });

  it('a parent whose child likes working with their hands gets the hands-on trades', async () => {
    const { c } = await play(['mon fils ne sait pas quoi faire', 'il aime bien travailler avec ses mains']);
    expect((await c.data()).profile.interests).toEqual(['bricolage']);
  });
});
