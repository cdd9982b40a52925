import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

const recognizer = createRecognizer();
const read = async (text: string) => recognizer.understand(text, (await sharedKnowledge()).current, { maxChars: 2000, today: '2026-11-27' });

/** Round 15: a field denied is not scored; the one wanted beside it is, and the denied one is told as such. */
describe('fields denied', () => {
  it.each([
    ['surtout pas un bureau, je veux être dehors', ['nature'], ['gestion_bureau']],
    ['pas dans la vente', [], ['vente']],
    ['surtout pas la vente, ça me plaît pas', [], ['vente']],
    ['jveux pas de cuisine, plutot les animaux', ['animaux'], ['cuisine']],
  ])('"%s"', async (text, wanted, denied) => {
    const u = await read(text);
    expect(u.facts.interests).toEqual(wanted);
    expect(u.facts.deniedInterests).toEqual(denied);
  });

  it.each([["j'ai pas de voiture pour aller au CFA"], ['je sais pas, la cuisine peut-être'], ['il a pas de garage']])('"%s" denies no field', async (text) => {
    expect((await read(text)).facts.deniedInterests).toBeUndefined();
  });
});
