import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseOutcome, compareWithRecord, readRecord, runRecord, UNREAD_SETS } from '../../tools/eval/dev-sets.js';
import { type EvalServer, startEvalServer } from '../../tools/eval/eval-server.js';

const RECORD = 'tests/eval/passing.json';
const evalDir = resolve('../shared/eval');

describe('the dev-set ratchet: comparing a run with the record', () => {
  const outcome = (id: string, ok: boolean): CaseOutcome => ({ id, ok, fail: ok ? null : { step: 1, why: 'all: /x/ not found', reply: 'autre chose' } });

  it('reports a recorded case that fails now as lost, and a new pass as gained', () => {
    const c = compareWithRecord('s.yaml', ['a', 'b'], [outcome('a', true), outcome('b', false), outcome('c', true), outcome('d', false)]);
    expect(c.lost.map((o) => o.id)).toEqual(['b']);
    expect(c.gained).toEqual(['c']);
    expect(c.missing).toEqual([]);
    expect([c.passed, c.total]).toEqual([2, 4]);
  });

  it('reports a recorded id the set no longer has (a set must not be edited after its first run)', () => {
    expect(compareWithRecord('s.yaml', ['a', 'gone'], [outcome('a', true)]).missing).toEqual(['gone']);
  });

  it('a run where every recorded case passes loses nothing, whatever else fails', () => {
    expect(compareWithRecord('s.yaml', ['a'], [outcome('a', true), outcome('z', false)]).lost).toEqual([]);
  });

  it('the record holds no set kept unread, and every recorded set exists', () => {
    const record = readRecord(RECORD);
    for (const set of Object.keys(record.sets)) {
      expect(UNREAD_SETS.has(set), set).toBe(false);
      expect(existsSync(resolve(set)), set).toBe(true);
    }
    expect(Object.keys(record.sets).length).toBeGreaterThan(30);
  });
});

/**
 * Every case of the read sets recorded as passing still passes, over the real server and the eval client of
 * ../shared/eval (about 6,600 cases; a few minutes). A knowledge or routing change that loses one fails here, with
 * the case and the reply, before it lands.
 */
describe('the dev-set ratchet over the real bot', () => {
  let server: EvalServer;
  beforeAll(async () => {
    server = await startEvalServer({ RATE_LIMIT_PER_IP: '1000000', RATE_LIMIT_PER_TOKEN: '1000000' });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('loses no recorded case', async () => {
    const record = readRecord(RECORD);
    const results = await runRecord(server.url, record, { evalDir, concurrency: 8, parallel: 6 });
    const lost = results.flatMap((r) => [
      ...r.lost.map((o) => `${r.set} ${o.id} step ${o.fail?.step}: ${o.fail?.why} || ${o.fail?.reply ?? ''}`),
      ...r.missing.map((id) => `${r.set} ${id}: no longer in the set`),
    ]);
    expect(lost).toEqual([]);
  }, 1_800_000);
});
