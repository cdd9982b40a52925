import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** Everything the card holds, its toggles included, as plain lines (the Adaptive Card's fallbackText). */
function cardLines(replies: Partial<Activity>[]): string[] {
  const card = replies.flatMap((a) => a.attachments ?? [])[0]?.content as { fallbackText?: string } | undefined;
  return (card?.fallbackText ?? '').split('\n');
}

/** Round 12: a trade card shows each diploma by its name, never by its kind alone. */
describe('trade cards name every diploma', () => {
  it.each([['je veux etre cuisinier'], ['mecanicien auto'], ['jveux devenir commis de cuisine']])('%s', async (ask) => {
    const c = await startConversation();
    const lines = cardLines(await c.send(ask));
    expect(lines.some((l) => l.startsWith('• '))).toBe(true);
    // "Titre professionnel (niveau 3)": the titre's own name was lost in the import.
    expect(lines.filter((l) => /^• Titre professionnel \(/.test(l))).toEqual([]);
  });
});

/**
 * Round 12: a field word several trades share ("la mécanique": cars, motorbikes, lorries, farm machines) is the
 * field's trades to choose from, not the car mechanic's card; "parle-moi du foot" is the sport field, not small talk.
 */
describe('a field word gives the field, not one trade', () => {
  it.each([
    ['la mecanique', /mécanicien automobile.*mécanicien motocycles/s],
    ["j'aime la méca", /mécanique/i],
    ['parlez-moi de la mécanique', /mécanique/i],
    ['parle moi du foot', /sport/i],
    ['raconte moi un peu le basket', /sport/i],
  ])('%s', async (ask, field) => {
    const c = await startConversation();
    const r = c.read(await c.send(ask));
    expect(r).toMatch(field);
    expect(r).not.toMatch(/Voici les diplômes qui y mènent/);
    expect(r).not.toMatch(/Je ne peux répondre qu'aux questions/);
  });

  it('still reads a trade named in full: "la mécanique auto"', async () => {
    const c = await startConversation();
    expect(c.read(await c.send('la mécanique auto'))).toMatch(/Mécanicien \/ Mécanicienne automobile/);
  });
});
