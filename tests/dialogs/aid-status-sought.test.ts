import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/**
 * Someone who asks about apprenticeship may still be looking for a contract: an aid for young people without a job
 * or training (the CEJ) is not declared "not for you" because the word "apprentissage" was said (review 3 found it
 * for an adviser's 23-year-old without job or training).
 */
describe('an aid for people without job or training, asked about by someone seeking an apprenticeship', () => {
  it.each([
    [
      "je suis conseillère, j'accompagne un jeune de 23 ans sans emploi qui cherche une formation en apprentissage",
      'il peut avoir le CEJ en attendant ?',
    ],
    ["j'ai 20 ans je cherche un apprentissage en cuisine", 'et le contrat d engagement jeune je peux l avoir ?'],
  ])('%s → %s', async (first, question) => {
    const c = await startConversation();
    await c.send(first);
    const answer = c.read(await c.send(question));
    expect(answer).toMatch(/engagement jeune/i);
    expect(answer).not.toMatch(/ne s'applique pas|pas pour cette situation/);
    expect(answer).toMatch(/sans emploi ni formation/);
  });
});

/**
 * Someone who says they are an apprentice already is not someone without a job or training: the CEJ is not in their
 * aids (code-blind review 7, J05 and P05: listed to an apprentice).
 */
describe('an apprentice already asks for their aids', () => {
  it.each([
    "j'ai droit à quelles aides ? je suis apprenti, j'ai 18 ans",
    'jsuis deja en apprentissage jai 19 ans, y a quoi comme aides pour moi',
  ])('"%s": no CEJ in the list', async (text) => {
    const c = await startConversation();
    const answer = c.read(await c.send(text));
    expect(answer).toMatch(/aides qui peuvent te concerner/);
    expect(answer).not.toMatch(/engagement jeune/i);
  });
});
