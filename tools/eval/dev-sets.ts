/**
 * The read evaluation sets as a ratchet: every case recorded as passing (tests/eval/passing.json) must still pass.
 * A knowledge entry or an intent phrase added moves the classifier's readings of unrelated messages (three times in
 * round 30): the dev sets, run on every change, catch it before it lands rather than on a held-out set afterwards.
 * Only read sets belong here: running a set prints its failures, which would read an unread set (UNREAD_SETS).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Blind sets kept unread to measure a round: never run by the ratchet, never recorded. */
export const UNREAD_SETS: ReadonlySet<string> = new Set(['tests/eval/blind-35.yaml', 'tests/eval/blind-37.yaml', 'tests/eval/blind-38.yaml', 'tests/eval/blind-40.yaml', 'tests/eval/blind-41.yaml', 'tests/eval/blind-42.yaml']);

/** The record: per set (a path from the repository root), the ids of the cases that passed when it was taken. */
export interface PassingRecord {
  about: string;
  recorded: { commit: string; date: string };
  sets: Record<string, string[]>;
}

/** One case's outcome, as run-eval.mjs's --json gives it. */
export interface CaseOutcome {
  id: string;
  ok: boolean;
  fail?: { step: number; say?: string | null; why: string; reply?: string } | null;
}

export interface SetComparison {
  set: string;
  passed: number;
  total: number;
  /** Recorded as passing, failing now. */
  lost: CaseOutcome[];
  /** Passing now, not recorded. */
  gained: string[];
  /** Recorded ids the set no longer has (a set file must not be edited after its first run). */
  missing: string[];
}

/** Compares a set's outcomes with its recorded passes. Pure. */
export function compareWithRecord(set: string, recorded: readonly string[], outcomes: readonly CaseOutcome[]): SetComparison {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const was = new Set(recorded);
  const lost: CaseOutcome[] = [];
  const missing: string[] = [];
  for (const id of recorded) {
    const o = byId.get(id);
    if (!o) missing.push(id);
    else if (!o.ok) lost.push(o);
  }
  const gained = outcomes.filter((o) => o.ok && !was.has(o.id)).map((o) => o.id);
  return { set, passed: outcomes.filter((o) => o.ok).length, total: outcomes.length, lost, gained, missing };
}

export function readRecord(path: string): PassingRecord {
  const record = JSON.parse(readFileSync(path, 'utf8')) as PassingRecord;
  for (const set of Object.keys(record.sets)) if (UNREAD_SETS.has(set)) throw new Error(`${path}: ${set} is kept unread and must not be recorded`);
  return record;
}

export interface RunOptions {
  /** The folder of run-eval.mjs (../shared/eval). */
  evalDir: string;
  /** Conversations at once per set. */
  concurrency: number;
  /** Only the cases whose id starts with this. */
  only?: string;
}

/** Runs one set against a running server with ../shared/eval/run-eval.mjs and returns its outcomes. */
export async function runSet(url: string, set: string, options: RunOptions): Promise<CaseOutcome[]> {
  if (UNREAD_SETS.has(set)) throw new Error(`${set} is kept unread`);
  const dir = mkdtempSync(join(tmpdir(), 'dev-sets-'));
  const out = join(dir, 'result.json');
  try {
    const args = [join(options.evalDir, 'run-eval.mjs'), resolve(set), '--url', url, '--concurrency', String(options.concurrency), '--json', out];
    if (options.only) args.push('--only', options.only);
    const stderr: string[] = [];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const code: number = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
    if (code !== 0) throw new Error(`run-eval ${set} exited with ${code}: ${stderr.join('').slice(0, 500)}`);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { results: CaseOutcome[] };
    return json.results.map((r) => ({ id: r.id, ok: r.ok, fail: r.fail ?? null }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs every set of the record (`parallel` sets at once) and compares each with its recorded passes. A case lost is
 * run once more alone before it counts: a turn slower than the eval client's quiet period on a loaded machine is not
 * a change of the bot.
 */
export async function runRecord(url: string, record: PassingRecord, options: RunOptions & { parallel: number }): Promise<SetComparison[]> {
  const sets = Object.keys(record.sets);
  const results: SetComparison[] = new Array(sets.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sets.length) {
      const k = next++;
      const set = sets[k] as string;
      const outcomes = await runSet(url, set, options);
      const first = compareWithRecord(set, record.sets[set] ?? [], outcomes);
      for (const lost of first.lost) {
        const again = (await runSet(url, set, { ...options, concurrency: 1, only: lost.id })).find((o) => o.id === lost.id);
        if (again?.ok) outcomes[outcomes.findIndex((o) => o.id === lost.id)] = again;
      }
      results[k] = compareWithRecord(set, record.sets[set] ?? [], outcomes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallel, sets.length) }, worker));
  return results;
}
