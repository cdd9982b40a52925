import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 23 (review 15, J7): when nothing is within 20 km, the widening stopped at the first radius holding one place
 * (40 km), and a place a few kilometres further was cut. Once widening, the search goes on until it has a few places
 * to compare; a place within 20 km is still enough on its own.
 */
describe('nearest places: widening gives a few places to compare', () => {
  it.each([
    ["CAP boulanger en apprentissage autour de Pont-l'Évêque"],
    ['jveu faire boulangerie, chui a lisieux, ya quoi comme cfa'],
    ['Où mon fils peut-il se former au métier de boulanger ? Nous habitons Lisieux.'],
  ])('"%s" lists more than the first place past 20 km', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/Le Havre, \d+ km/);
    expect(text).toMatch(/Caen, \d+ km/);
    expect(text).toMatch(/dans un rayon de 100 km/);
  });

  it('a place within 20 km is still the answer on its own (near miss)', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('je veux être boulanger, j’habite à Honfleur')));
    expect(text).toMatch(/Le Havre, 1\d km/);
    expect(text).not.toMatch(/Rien à moins de 20 km/);
  });

  it('a place far away keeps its "within 100 km" wording, not "nothing within 100 km"', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send("je voudrais devenir coiffeuse, j'habite à Vire")));
    expect(text).toMatch(/Caen, 5\d km/);
    expect(text).not.toMatch(/Rien à moins de 100 km/);
  });
});
