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
