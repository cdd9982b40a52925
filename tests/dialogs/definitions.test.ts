import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/** What apprenticeship and a CFA are: two entries the FAQ lacked (a basic question fell back). Phrasings of the team. */
describe('definitions', () => {
  it.each([
    ["Qu'est-ce qu'un contrat d'apprentissage exactement ?", /un métier en alternance|formation en alternance/],
    ["ma fille parle d'alternance, c'est quoi le principe ?", /un métier en alternance|formation en alternance/],
    ["c'est quoi un cfa", /centre de formation d'apprentis/],
  ])('"%s"', async (text, expected) => {
    const c = await startConversation();
    expect(read(await c.send(text))).toMatch(expected);
  });
});
