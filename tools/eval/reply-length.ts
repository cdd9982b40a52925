/**
 * Developer tool (issue 12 §5, round 32): how long the bot's answers are on a phone, measured over the read eval sets.
 * Plays every case's messages (first turns and follow-ups) through the real main dialog in this process and prints,
 * for each turn, what a 360 px phone shows before any toggle is opened: its lines (words wrapped at ~38 characters a
 * line, each paragraph starting a line), its characters, its "Source" lines and its messages; then the distribution
 * (median, p90, max) and the worst turns.
 * Usage: npx tsx tools/eval/reply-length.ts [set.yaml …] [--worst 20] [--json out.json]
 *        (default sets: ../shared/eval/dev.yaml and tests/eval/blind-29/30/33/34/39.yaml)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Activity } from 'botbuilder';
import { openDialogPlayer } from '../dialog-player.js';
import { UNREAD_SETS } from './dev-sets.js';
import { readEvalCases } from './eval-cases.js';
// The same count the cards' budget spends (issue 12 §5): what the reviews read is what the cards are cut to.
import { wrappedLines } from '../../dialogs/support/phone-lines.js';

const DEFAULT_SETS = ['../shared/eval/dev.yaml', ...[29, 30, 33, 34, 39].map((n) => `tests/eval/blind-${n}.yaml`)];
type Node = Record<string, unknown>;

/** The text rows of a card's first screen (title, lines, table rows, source line), toggles and buttons left out. */
function visibleRows(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(visibleRows);
  if (node === null || typeof node !== 'object') return [];
  const n = node as Node;
  if (n['type'] === 'TextBlock' && typeof n['text'] === 'string') return [n['text']];
  if (n['type'] === 'FactSet' && Array.isArray(n['facts'])) return (n['facts'] as { title: string; value: string }[]).map((f) => `${f.title} : ${f.value}`);
  if (typeof n['type'] === 'string' && n['type'].startsWith('Action.')) return [];
  return [...visibleRows(n['body']), ...visibleRows(n['items']), ...visibleRows(n['columns'])];
}

export interface TurnLength {
  lines: number;
  chars: number;
  sources: number;
  messages: number;
  shown: string;
}

const SOURCE = /^\s*(Source|Sources|Voir la source)\b/m;

/** What one turn's replies show on a phone before any toggle is opened. */
export function turnLength(replies: readonly Partial<Activity>[]): TurnLength {
  const rows: string[] = [];
  let messages = 0;
  for (const a of replies) {
    if (a.type !== undefined && a.type !== 'message') continue;
    const parts = [...(a.text ? [a.text] : []), ...(a.attachments ?? []).flatMap((att) => visibleRows(att.content))];
    if (parts.length === 0) continue;
    messages += 1;
    rows.push(...parts);
  }
  const sources = rows.flatMap((r) => r.split('\n')).filter((r) => SOURCE.test(r)).length;
  return { lines: rows.reduce((n, r) => n + wrappedLines(r), 0), chars: rows.reduce((n, r) => n + r.length, 0), sources, messages, shown: rows.join('\n') };
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const worst = Number(opt('--worst') ?? 20);
  const jsonOut = opt('--json');
  const sets = args.length > 0 ? args : DEFAULT_SETS;
  // However the path is written ("./tests/eval/…", absolute): an unread set is never played here.
  for (const s of sets) if ([...UNREAD_SETS].some((u) => resolve(s) === resolve(u))) throw new Error(`${s} is kept unread`);
  const player = await openDialogPlayer('reply-length');
  const measured: (TurnLength & { id: string; say: string; rule: string })[] = [];
  for (const set of sets) {
    const cases = readEvalCases(set);
    for (const c of cases) {
      const send = player.conversation();
      for (const t of c.turns ?? []) {
        if (!t.say || (t.repeat ?? 1) > 1) continue;
        const { rule, replies } = await send(t.say);
        measured.push({ id: c.id, say: t.say, rule, ...turnLength(replies) });
      }
    }
    process.stderr.write(`${set}: ${measured.length} turns so far\n`);
  }
  await player.close();
  const stat = (name: string, xs: number[]): string => `${name}: median ${quantile(xs, 0.5)}, p90 ${quantile(xs, 0.9)}, max ${Math.max(...xs)}`;
  const lines = measured.map((m) => m.lines);
  process.stdout.write(`turns: ${measured.length}\n`);
  process.stdout.write(`${stat('phone lines', lines)}; over 12: ${lines.filter((x) => x > 12).length}, over 16: ${lines.filter((x) => x > 16).length}\n`);
  process.stdout.write(`${stat('characters', measured.map((m) => m.chars))}\n`);
  process.stdout.write(`${stat('source lines', measured.map((m) => m.sources))}; with 2+: ${measured.filter((m) => m.sources > 1).length}\n`);
  process.stdout.write(`${stat('messages', measured.map((m) => m.messages))}\n\nworst ${worst}:\n`);
  for (const m of [...measured].sort((a, b) => b.lines - a.lines || b.chars - a.chars).slice(0, worst)) {
    process.stdout.write(`\n## ${m.id} [${m.rule}] ${m.lines} lines, ${m.chars} chars, ${m.sources} source, ${m.messages} msg — « ${m.say} »\n${m.shown}\n`);
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(measured.map(({ shown: _s, ...m }) => m)));
}

await main();
