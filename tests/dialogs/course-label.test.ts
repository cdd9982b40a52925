import { describe, expect, it } from 'vitest';
import { sharedTitleHead, titlesTogether } from '../../dialogs/support/course-label.js';
import { normalizeKnown } from '../../src/text/normalize-known.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { startConversation } from './harness.js';

/**
 * Several courses of one kind for a trade are named without inventing a diploma (review 23, J8: "CAP mécanicien des
 * véhicules des transports routiers", the kind glued to a trade's name, is no diploma of the data).
 */
describe('the name given to several courses of one kind', () => {
  it('is, for every trade and every kind it leads to, words every one of their titles opens on', async () => {
    const { knowledge: k, search } = (await sharedKnowledge()).current;
    let named = 0;
    let togetherCount = 0;
    for (const trade of k.trades.values()) {
      const kinds = new Set(search.diplomasForTrade(trade).map((d) => d.type));
      for (const type of kinds) {
        const diplomas = search.diplomasForTrade(trade, [type]);
        const head = sharedTitleHead(type, diplomas);
        if (head !== undefined) {
          named++;
          for (const d of diplomas) expect(normalizeKnown(d.title).startsWith(normalizeKnown(head)), `${head} / ${d.title}`).toBe(true);
        }
        // Two or three titles said together: each title's own words are all in the name, in their order.
        const together = titlesTogether(diplomas);
        if (together !== undefined) {
          togetherCount++;
          for (const d of diplomas) {
            const words = normalizeKnown(d.title).split(' ');
            expect(words.every((w) => normalizeKnown(together).split(' ').includes(w)), `${together} / ${d.title}`).toBe(true);
          }
        }
      }
    }
    expect(named).toBeGreaterThan(0);
    expect(togetherCount).toBeGreaterThan(0);
  });

  it('never glues the kind to the trade when no course is titled so (review 23, J8)', async () => {
    const c = await startConversation();
    await c.send('jhabite a vire et mon cfa est a caen cest trop loin jen peux plus');
    const text = c.read(await c.send('ya pas une formation plus pres ? je fais cap maintenance des vehicules'));
    expect(text).not.toMatch(/CAP mécanicien/);
    expect(text).toMatch(/CAP maintenance des véhicules|CAP \(métier : /);
  });

  it.each([
    ['je veux conduire des camions', 'y a un cap pour ça ?', /CAP conducteur/],
    ['je veux etre plombier', 'cap plombier en alternance', /CAP monteur en installations sanitaires ou thermiques/],
  ])('names two courses of the trade by their own titles: "%s", then "%s"', async (first, second, expected) => {
    const c = await startConversation();
    await c.send(first);
    const text = c.read(await c.send(second));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/CAP conducteur de poids lourd|CAP plombier »/);
  });

  it('keeps the name of a course that is really titled by the kind and the trade ("CAP boulanger")', async () => {
    const c = await startConversation();
    const text = c.read(await c.send('un cap boulanger vers Caen'));
    expect(text).toMatch(/« CAP boulanger »/);
  });
});
