import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Round 13: a place search keeps the course named. A field of work named with a kind of diploma ("un CAP vente") is
 * the courses of that kind for the field's trades (the CAP équipier polyvalent du commerce), not the agricultural CAP
 * whose title says "vente" 86 km away, nor the trade talked about before; a town added next keeps that course.
 */
describe('a field named with a kind of diploma is the course searched', () => {
  it.each([
    [['je cherche un CAP vente vers Cherbourg']],
    [['je veux être cuisinier', 'un cap vente du coté de cherbourg stp']],
    [['Bonjour, je souhaiterais préparer un CAP dans la vente, vers Cherbourg.']],
    [['jcherche cap vente', 'cherbourg']],
  ])('%j', async (messages) => {
    const c = await startConversation();
    let text = '';
    for (const m of messages) text = read(await c.send(m));
    expect(text).toMatch(/équipier polyvalent du commerce/);
    expect(text).not.toMatch(/agricole|cuisin/i);
    expect(text).toMatch(/Cherbourg-en-Cotentin \(< 1 km\)/);
  });

  it.each([['et vers Lisieux ?'], ['et a lisieux'], ['Et du côté de Lisieux ?']])('the town added next keeps it: "%s"', async (next) => {
    const c = await startConversation();
    await c.send('je veux être cuisinier');
    await c.send('je cherche un CAP vente vers Cherbourg');
    const text = read(await c.send(next));
    expect(text).toMatch(/Lisieux/);
    expect(text).toMatch(/équipier polyvalent du commerce/);
    expect(text).not.toMatch(/cuisin/i);
  });

  it('a field with another kind of diploma: "un bac pro dans la mécanique près d\'Évreux"', async () => {
    const c = await startConversation();
    const text = read(await c.send("un bac pro dans la mécanique près d'Évreux"));
    expect(text).toMatch(/Bac pro/);
    expect(text).toMatch(/maintenance des véhicules|mécanique/i);
  });

  it('a trade named after the field replaces it: "CAP vente" then "plutôt boulanger"', async () => {
    const c = await startConversation();
    await c.send('je cherche un CAP vente vers Cherbourg');
    const text = read(await c.send('un CAP boulanger plutôt, vers Cherbourg'));
    expect(text).toMatch(/boulanger/i);
    expect(text).not.toMatch(/équipier polyvalent/);
  });
});

/** Round 13: the places for a trade are those of its field's diplomas, not of a diploma linked to it loosely. */
describe("a trade's places are those of its field's diplomas", () => {
  it.each([["je veux être infirmier, c'est où près de Caen ?"], ['infirmière vers caen']])('%s', async (ask) => {
    const c = await startConversation();
    const text = read(await c.send(ask));
    expect(text).not.toMatch(/philosophie/i);
  });
});

/**
 * Round 13: a field denied and another named right after a list of places ("pas de la maintenance, de la cuisine")
 * is the same search for the field named, never for the one denied, nor the trade card or the interests quiz.
 */
describe('a correction of the field after a list of places', () => {
  it.each([
    ['un CAP cuisine près de Caen', 'pas de la cuisine, de la vente', /équipier polyvalent du commerce/, /cuisine/i],
    ['je cherche un bac pro maintenance vers Caen', 'non pas la maintenance, de la cuisine', /cuisin/i, /maintenance/i],
    ['un cap vente vers caen svp', 'nan pas la vente plutot la cuisine', /cuisin/i, /commerce|vente/i],
  ])('"%s", then "%s"', async (first, correction, wanted, denied) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(correction));
    expect(c.rule()).toBe('course-corrected');
    expect(text).toMatch(/près de Caen/);
    expect(text).toMatch(wanted);
    expect(text.split('\n')[0]).not.toMatch(denied);
  });

  it('"je sais pas, la cuisine peut-être" still names the cuisine', async () => {
    const c = await startConversation();
    await c.send("je sais pas quoi faire");
    expect(read(await c.send('je sais pas, la cuisine peut-être'))).toMatch(/cuisin/i);
  });
});
