import { describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { animalContradicts, animalsNamed } from '../../dialogs/support/animal-specialty.js';
import { rankDiplomas, tradeShortName } from '../../dialogs/support/knowledge-views.js';

/**
 * Round 23 (review 15, J6): the diplomas offered for an animal trade never name another animal. The ROME links
 * "éleveur de bovins" (production bovine ou équine) to the horse-industry bac pro too; the orientation list named it
 * because its nearest place taught that option. The check covers a few animal trades of the knowledge by title.
 */
describe('animal trades and their diplomas', () => {
  it('reads the animal of a title', () => {
    expect([...animalsNamed("Bac pro conduite et gestion de l'entreprise hippique")]).toEqual(['horse']);
    expect([...animalsNamed('Éleveur / Éleveuse de bovins')]).toEqual(['cattle']);
    expect(animalsNamed('Jardinier / Jardinière paysagiste').size).toBe(0);
    expect(animalContradicts('Éleveur de bovins', "Bac pro conduite et gestion de l'entreprise hippique")).toBe(true);
    expect(animalContradicts('Éleveur de bovins', "Bac pro conduite et gestion de l'entreprise agricole")).toBe(false);
    expect(animalContradicts('Palefrenier soigneur', 'CAP agricole palefrenier soigneur')).toBe(false);
    expect(animalContradicts('Jardinier paysagiste', "Bac pro conduite et gestion de l'entreprise hippique")).toBe(false);
  });

  it.each([['bovins'], ['palefrenier'], ['porcins'], ['ovins'], ['toiletteur']])('trade titled with "%s": its diplomas, filtered, name no other animal and some remain', async (word) => {
    const kb = await sharedKnowledge();
    const { knowledge, search } = kb.current;
    const trades = [...knowledge.trades.values()].filter((t) => tradeShortName(t).toLowerCase().includes(word));
    for (const trade of trades.slice(0, 3)) {
      const ranked = rankDiplomas(knowledge, search.diplomasForTrade(trade), trade);
      const kept = ranked.filter((d) => !animalContradicts(tradeShortName(trade), d.title));
      if (ranked.length > 0) expect(kept.length, tradeShortName(trade)).toBeGreaterThan(0);
      for (const d of kept) expect(animalContradicts(tradeShortName(trade), d.title), `${tradeShortName(trade)} → ${d.title}`).toBe(false);
    }
  });
});
