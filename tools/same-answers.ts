/**
 * `npx tsx tools/same-answers.ts record OUT.json` then, after a change, `npx tsx tools/same-answers.ts check OUT.json`:
 * proves that a change meant to make the bot faster (or tidier) changes no answer. It records, in process:
 * - every reply of the real bot (through the adapter, full knowledge base, SQLite state) to every conversation of the
 *   public eval (../shared/eval/dev.yaml) and of our own sets (tests/eval/extra.yaml, fresh*.yaml), each held-out phrase
 *   (tests/nlu/heldout.yaml) as a conversation of one message, and the bench's messages;
 * - what `understand()` reads in each of those messages and in every training phrase and FAQ question;
 * - the intent classifier's prediction for each held-out phrase (what `npm run nlu:eval` scores).
 * `check` records again and exits 1 at the first difference, printing it. The blind sets are not read.
 * Replies depend on the date (pay grids, ended measures): record and check on the same day.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Activity } from 'botbuilder';
import { parse } from 'yaml';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { KnowledgeStore } from '../src/knowledge/store.js';
import { createRecognizer } from '../src/nlu/understand.js';
import { modelsFor } from '../src/nlu/models.js';
import { normalize } from '../src/text/normalize.js';
import type { CommittedBatch } from '../src/storage/types.js';
import { ORIENTATION_MESSAGES } from '../bench/orientation-turns.js';
import { loadHeldout } from '../tests/nlu/heldout.js';
import { tempDir } from '../tests/channel/helpers.js';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'check') || !file) {
  console.error('usage: tsx tools/same-answers.ts record|check FILE.json');
  process.exit(2);
}

interface EvalCase {
  id: string;
  turns: { say?: string }[];
}
const CASE_FILES = ['../shared/eval/dev.yaml', 'tests/eval/extra.yaml', 'tests/eval/fresh.yaml', 'tests/eval/fresh2.yaml', 'tests/eval/fresh3.yaml'];
const conversations: { id: string; says: string[] }[] = [];
for (const f of CASE_FILES) {
  for (const c of parse(readFileSync(f, 'utf8')) as EvalCase[]) {
    conversations.push({ id: `${f}#${c.id}`, says: c.turns.flatMap((t) => (typeof t.say === 'string' ? [t.say] : [])) });
  }
}
const heldout = loadHeldout();
heldout.forEach((h, i) => conversations.push({ id: `heldout#${i}`, says: [h.text] }));
conversations.push({ id: 'bench', says: [...ORIENTATION_MESSAGES] });

const knowledgeStore = await KnowledgeStore.open('knowledge', { info: () => undefined, error: () => undefined });
const kb = knowledgeStore.current;

/** An object of the knowledge (a trade, an FAQ entry, a commune…) is recorded by its id, not its whole content. */
const byId = (key: string, value: unknown): unknown => {
  if (key !== '' && value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (typeof o['id'] === 'string') return `#${o['id']}`;
    if (typeof o['insee'] === 'string') return `#${o['insee']}`;
  }
  return value;
};

const messages = new Set<string>(conversations.flatMap((c) => c.says));
for (const intent of Object.values(kb.knowledge.files.intents.intents)) for (const p of intent.phrases) messages.add(p);
for (const e of kb.knowledge.faq) for (const q of e.questions) messages.add(q);
const recognizer = createRecognizer();
const today = new Date().toISOString().slice(0, 10);
const understood: Record<string, string> = {};
for (const m of messages) understood[m] = JSON.stringify(recognizer.understand(m, kb, { maxChars: 500, today }), byId);

const classifier = modelsFor(kb).intents;
const predicted: Record<string, string> = {};
for (const h of heldout) predicted[h.text] = classifier.classify(normalize(h.text)).intent;

const dataDir = tempDir('same-answers-');
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false' }), logger: false, knowledgeStore, without: ['web'] });
await app.ready();
const { adapter } = app.bot;
const { history, fanOut } = app.storage;
const replies: Record<string, string[]> = {};
let current: string[] = [];
const onCommitted = ({ jsons }: CommittedBatch): void => {
  for (const json of jsons) {
    const a = JSON.parse(json) as Activity;
    if (a.from?.id !== 'bot') continue;
    const reply = JSON.stringify({ text: a.text, suggestedActions: a.suggestedActions, attachments: a.attachments, inputHint: a.inputHint });
    current.push(reply.replace(REFERENCE, 'REF REF'));
  }
};
/** A conversation's reference for the phone line is drawn at random (src/services/conversation-records.ts). */
const REFERENCE = /\b[346789A-HJKMNP-RT-Y]{3} [346789A-HJKMNP-RT-Y]{3}\b/g;
const serviceUrl = 'http://127.0.0.1';
let messageTurns = 0;
const cpuBefore = process.cpuUsage();
for (const [n, c] of conversations.entries()) {
  const id = `same-answers-${n}`;
  const user = { id: `user-${n}`, name: 'user', role: 'user' };
  current = [];
  await history.createConversation(id, user.id, false);
  await fanOut.subscribe(id, onCommitted);
  await adapter.startConversation(id, user, serviceUrl, 'fr-FR');
  for (const text of c.says) {
    current.push(`> ${text}`);
    const activity: Partial<Activity> = {
      type: 'message', text, locale: 'fr-FR', channelId: 'directline', serviceUrl,
      conversation: { id } as Activity['conversation'], from: user, recipient: adapter.botAccount,
    };
    await adapter.processActivity(activity);
    messageTurns++;
  }
  replies[c.id] = current;
}
const cpu = process.cpuUsage(cpuBefore);
// A by-product, not a benchmark (one pass, welcome turns and SQLite commits included): a rough figure to compare.
console.log(`conversations: ${messageTurns} message turns, process CPU ${((cpu.user + cpu.system) / messageTurns).toFixed(0)} µs per turn, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await app.close();
knowledgeStore.close();
rmSync(dataDir, { recursive: true, force: true });

const record = { today, understood, predicted, replies };
const counts = `${Object.keys(understood).length} messages read, ${Object.keys(predicted).length} predictions, ${conversations.length} conversations (${Object.values(replies).reduce((n, r) => n + r.length, 0)} lines)`;
if (mode === 'record') {
  writeFileSync(file, JSON.stringify(record, null, 1));
  console.log(`recorded ${counts} in ${file}`);
  process.exit(0);
}
const before = JSON.parse(readFileSync(file, 'utf8')) as typeof record;
for (const lines of Object.values(before.replies)) lines.forEach((line, i) => (lines[i] = line.replace(REFERENCE, 'REF REF')));
if (before.today !== today) console.warn(`recorded on ${before.today}, checked on ${today}: replies may differ by date`);
let differences = 0;
const compare = (what: string, a: Record<string, unknown>, b: Record<string, unknown>): void => {
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = JSON.stringify(a[k]);
    const y = JSON.stringify(b[k]);
    if (x === y) continue;
    if (differences++ < 20) console.log(`DIFFERENT ${what} ${k}\n  before: ${x?.slice(0, 600)}\n  after:  ${y?.slice(0, 600)}`);
  }
};
compare('understanding of', before.understood, understood);
compare('prediction for', before.predicted, predicted);
compare('replies of', before.replies, replies);
console.log(differences === 0 ? `same answers: ${counts}` : `${differences} differences (${counts})`);
process.exit(differences === 0 ? 0 : 1);
