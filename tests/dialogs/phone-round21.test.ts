import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { CARD_DIPLOMAS } from '../../dialogs/metier-dialog.js';
import { TYPICAL_CONVERSATIONS } from '../../tools/phone/conversations.js';
import { replySize } from '../../tools/phone/measure.js';
import { lastReplyOf, read, startConversation } from './harness.js';

/**
 * Round 21, issue 12 §5: answers readable on a phone. Measured over the real main dialog (tools/phone/measure.ts: the
 * characters of a card with what is behind its toggle, the lines a 360 px phone shows of the text and the card's first
 * screen), every typical answer stays under the limits below; what is cut is one tap away ("Tous les diplômes (N)",
 * an aid's own card for its whole table).
 */
/** A card's whole content, its toggle opened (before round 21: trade cards up to 3,800, the employer's aids 1,200). */
const MAX_CARD_CHARS = 1200;
/**
 * An aid's own card, asked for by name, is where its whole table, conditions and how to apply live (what the lists
 * leave out): it may hold more, still far under the 4,000 of a trade card before.
 */
const MAX_NAMED_AID_CARD_CHARS = 2000;
/** Lines of the text and the card's first screen on a 360 px phone (~38 characters a line). */
const MAX_FIRST_SCREEN_LINES = 24;

const cardTitle = (a: Partial<Activity>): string =>
  ((a.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined)?.body?.[0]?.text ?? '');

describe('round 21: typical answers fit a phone', () => {
  it.each(TYPICAL_CONVERSATIONS.map((c) => [c.join(' → '), c] as const))('%s', async (_name, messages) => {
    const c = await startConversation();
    for (const m of messages) {
      for (const a of await c.send(m)) {
        const s = replySize(a);
        const named = c.rule() === 'named-aid';
        expect(s.cardChars, `${m} [${c.rule()}] ${cardTitle(a)}`).toBeLessThanOrEqual(named ? MAX_NAMED_AID_CARD_CHARS : MAX_CARD_CHARS);
        expect(s.phoneLines, `${m} [${c.rule()}] ${cardTitle(a)}`).toBeLessThanOrEqual(MAX_FIRST_SCREEN_LINES);
      }
    }
  });
});

const quickReplies = (replies: Partial<Activity>[]): string[] => replies.flatMap((a) => a.suggestedActions?.actions ?? []).map((b) => b.title ?? '');
const bullets = (a: Partial<Activity> | undefined): string[] => {
  const card = a?.attachments?.[0]?.content as { body: { text?: string }[]; actions?: { card?: { body: { text?: string }[] } }[] } | undefined;
  const hidden = (card?.actions ?? []).flatMap((x) => x.card?.body ?? []);
  return [...(card?.body ?? []), ...hidden].flatMap((b) => (b.text?.startsWith('• ') ? [b.text] : []));
};

describe('round 21: a trade card names three diplomas, all of them one tap away', () => {
  it.each([['je voudrais devenir plombier'], ['Mon fils aimerait être menuisier'], ['jveu etre mecanicien auto stp']])('%s', async (ask) => {
    const c = await startConversation();
    const first = await c.send(ask);
    expect(bullets(first[0]).length).toBe(CARD_DIPLOMAS);
    const button = quickReplies(first).find((t) => /^Tous les diplômes \(\d+\)$/.test(t));
    expect(button).toBeDefined();
    const count = Number(/\((\d+)\)/.exec(button!)![1]);
    const all = await c.send(button!);
    expect(c.rule()).toBe('quick-reply');
    expect(all[0]?.text).toContain(`${count} diplômes`);
    expect(bullets(all[0])).toHaveLength(count);
  });

  it.each([['tous les diplomes'], ['ts les diplômes']])('typed after the card: "%s"', async (typed) => {
    const { text, rule } = await lastReplyOf(['je veux devenir plombier', typed]);
    expect(rule).toBe('quick-reply');
    expect(text).toMatch(/voici les \d+ diplômes/);
  });

  it.each([['je veux devenir plombier en bac pro'], ['Mon fils souhaite devenir électricien, en BTS'], ['jveu etre mecano auto en cap']])(
    'the level aimed at comes first, in the card and in its first sentence: %s',
    async (ask) => {
      const c = await startConversation();
      const replies = await c.send(ask);
      const level = (await c.data()).profile.levelAimed;
      expect(level).toBeDefined();
      const [first] = bullets(replies[0]);
      expect(first).toContain(`niveau ${level}`);
      const title = first!.replace(/^• /, '').replace(/ \(.*$/, '');
      expect(replies[0]?.text).toContain(`« ${title}`);
    },
  );

  it('a trade with three diplomas or fewer gets no such button: "aide-soignante"', async () => {
    const c = await startConversation();
    const replies = await c.send('je voudrais devenir aide-soignante');
    expect(quickReplies(replies).some((t) => t.startsWith('Tous les diplômes'))).toBe(false);
  });
});

describe("round 21: the employer's aid line says one range per company size until the size is known", () => {
  it.each([['Quelles aides pour embaucher un apprenti ?'], ['je suis patron, je touche combien si je prends un apprenti']])('%s', async (ask) => {
    const { text } = await lastReplyOf([ask]);
    expect(text).toMatch(/de 2 000 € à 5 000 € : entreprise de moins de 250 salariés/);
    expect(text).toMatch(/de 750 € à 2 000 € : entreprise de 250 salariés et plus/);
    // The whole table stays one tap away: the aid's own quick reply.
    expect(text).toContain("[Aide à l'embauche d'un apprenti]");
  });

  it('the size told: the amounts of that size by level, each with its condition', async () => {
    const { text } = await lastReplyOf(['quelle aide pour embaucher un apprenti ?', 'nous avons 400 salariés']);
    expect(text).toContain('1 500 € : entreprise de 250 salariés et plus, diplôme de niveau bac +2');
    expect(text).not.toContain('moins de 250 salariés');
  });

  it.each([['aide embauche apprenti'], ["c'est combien l'aide à l'embauche d'un apprenti ?"]])(
    "the aid's own card, the size not known: one row per size and the question on the first screen, the whole table one tap away: %s",
    async (ask) => {
      const c = await startConversation();
      const replies = await c.send(ask);
      const card = replies[0]?.attachments?.[0]?.content as { body: { type: string; text?: string; facts?: { title: string; value: string }[] }[] };
      const plain = (t: string): string => t.replace(/[\u202f\u00a0]/g, ' ');
      const rows = card.body.flatMap((b) => b.facts ?? []).map((f) => ({ title: plain(f.title), value: plain(f.value) }));
      expect(rows).toEqual([
        { title: 'moins de 250 salariés', value: 'de 2 000 € à 5 000 €' },
        { title: '250 salariés et plus', value: 'de 750 € à 2 000 €' },
      ]);
      expect(card.body.some((b) => b.type === 'TextBlock' && /nombre de salariés/.test(b.text ?? ''))).toBe(true);
      expect(quickReplies(replies)).toContain('Tout le barème');
      const whole = plain(read(await c.send('Tout le barème')));
      for (const amount of ['5 000 €', '4 500 €', '2 000 €', '1 500 €', '750 €']) expect(whole).toContain(amount);
      expect(whole).toContain('250 salariés et plus, bac +2');
    },
  );

  it('the size told with the aid named: that size by level, no ranges, no "Tout le barème"', async () => {
    const c = await startConversation();
    const replies = await c.send("aide à l'embauche d'un apprenti, on est 15 salariés");
    const text = read(replies).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toContain('4 500 €');
    expect(text).not.toMatch(/de 2 000 € à 5 000 €/);
    expect(quickReplies(replies)).not.toContain('Tout le barème');
  });
});
