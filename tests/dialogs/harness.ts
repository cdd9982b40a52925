import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationState, MemoryStorage, type Activity, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { afterAll, beforeAll, expect } from 'vitest';
import { MainDialog } from '../../dialogs/main-dialog.js';
import type { DialogServices } from '../../dialogs/support/services.js';
import { newConversationData, type ConversationData } from '../../dialogs/support/state.js';
import { turnOf } from '../../dialogs/support/turn.js';
import type { Register } from '../../src/knowledge/schema/vocabulary.js';
import { createRecognizer } from '../../src/nlu/understand.js';
import { ConversationRecords } from '../../src/services/conversation-records.js';
import { Recaps } from '../../src/services/recap-store.js';
import { SqliteStorage } from '../../src/storage/sqlite/backend.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** The day the tests pretend it is: the 2026 employer aid is current, the driving-licence aid has ended. */
export const TODAY = '2026-11-27';

/**
 * Every file that plays conversations loads the knowledge base and trains the models once, on its first turn: seconds
 * on a quiet machine, over 30 on a loaded one. A first turn played in the file's set-up puts that cost under the hook's
 * timeout, so each test's own timeout measures its turns only.
 */
beforeAll(async () => {
  await (await startConversation()).send('bonjour');
}, 120_000);

/**
 * Every conversation's database lives under one directory per test file, removed with the file's storages once its
 * tests are done: a suite plays thousands of conversations, and a directory left per conversation filled the disk.
 */
let conversationsDir: string | undefined;
const openStorages: SqliteStorage[] = [];
afterAll(async () => {
  await Promise.allSettled(openStorages.splice(0).map((s) => s.close()));
  if (conversationsDir !== undefined) rmSync(conversationsDir, { recursive: true, force: true });
  conversationsDir = undefined;
});

export interface Conversation {
  /** Sends a message and returns every reply of the turn. */
  send(text: string): Promise<Partial<Activity>[]>;
  /** The text of a turn's replies, their card titles, texts and button titles, joined: what a person reads. */
  read(replies: Partial<Activity>[]): string;
  records: ConversationRecords;
  recaps: Recaps;
  /** The conversation's memory as saved after the last turn. */
  data(): Promise<ConversationData>;
  /** The routing rule that decided the last turn (undefined when a waiting question took the message). */
  rule(): string | undefined;
}

/**
 * A conversation with the real main dialog through botbuilder-testing's DialogTestClient, with the real knowledge
 * base and recogniser, the same turn preparation as the bot, and a fresh SQLite database.
 */
export async function startConversation(): Promise<Conversation> {
  const knowledge = await sharedKnowledge();
  conversationsDir ??= mkdtempSync(join(tmpdir(), 'dialogs-'));
  const storage = new SqliteStorage({ dataDir: mkdtempSync(join(conversationsDir, 'c-')), commitWorker: false });
  openStorages.push(storage);
  const records = new ConversationRecords(storage);
  const recaps = new Recaps(storage);
  const services: DialogServices = {
    knowledge,
    records,
    today: () => TODAY,
    maxMessageChars: 2000,
    recaps,
    recapUrl: (token) => `https://bot.example.fr/recap/${token}`,
    recapDays: 30,
    callbackDays: 7,
  };
  const memory = new MemoryStorage();
  const conversationState = new ConversationState(memory);
  const dataProperty = conversationState.createProperty<ConversationData>('data');
  let stateKey = '';
  const captureKey = {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      stateKey = `${context.activity.channelId}/conversations/${context.activity.conversation.id}/`;
      await next();
    },
  };
  const main = new MainDialog(services, createRecognizer());
  let lastRule: string | undefined;
  // The bot prepares each turn (reads the message, updates the profile) before the dialogs run; so does this.
  const prepare = {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      main.prepare(context, await dataProperty.get(context, newConversationData()));
      await next();
      lastRule = turnOf(context).rule;
      // As the bot does once its dialogs have run: a message never goes unanswered.
      await main.ensureReply(context);
      // As the bot does after deleting an erased conversation: its confirmation.
      await main.confirmErase(context);
    },
  };
  const client = new DialogTestClient('test', main, undefined, [captureKey, prepare], conversationState);
  return {
    records,
    recaps,
    async send(text) {
      const replies: Partial<Activity>[] = [];
      let reply = (await client.sendActivity(text)) as Partial<Activity> | undefined;
      while (reply) {
        replies.push(reply);
        reply = client.getNextReply();
      }
      return replies;
    },
    read,
    rule: () => lastRule,
    async data() {
      const items = await memory.read([stateKey]);
      const state = items[stateKey] as { data?: ConversationData } | undefined;
      if (!state?.data) throw new Error('no conversation state saved yet');
      return state.data;
    },
  };
}

/**
 * Plays the messages in a new conversation: the last reply's text (narrow spaces made plain) and the routing rule that
 * decided it.
 */
export async function lastReplyOf(messages: readonly string[]): Promise<{ text: string; rule: string | undefined }> {
  const c = await startConversation();
  let text = '';
  for (const m of messages) text = read(await c.send(m)).replace(/[\u202f\u00a0]/g, ' ');
  return { text, rule: c.rule() };
}

export function read(replies: Partial<Activity>[]): string {
  const parts: string[] = [];
  for (const r of replies) {
    if (r.text) parts.push(r.text);
    for (const a of r.attachments ?? []) parts.push(...cardTexts(a.content));
    for (const action of r.suggestedActions?.actions ?? []) parts.push(`[${action.title}]`);
  }
  return parts.join('\n');
}

type CardNode = { type?: string; text?: string; title?: string; value?: string; url?: string; facts?: { title: string; value: string }[]; body?: CardNode[]; actions?: CardNode[]; card?: CardNode };

/**
 * The text of an Adaptive Card as a person reads it once every toggle is open: TextBlocks, table rows ("1re année :
 * 504 €"), and buttons with their target. Hero cards are read too, for tests of other bots' cards.
 */
export function cardTexts(content: unknown): string[] {
  const c = content as CardNode & { subtitle?: string; buttons?: { title: string; value: string }[] };
  if (c.type !== 'AdaptiveCard') {
    return [...[c.title, c.subtitle, c.text].filter((x): x is string => !!x), ...(c.buttons ?? []).map((b) => `${b.title} <${b.value}>`)];
  }
  const out: string[] = [];
  const walk = (n: CardNode): void => {
    if (n.type === 'TextBlock' && n.text) out.push(n.text);
    if (n.type === 'FactSet') for (const f of n.facts ?? []) out.push(`${f.title} : ${f.value}`);
    for (const b of n.body ?? []) walk(b);
    for (const a of n.actions ?? []) {
      if (a.type === 'Action.OpenUrl') out.push(`${a.title} <${a.url}>`);
      else if (a.type === 'Action.Submit') out.push(`${a.title} <${String(a.value ?? (a as { data?: unknown }).data)}>`);
      if (a.card) walk(a.card);
    }
  };
  walk(c);
  return out;
}

/** Whether a reply was rendered from this message key (its fixed words, with any parameter values). */
export async function expectKey(replies: Partial<Activity>[], key: string, register: Register = 'tu'): Promise<void> {
  const messages = (await sharedKnowledge()).current.knowledge.messages;
  const pattern = new RegExp(
    messages
      .template(key, register)
      .split(/\{[a-zA-Z0-9_]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]+?'),
  );
  const texts = replies.map((r) => r.text ?? '');
  expect(texts.some((t) => pattern.test(t)), `expected a reply from "${key}" (${register}); got:\n${texts.join('\n---\n')}`).toBe(true);
}
