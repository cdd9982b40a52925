/**
 * The real main dialog (knowledge, recogniser, routing) in this process, for the developer tools that play
 * conversations through it (converse.ts, phone/sizes.ts): one set-up, a fresh conversation per `conversation()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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

/** What one message got: the routing rule that decided, the replies, and what the conversation knows after it. */
export interface PlayedTurn {
  rule: string;
  replies: Partial<Activity>[];
  profile: string;
}

export interface DialogPlayer {
  /** A new conversation; each call of the function it returns sends one message. */
  conversation(): (text: string) => Promise<PlayedTurn>;
  close(): Promise<void>;
}

export async function openDialogPlayer(name: string): Promise<DialogPlayer> {
  const silent = { info: () => undefined, error: (o: object) => process.stderr.write(`${JSON.stringify(o)}\n`) };
  const knowledge = await KnowledgeStore.open('knowledge', silent);
  const dataDir = mkdtempSync(join(tmpdir(), `${name}-`));
  const storage = new SqliteStorage({ dataDir, commitWorker: false });
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
  return {
    conversation() {
      const state = new ConversationState(new MemoryStorage());
      const dataProperty = state.createProperty<ConversationData>('data');
      let rule = '';
      let profile = '';
      const client = new DialogTestClient('test', main, undefined, [
        {
          async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
            main.prepare(context, await dataProperty.get(context, newConversationData()));
            await next();
            rule = turnOf(context).rule ?? '(a waiting question took it)';
            profile = JSON.stringify(turnOf(context).data.profile);
          },
        },
      ], state);
      return async (text: string) => {
        const replies: Partial<Activity>[] = [];
        let r = (await client.sendActivity(text)) as Partial<Activity> | undefined;
        while (r) {
          replies.push(r);
          r = client.getNextReply();
        }
        return { rule, replies, profile };
      };
    },
    async close() {
      knowledge.close();
      await storage.close();
      // A throw-away database: nothing of a played conversation stays on disk.
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
