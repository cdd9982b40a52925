import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * The verb "arrêter" said of a contract or an apprenticeship, or in "si … arrête", is leaving (the rupture entries),
 * not the noun "arrêt" of a sick leave (round 12).
 */
describe('"s\'il arrête" is leaving, not a sick leave (round 12)', () => {
  it.each([
    ["il pourra rester au CFA s'il arrête ?", /CFA|formation/],
    ["si j'arrête mon contrat je perds quoi ?", /contrat|rupture|CFA/],
    ['et si elle arrete son apprentissage elle garde sa place au cfa', /CFA|formation/],
    ['Si notre apprenti arrête son contrat, peut-il rester dans son CFA ?', /CFA|formation/],
  ])('"%s": a rupture entry, not the sick leave', async (message, answer) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/arrêt de travail|indemnités journalières|liquid/);
  });

  it('a sick leave told with the noun still gets the sick-leave entry', async () => {
    const c = await startConversation();
    const text = read(await c.send('je suis en arrêt maladie, je dois prévenir qui ?'));
    expect(text).toMatch(/arrêt de travail/);
  });
});
