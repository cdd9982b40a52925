/**
 * Developer tool: plays typical conversations through the real main dialog and prints, for each reply, its characters
 * (text, card with what is behind its toggle, card's first screen) and the lines a 360 px phone shows (issue 12 §5).
 * Usage: npx tsx tools/phone/sizes.ts            (the typical conversations of conversations.ts)
 *        npx tsx tools/phone/sizes.ts "m1" "m2"   (one conversation)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationState, MemoryStorage, type Activity, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../../dialogs/main-dialog.js';
import { newConversationData, type ConversationData } from '../../dialogs/support/state.js';
import { turnOf } from '../../dialogs/support/turn.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { createRecognizer } from '../../src/nlu/understand.js';
import { ConversationRecords } from '../../src/services/conversation-records.js';
import { Recaps } from '../../src/services/recap-store.js';
import { SqliteStorage } from '../../src/storage/sqlite/backend.js';
import { TYPICAL_CONVERSATIONS } from './conversations.js';
import { replySize } from './measure.js';

const silent = { info: () => undefined, error: (o: object) => process.stderr.write(`${JSON.stringify(o)}\n`) };
const knowledge = await KnowledgeStore.open('knowledge', silent);
const storage = new SqliteStorage({ dataDir: mkdtempSync(join(tmpdir(), 'phone-sizes-')), commitWorker: false });
const services = {
  knowledge,
  records: new ConversationRecords(storage),
  today: () => process.env['TODAY'] ?? '2026-11-27',
  maxMessageChars: 2000,
  recaps: new Recaps(storage),
  recapUrl: (token: string) => `http://127.0.0.1/recap/${token}`,
  recapDays: 30,
  callbackDays: 7,
};
const main = new MainDialog(services, createRecognizer());

async function play(messages: readonly string[]): Promise<void> {
  const state = new ConversationState(new MemoryStorage());
  const dataProperty = state.createProperty<ConversationData>('data');
  let rule = '';
  const client = new DialogTestClient('test', main, undefined, [
    {
      async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        main.prepare(context, await dataProperty.get(context, newConversationData()));
        await next();
        rule = turnOf(context).rule ?? '(waiting question)';
      },
    },
  ], state);
  for (const text of messages) {
    const replies: Partial<Activity>[] = [];
    let r = (await client.sendActivity(text)) as Partial<Activity> | undefined;
    while (r) {
      replies.push(r);
      r = client.getNextReply();
    }
    for (const a of replies) {
      const s = replySize(a);
      const title = (a.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined)?.body?.[0]?.text ?? '';
      process.stdout.write(`| ${text.slice(0, 44)} | ${rule} | ${s.textChars} | ${s.visibleCardChars} | ${s.cardChars} | ${s.phoneLines} | ${s.cardPhoneLines} | ${title.slice(0, 40)} |\n`);
    }
  }
}

process.stdout.write('| message | rule | text | card shown | card all | phone lines | card lines (opened) | card |\n|---|---|---|---|---|---|---|---|\n');
const args = process.argv.slice(2);
for (const conversation of args.length > 0 ? [args] : TYPICAL_CONVERSATIONS) await play(conversation);
knowledge.close();
await storage.close();
