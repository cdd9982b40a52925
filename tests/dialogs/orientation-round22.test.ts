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
