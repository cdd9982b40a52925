/**
 * Developer tool: plays a conversation through the real main dialog (real knowledge, recogniser and routing) and
 * prints, for each message, the routing rule that decided and what the bot answered.
 * Usage: npx tsx tools/converse.ts "je veux devenir fleuriste" "c'est où vers Rouen ?"
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationState, MemoryStorage, type Activity, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../dialogs/main-dialog.js';
import { newConversationData, type ConversationData } from '../dialogs/support/state.js';
import { turnOf } from '../dialogs/support/turn.js';
import { KnowledgeStore } from '../src/knowledge/store.js';
import { createRecognizer } from '../src/nlu/understand.js';
import { ConversationRecords } from '../src/services/conversation-records.js';
import { Recaps } from '../src/services/recap-store.js';
import { SqliteStorage } from '../src/storage/sqlite/backend.js';

const silent = { info: () => undefined, error: (o: object) => process.stderr.write(`${JSON.stringify(o)}\n`) };
const knowledge = await KnowledgeStore.open('knowledge', silent);
const storage = new SqliteStorage({ dataDir: mkdtempSync(join(tmpdir(), 'converse-')), commitWorker: false });
const records = new ConversationRecords(storage);
const services = {
  knowledge,
  records,
  today: () => process.env['TODAY'] ?? '2026-11-27',
  maxMessageChars: 2000,
  recaps: new Recaps(storage),
  recapUrl: (token: string) => `http://127.0.0.1/recap/${token}`,
  recapDays: 30,
  callbackDays: 7,
};
const state = new ConversationState(new MemoryStorage());
const dataProperty = state.createProperty<ConversationData>('data');
const main = new MainDialog(services, createRecognizer());
let rule = '';
const client = new DialogTestClient('test', main, undefined, [
  {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      main.prepare(context, await dataProperty.get(context, newConversationData()));
      await next();
      rule = turnOf(context).rule ?? '(a waiting question took it)';
      if (showProfile) profile = JSON.stringify(turnOf(context).data.profile);
    },
  },
], state);

/** PROFILE=1 prints what the conversation knows of the person after each message. */
const showProfile = process.env['PROFILE'] === '1';
let profile = '';
/** CARDS=1 prints whole cards instead of their first 260 characters. */
const showCards = process.env['CARDS'] === '1';
function textsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node === null || typeof node !== 'object') return [];
  const own = Object.entries(node).flatMap(([key, value]) =>
    (key === 'text' || key === 'title' || key === 'value') && typeof value === 'string' ? [value] : textsOf(value));
  return own;
}

for (const text of process.argv.slice(2)) {
  const replies: Partial<Activity>[] = [];
  let r = (await client.sendActivity(text)) as Partial<Activity> | undefined;
  while (r) {
    replies.push(r);
    r = client.getNextReply();
  }
  process.stdout.write(`\n> ${text}\n  [${rule}]\n`);
  if (showProfile) process.stdout.write(`  profile: ${profile}\n`);
  for (const a of replies) {
    const card = a.attachments?.[0]?.content;
    process.stdout.write(`  < ${(a.text ?? '').slice(0, showCards ? 5000 : 220)}\n`);
    if (card) {
      // An Adaptive Card keeps its words in nested TextBlocks and facts: gather every text so the card is readable.
      const words = textsOf(card);
      const full = words.join(' / ');
      process.stdout.write(`    card (${full.length} chars, ${words.length} texts): ${showCards ? full : full.slice(0, 260)}\n`);
    }
    const quick = a.suggestedActions?.actions.map((x) => x.title).join(' | ');
    if (quick) process.stdout.write(`    [${quick}]\n`);
  }
}
knowledge.close();
await storage.close();
