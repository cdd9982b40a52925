import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MAX_VISIBLE_ROWS, type AdaptiveCard } from '../../dialogs/support/adaptive-card.js';
import { read, startConversation } from './harness.js';

/** The Adaptive Cards of a turn's replies. */
function cards(replies: Partial<Activity>[]): AdaptiveCard[] {
  return replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as AdaptiveCard));
}

/** What a card shows before any toggle is opened, without its title: lines and table rows, and source lines. */
function onScreen(card: AdaptiveCard): { rows: number; sources: string[] } {
  let rows = 0;
  const sources: string[] = [];
  for (const b of card.body.slice(1)) {
    if (b.type === 'Image') throw new Error('a map belongs behind the toggle, not on the first screen');
    if (b.type === 'FactSet') rows += b.facts.length;
    else if (/^Source/.test(b.text)) sources.push(b.text);
    else if (!b.isSubtle) rows += 1;
  }
  return { rows, sources };
}

function quickReplies(replies: Partial<Activity>[]): string[] {
  return replies.flatMap((r) => (r.suggestedActions?.actions ?? []).map((a) => a.title ?? ''));
}

describe('phone-first answers', () => {
  it.each([
    ["j'ai 18 ans, combien je serai payé ?"],
    ['je suis artisan, combien je touche si je prends un apprenti en CAP'],
    ["quelles aides je peux avoir en tant qu'apprenti ? j'ai 17 ans"],
    ["aide à l'embauche d'un apprenti"],
    ['je veux devenir boulanger'],
    ['CAP coiffure à Rouen'],
    ['je veux parler à quelqu’un'],
    ['comment trouver un patron ?'],
  ])('%s → a short text, then a card of at most 8 rows with one source line on screen', async (question) => {
    const c = await startConversation();
    const replies = await c.send(question);
    const all = cards(replies);
    expect(all.length).toBeGreaterThan(0);
    for (const card of all) {
      const { rows, sources } = onScreen(card);
      expect(rows, card.fallbackText).toBeLessThanOrEqual(Math.max(MAX_VISIBLE_ROWS, card.body.find((b) => b.type === 'FactSet')?.facts.length ?? 0));
      expect(sources.length, card.fallbackText).toBeLessThanOrEqual(1);
    }
    // The message's own text comes first and is short: one or two sentences, not the card again.
    for (const r of replies) if (r.attachments?.length) expect((r.text ?? '').length).toBeLessThan(400);
  });

  it('gives the pay by year as a table of three rows', async () => {
    const c = await startConversation();
    const [card] = cards(await c.send("j'ai 18 ans, combien je serai payé ?"));
    const table = card?.body.find((b) => b.type === 'FactSet');
    expect(table?.type === 'FactSet' ? table.facts.map((f) => f.title) : []).toEqual(['1re année', '2e année', '3e année']);
    expect(table?.type === 'FactSet' ? table.facts[0]?.value : '').toMatch(/^802,82 € brut par mois \(43 % du SMIC\)$/);
  });

  it('does not list disability aids to an employer who never mentioned one, asks with a quick reply, and lists them once told', async () => {
    const c = await startConversation();
    const first = await c.send('je suis artisan, combien je touche si je prends un apprenti en CAP');
    expect(read(first)).not.toMatch(/Agefiph|FIPHFP/);
    expect(quickReplies(first)).toContain('En situation de handicap');
    const after = await c.send('En situation de handicap');
    expect(read(after)).toMatch(/Agefiph/);
    expect(quickReplies(after)).not.toContain('En situation de handicap');
  });

  it('lists them straight away to an employer who says the apprentice has a disability', async () => {
    const c = await startConversation();
    const replies = await c.send('quelles aides pour embaucher un apprenti handicapé dans ma boulangerie ?');
    expect(read(replies)).toMatch(/Agefiph/);
    expect(quickReplies(replies)).not.toContain('En situation de handicap');
  });

  it('does not ask again someone who said there is no disability', async () => {
    const c = await startConversation();
    const replies = await c.send("je suis employeur, pas de handicap, quelles aides pour un apprenti en CAP ?");
    expect(read(replies)).not.toMatch(/Agefiph|FIPHFP/);
    expect(quickReplies(replies)).not.toContain('En situation de handicap');
  });
});
