import type { Activity, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { sendAidDetail } from '../../dialogs/aides-dialog.js';
import { sendFaqAnswer } from '../../dialogs/faq-answer.js';
import { MAX_VISIBLE_PHONE_LINES, MAX_VISIBLE_ROWS, type AdaptiveCard } from '../../dialogs/support/adaptive-card.js';
import { newConversationData } from '../../dialogs/support/state.js';
import type { Turn } from '../../dialogs/support/turn.js';
import type { Persona, Register } from '../../src/knowledge/schema/vocabulary.js';
import { createRecognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { TODAY } from './harness.js';

/**
 * Phone-first (issue 12, item 5), over the whole knowledge base: every FAQ entry and every aid, in `tu` and `vous`,
 * as the bot's own answer functions send them. Each answer is one short message, then a card whose first screen (what
 * shows before "En savoir plus" / "Sources" is opened) fits a phone: at most MAX_VISIBLE_ROWS rows and about
 * PHONE_LINES lines of PHONE_CHARS characters, and one source line, with its date.
 */
const PHONE_CHARS = 40;
const PHONE_LINES = MAX_VISIBLE_PHONE_LINES;
/** The message above the card: a sentence or two. */
const LEAD_MAX = 260;

async function sent(run: (context: TurnContext, turn: Turn) => Promise<void>, register: Register, persona?: Persona): Promise<Partial<Activity>[]> {
  const kb = (await sharedKnowledge()).current;
  const data = newConversationData();
  data.profile.register = register;
  if (persona) data.profile.persona = persona;
  const turn: Turn = {
    understanding: createRecognizer().understand('', kb, { maxChars: 2000, today: TODAY }),
    data,
    kb,
    today: TODAY,
    offerRegistry: new Map(),
  };
  const activities: Partial<Activity>[] = [];
  const context = {
    sendActivity: async (a: Partial<Activity>) => {
      activities.push(a);
      return { id: String(activities.length) };
    },
  } as unknown as TurnContext;
  await run(context, turn);
  return activities;
}

interface Screen {
  lead: string;
  rows: number;
  phoneLines: number;
  sources: string[];
  title: string;
}

/** The first screen of the answer: its message, and the card's rows, phone lines and source lines before any toggle. */
function firstScreen(activities: Partial<Activity>[]): Screen {
  const withCard = activities.find((a) => a.attachments?.length);
  const card = withCard?.attachments?.[0]?.content as AdaptiveCard | undefined;
  if (!withCard || !card) throw new Error('no card');
  let rows = 0;
  let phoneLines = 0;
  const sources: string[] = [];
  const lines = (t: string): number => Math.max(1, Math.ceil(t.length / PHONE_CHARS));
  for (const b of card.body.slice(1)) {
    if (b.type === 'Image') throw new Error('a map belongs behind the toggle');
    if (b.type === 'FactSet') {
      rows += b.facts.length;
      phoneLines += b.facts.reduce((n, f) => n + lines(`${f.title} ${f.value}`), 0);
    } else if (/^Source/.test(b.text)) sources.push(b.text);
    else {
      rows += b.isSubtle ? 0 : 1;
      phoneLines += lines(b.text);
    }
  }
  const title = card.body[0]?.type === 'TextBlock' ? card.body[0].text : '';
  return { lead: withCard.text ?? '', rows, phoneLines, sources, title };
}

function expectPhoneFirst(s: Screen): void {
  expect(s.lead.length, `${s.title}: message "${s.lead}"`).toBeLessThanOrEqual(LEAD_MAX);
  expect(s.rows, s.title).toBeLessThanOrEqual(MAX_VISIBLE_ROWS);
  expect(s.phoneLines, `${s.title}: ${s.phoneLines} phone lines`).toBeLessThanOrEqual(PHONE_LINES);
  expect(s.sources.length, s.title).toBe(1);
  expect(s.sources[0], s.title).toMatch(/\b(19|20)\d{2}\b/);
}

describe('phone-first answers over the whole knowledge base', async () => {
  const { knowledge } = (await sharedKnowledge()).current;
  const registers: Register[] = ['tu', 'vous'];

  it.each(knowledge.faq.flatMap((e) => registers.map((r) => [e.id, r] as const)))('FAQ %s (%s)', async (id, register) => {
    const entry = knowledge.faq.find((e) => e.id === id);
    const screen = firstScreen(await sent((c, t) => sendFaqAnswer(c, t, entry!), register));
    expectPhoneFirst(screen);
  });

  const personas: Persona[] = ['jeune', 'employeur'];
  it.each(knowledge.aids.flatMap((a) => registers.flatMap((r) => personas.map((p) => [a.id, r, p] as const))))(
    'aid %s (%s, %s)',
    async (id, register, persona) => {
      const aid = knowledge.aids.find((a) => a.id === id);
      const screen = firstScreen(await sent((c, t) => sendAidDetail(c, t, aid!), register, persona));
      expectPhoneFirst(screen);
    },
  );
});
