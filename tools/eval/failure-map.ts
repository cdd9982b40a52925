/**
 * `npx tsx tools/eval/failure-map.ts [out.json]`: where the read evaluation sets still fail, grouped by the routing
 * rule that answered the failing message (issue 11: read the ~900 failures together to find the few mechanisms that
 * fail most often, rather than one review's kinds).
 *
 * 1. Runs every set of tests/eval/passing.json against the real server (../shared/eval/run-eval.mjs, as the ratchet).
 * 2. Plays each failing case again in this process through the real main dialog (tools/dialog-player.ts) up to its
 *    failing step, to learn the rule that decided that step (the server does not tell it).
 * 3. Prints the rules by number of failures, each with a few cases (message, why, reply), and writes every failure
 *    to out.json (default: failure-map.json in the working directory) for the grouping by hand.
 * Unread sets are never run (dev-sets.ts UNREAD_SETS). SETS=a.yaml,b.yaml runs only those; PER_RULE=N examples.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDialogPlayer } from '../dialog-player.js';
import { startEvalServer } from './eval-server.js';
import { type EvalCase, readEvalCases } from './eval-cases.js';
import { type CaseOutcome, readRecord, runSet } from './dev-sets.js';


interface Failure {
  set: string;
  id: string;
  category: string;
  step: number;
  say: string;
  why: string;
  reply: string;
  rule: string;
  /** The messages before the failing one. */
  before: string[];
}

const out = process.argv[2] ?? 'failure-map.json';
const perRule = Number(process.env['PER_RULE'] ?? 4);
const record = readRecord('tests/eval/passing.json');
const sets = process.env['SETS']?.split(',') ?? Object.keys(record.sets);
const evalDir = resolve(process.env['EVAL_DIR'] ?? '../shared/eval');

const server = await startEvalServer({ RATE_LIMIT_PER_IP: '1000000', RATE_LIMIT_PER_TOKEN: '1000000' });
const failing: { set: string; outcome: CaseOutcome }[] = [];
let total = 0;
try {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sets.length) {
      const set = sets[next++] as string;
      const outcomes = await runSet(server.url, set, { evalDir, concurrency: 8 });
      total += outcomes.length;
      for (const o of outcomes) if (!o.ok) failing.push({ set, outcome: o });
      process.stderr.write(`${set}: ${outcomes.filter((o) => o.ok).length}/${outcomes.length}\n`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
} finally {
  await server.close();
}

/**
 * A case's messages as the eval client sends them, one per turn so that run-eval's step numbers (which count a
 * `start` turn too) index them: a click sends the button's value, as Web Chat's imBack; a `start` turn sends nothing.
 */
function messagesOf(c: EvalCase): (string | { click: string } | undefined)[] {
  return c.turns.map((t) => (t.start ? undefined : t.click !== undefined ? { click: String(t.click) } : String(t.say ?? '').repeat(t.repeat ?? 1)));
}

const casesBySet = new Map<string, Map<string, EvalCase>>();
function caseOf(set: string, id: string): EvalCase | undefined {
  if (!casesBySet.has(set)) {
    casesBySet.set(set, new Map(readEvalCases(set).map((c) => [c.id, c])));
  }
  return casesBySet.get(set)?.get(id);
}

const player = await openDialogPlayer('failure-map');
const failures: Failure[] = [];
for (const { set, outcome } of failing) {
  const c = caseOf(set, outcome.id);
  const step = outcome.fail?.step ?? 0;
  if (!c || step < 1) continue;
  const send = player.conversation();
  const messages = messagesOf(c);
  let rule = '(not replayed)';
  let lastButtons: { title: string; value: string }[] = [];
  const before: string[] = [];
  for (const [i, m] of messages.slice(0, step).entries()) {
    if (m === undefined) continue;
    const text = typeof m === 'string' ? m : (lastButtons.find((b) => b.title.toLowerCase().includes(m.click.toLowerCase()))?.value ?? m.click);
    const played = await send(text);
    lastButtons = played.replies.flatMap((a) => a.suggestedActions?.actions.map((x) => ({ title: String(x.title ?? ''), value: String(x.value ?? x.title ?? '') })) ?? []);
    if (i === step - 1) rule = played.rule;
    else before.push(text);
  }
  failures.push({ set, id: c.id, category: c.category ?? 'other', step, say: outcome.fail?.say ?? '', why: outcome.fail?.why ?? '', reply: outcome.fail?.reply ?? '', rule, before });
}
await player.close();

writeFileSync(out, `${JSON.stringify(failures, null, 1)}\n`);
const byRule = new Map<string, Failure[]>();
for (const f of failures) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
console.log(`${failures.length} failures of ${total} cases in ${sets.length} sets; by the rule that answered the failing message:`);
for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
  const steps = list.filter((f) => f.step > 1).length;
  console.log(`\n${String(list.length).padStart(4)}  ${rule}  (${steps} at a follow-up)`);
  for (const f of list.slice(0, perRule)) console.log(`      ${f.id} #${f.step} "${f.say.slice(0, 90)}" — ${f.why.slice(0, 80)} || ${f.reply.slice(0, 120)}`);
}
console.log(`\nevery failure: ${out}`);
