import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/** "rien de plus près ?" after a list of places: the same search, so the answer says so, with the first place's distance. */
describe('asking for a nearer place after a list (round 10)', () => {
  it.each([
    ['je voudrais un cap boulanger', 'vers Vire', 'y a rien de plus près ?', /CFA CIFAC, à Caen \(55 km\)/],
    ['Bonjour, notre fils cherche un CAP cuisine', 'nous sommes à Évreux', 'il n y a pas plus proche ?', /à Louviers \(22 km\)/],
    ['cap pâtissier svp', 'Vire', 'et plus près ?', /à Caen \(55 km\)/],
  ])('"%s", "%s", then "%s"', async (first, town, nearer, place) => {
    const c = await startConversation();
    await c.send(first);
    const listed = read(await c.send(town));
    expect(listed).toMatch(place);
    const text = read(await c.send(nearer));
    expect(text).toMatch(/^Non, il n'y a rien de plus près/);
    expect(text).toMatch(place);
    expect(text).not.toMatch(/< 1 km/);
  });

  it('"le plus proche" in a first request is that request, not "nothing nearer"', async () => {
    const c = await startConversation();
    await c.send('je veux faire un cap boulanger');
    await c.send('vers Vire');
    const text = read(await c.send('le cfa le plus proche pour un cap pâtissier ?'));
    expect(text).toMatch(/le lieu le plus proche est/);
    expect(text).not.toMatch(/rien de plus près/);
  });

  it('a nearer place asked with a new town is the search there', async () => {
    const c = await startConversation();
    await c.send('je voudrais un cap boulanger');
    await c.send('vers Vire');
    const text = read(await c.send('y a pas plus proche vers Rouen ?'));
    expect(text).toMatch(/Rouen/);
    expect(text).not.toMatch(/rien de plus près/);
  });
});
