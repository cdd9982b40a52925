import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { CARD_DIPLOMAS } from '../../dialogs/metier-dialog.js';
import { rankDiplomas } from '../../dialogs/support/knowledge-views.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { startConversation } from './harness.js';

/** The bullet lines of a trade card's plain text: its diplomas, in the order shown. */
function cardDiplomas(replies: Partial<Activity>[]): string[] {
  const card = replies.flatMap((a) => a.attachments ?? [])[0]?.content as { fallbackText?: string } | undefined;
  return (card?.fallbackText ?? '').split('\n').filter((l) => l.startsWith('• '));
}

/**
 * Round 13: the diplomas of a trade come from Certif Info's ROME links, some loose (a horse-farm bac pro for a cattle
 * breeder, a green-spaces machinery CAP for a cycle mechanic, a boiler-making bac pro for a car body repairer, a
 * philosophy master for a nurse). The first diplomas shown are of the trade's field, read from the words the titles
 * share with the trade's names, for every trade.
 */
describe("a trade's first diploma is of its field", () => {
  it.each([
    // [trade asked, what the first diploma's title says, what none of the first `shown` says, shown]
    ['éleveur de bovins', /agricole|élevage|bovin/i, /hippique|équidés/i, 1],
    ['boulanger', /boulang/i, /services aux personnes/i, 1],
    ['carrossier peintre', /carross/i, /chaudronnerie/i, 1],
    ['infirmier', /infirmier/i, /philosophie/i, 1],
    // Five of our own: the first diploma was already right; the ranking must keep it.
    ['électricien du bâtiment', /électricien/i, /gestion technique/i, 1],
    ['soudeur', /soudage|soudeur/i, /^$/, 1],
    ['coiffeur', /coiffure/i, /\(BM\)/, 1],
    ['maçon', /maçon/i, /^$/, 1],
    ['mécanicien automobile', /maintenance des véhicules|automobile/i, /expert/i, 1],
    ['aide-soignant', /aide-soignant/i, /^$/, 1],
  ])('%s', async (name, first, notShown, shown) => {
    const { knowledge: k, search } = (await sharedKnowledge()).current;
    const trade = search.trades(name, 1)[0]!.trade;
    const ranked = rankDiplomas(k, search.diplomasForTrade(trade), trade);
    expect(ranked[0]?.title).toMatch(first);
    for (const d of ranked.slice(0, shown)) expect(d.title).not.toMatch(notShown);
  });

  it.each([
    ["je veux devenir éleveur de vaches", /hippique/],
    ['Je souhaiterais devenir carrossier.', /chaudronnerie/],
  ])('the card of "%s" shows no loose diploma first', async (ask, loose) => {
    const c = await startConversation();
    const lines = cardDiplomas(await c.send(ask));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).not.toMatch(loose);
  });
});

/**
 * Round 13: the card's plain text (fallbackText, read by screen readers and text-only channels) listed every diploma
 * of a trade (up to fifteen, then a count); it names the ones the card shows first (five, then three since round 21,
 * issue 12 §5), then counts the others, all of them one tap away behind "Tous les diplômes (N)".
 */
describe("a trade card's plain text names its first diplomas, then counts the rest", () => {
  it.each([['je veux être comptable'], ['développeur informatique ça m’intéresse'], ['jveu etre mecano auto']])('%s', async (ask) => {
    const c = await startConversation();
    const replies = await c.send(ask);
    const { knowledge: k, search } = (await sharedKnowledge()).current;
    const trade = k.trades.get((await c.data()).profile.tradeCode!)!;
    const all = search.diplomasForTrade(trade).length;
    expect(all).toBeGreaterThan(CARD_DIPLOMAS);
    const card = replies.flatMap((a) => a.attachments ?? [])[0]?.content as { fallbackText: string };
    expect(cardDiplomas(replies)).toHaveLength(CARD_DIPLOMAS);
    expect(card.fallbackText).toContain(`… et ${all - CARD_DIPLOMAS} autres diplômes.`);
    expect(replies.flatMap((a) => a.suggestedActions?.actions ?? []).map((b) => b.title)).toContain(`Tous les diplômes (${all})`);
  });

  it('names them all when there are five or fewer: "aide-soignante"', async () => {
    const c = await startConversation();
    const replies = await c.send('je voudrais devenir aide-soignante');
    const card = replies.flatMap((a) => a.attachments ?? [])[0]?.content as { fallbackText: string };
    expect(cardDiplomas(replies).length).toBeGreaterThan(0);
    expect(card.fallbackText).not.toMatch(/autres diplômes/);
  });
});
