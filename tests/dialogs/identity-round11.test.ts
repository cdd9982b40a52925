import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Round 11: "who am I talking to?" in other words, and while a question of the bot waits, gets the honest answer
 * (a robot, with the free line and a callback), never the waiting question's "je n'ai pas compris" nor the
 * adviser's card; the question waiting comes back after it.
 */
describe("the bot's identity, asked in other words and at any point", () => {
  const ROBOT = /je suis un robot/;

  it.each([
    ['mon fils a 16 ans, il sait pas quoi faire', 'vous êtes un robot ?', /intéresse votre enfant/],
    ['combien je serai payé', "t'es une IA ?", /Quel âge as-tu/],
    ['je cherche une formation', 'c un vrai humain qui repond ?', /formation/],
  ])('asked while a question waits (%s), then the question again: %s', async (first, identity, question) => {
    const c = await startConversation();
    await c.send(first);
    expect((await c.data()).awaiting).toBeDefined();
    const r = c.read(await c.send(identity));
    expect(r).toMatch(ROBOT);
    expect(r).toMatch(/0800 050 000/);
    expect(r).not.toMatch(/pas reconnu|pas compris/);
    expect(r).toMatch(question);
  });

  it.each([
    ['vous êtes conseiller ou un robot ?'],
    ['c un bot ou pas'],
    ['je parle à qui là ?'],
    ['vous êtes une vraie conseillère ?'],
  ])('asked in other words, after an answer: %s', async (text) => {
    const c = await startConversation();
    await c.send("combien gagne un apprenti de 17 ans");
    const r = c.read(await c.send(text));
    expect(r).toMatch(ROBOT);
    expect(r).not.toMatch(/Donne-lui ta référence|Donnez-lui votre référence/);
  });
});
