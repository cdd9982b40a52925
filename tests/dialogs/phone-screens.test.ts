import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MAX_VISIBLE_PHONE_LINES, MAX_VISIBLE_ROWS, phoneLines, type AdaptiveCard } from '../../dialogs/support/adaptive-card.js';
import { read, startConversation } from './harness.js';

/**
 * Phone first (issue 12, item 5), for every kind of card the bot sends, over the real bot: what a 360 px phone shows
 * before "En savoir plus" / "Sources" is opened. The message above the card starts with one short sentence (at most
 * LEAD_SENTENCE_MAX characters); the card's first screen holds, under its title, at most MAX_VISIBLE_PHONE_LINES lines
 * of about 40 characters (and MAX_VISIBLE_ROWS rows) besides one source line with its date; the rest is behind the
 * toggle, not lost (the whole card still says it).
 */
const LEAD_SENTENCE_MAX = 160;

interface FirstScreen {
  kind: string;
  firstSentence: string;
  lines: number;
  rows: number;
  sources: string[];
  toggle: boolean;
}

/** What the phone shows before any toggle: the message's first sentence, the card's lines and rows (title aside), its source lines. */
function firstScreens(kind: string, replies: Partial<Activity>[]): FirstScreen[] {
  return replies.flatMap((r) =>
    (r.attachments ?? []).map((a) => {
      const card = a.content as AdaptiveCard;
      let lines = 0;
      let rows = 0;
      const sources: string[] = [];
      for (const b of card.body.slice(1)) {
        if (b.type === 'Image') throw new Error('a map belongs behind the toggle');
        if (b.type === 'FactSet') {
          rows += b.facts.length;
          lines += b.facts.reduce((n, f) => n + phoneLines(`${f.title} ${f.value}`), 0);
        } else if (/^Source/.test(b.text)) sources.push(b.text);
        else {
          rows += b.isSubtle ? 0 : 1;
          lines += phoneLines(b.text);
        }
      }
      const lead = r.text ?? '';
      const firstSentence = /^.*?[.!?:](?=\s|$)/s.exec(lead)?.[0] ?? lead;
      return { kind, firstSentence, lines, rows, sources, toggle: (card.actions ?? []).some((x) => x.type === 'Action.ShowCard') };
    }),
  );
}

/** Each kind of card, reached as a person would (the last message's replies are measured). */
const ASKED: [string, string[]][] = [
  ['trade card', ['je veux devenir boulanger']],
  ['trade card (many diplomas)', ['couvreuse c’est quelle formation qu’il faut ?']],
  ['places near a town (5)', ['un BTS à Rouen']],
  ['places near a town (course named)', ['bac pro carrosserie vers Évreux']],
  ['places near a town (wider radius)', ['CAP coiffure à Rouen']],
  ['places in a département', ['BTS dans la Manche']],
  ['find an employer', ['comment trouver un patron ?']],
  ['pay', ["j'ai 18 ans, combien je serai payé ?"]],
  ['pay for an employer', ["je suis employeur, combien je paie un apprenti de 20 ans ?"]],
  ['aids of an apprentice', ["quelles aides je peux avoir en tant qu'apprenti ? j'ai 17 ans"]],
  ['aids of an employer', ['je suis artisan, combien je touche si je prends un apprenti en CAP']],
  ['one aid', ["aide à l'embauche d'un apprenti"]],
  ['FAQ', ["c'est quoi la différence entre contrat pro et apprentissage ?"]],
  ['contact', ['je veux parler à quelqu’un']],
  ['recap', ['je veux devenir boulanger', 'Mon récap']],
  ['fallback', ['xqzt blorp vrrr']],
];
/** Cards that state no fact, so cite no source: the récap page's address and the fallback's offer of the free line. */
const NO_FACT = new Set(['recap', 'fallback']);

describe('first screens on a phone, every kind of card', () => {
  it.each(ASKED)('%s', async (kind, messages) => {
    const c = await startConversation();
    let replies: Partial<Activity>[] = [];
    for (const m of messages) replies = await c.send(m);
    const screens = firstScreens(kind, replies);
    expect(screens.length, read(replies)).toBeGreaterThan(0);
    // Nothing is lost: a list of five places still names the five, behind the toggle.
    if (kind === 'places near a town (5)') expect(read(replies)).toMatch(/\(5\) /);
    for (const s of screens) {
      console.log(`${kind}: first sentence ${s.firstSentence.length} chars, ${s.lines} phone lines, ${s.rows} rows, ${s.sources.length} source line(s)`);
      expect(s.firstSentence.length, s.firstSentence).toBeLessThanOrEqual(LEAD_SENTENCE_MAX);
      expect(s.lines, read(replies)).toBeLessThanOrEqual(MAX_VISIBLE_PHONE_LINES);
      expect(s.rows, read(replies)).toBeLessThanOrEqual(MAX_VISIBLE_ROWS);
      if (NO_FACT.has(kind)) continue;
      expect(s.sources, read(replies)).toHaveLength(1);
      expect(s.sources[0], kind).toMatch(/\b(19|20)\d{2}\b/);
    }
  });
});
