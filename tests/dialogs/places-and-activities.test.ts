import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Round 8: places and trades in everyday words. A town outside Normandy inside a question about courses, a diploma
 * "pas loin de" a Normandy town, "c'est où en Normandie ?" after a course, and a trade told by what one does.
 * Phrasings are ours, none of them in the training data.
 */
const OUTSIDE = /n'est pas en Normandie/;

describe('a town outside Normandy inside a question about courses', () => {
  it.each([
    ['vous connaissez des écoles en alternance à Toulouse ?', 'Toulouse'],
    ['je pars vivre a montpellier, y a des cfa pour etre mecanicien la bas', 'Montpellier'],
    ["mon neveu s'installe a Grenoble, il y a des centres de formation en apprentissage ?", 'Grenoble'],
    ['je demenage sur Dijon, des formations en alternance pour la vente ca existe ?', 'Dijon'],
  ])('"%s" → what we cover first', async (text, town) => {
    const c = await startConversation();
    const answer = read(await c.send(text));
    expect(answer).toMatch(OUTSIDE);
    expect(answer).toContain(town);
    expect(answer).toMatch(/La bonne alternance/);
    expect(answer).not.toMatch(/Quel âge|Quel métier|niveau d'études/);
  });

  it('a question that is not about courses keeps its own answer', async () => {
    const c = await startConversation();
    const answer = read(await c.send('je vis à Lyon, combien gagne un apprenti de 19 ans en première année ?'));
    expect(answer).not.toMatch(OUTSIDE);
  });
});
