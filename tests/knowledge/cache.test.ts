import { mkdtemp, readFile, rm, writeFile, appendFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeCache, asciiJson, codeVersionOf, knowledgeCodeVersion } from '../../src/knowledge/cache.js';
import { loadKnowledge, type LoadOutcome } from '../../src/knowledge/load.js';
import { Search } from '../../src/knowledge/search.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { communeInText } from '../../src/nlu/places.js';
import { normalize } from '../../src/text/normalize.js';
import { copyOfKnowledge } from '../helpers/knowledge.js';

type Loaded = Extract<LoadOutcome, { ok: true }>;

async function load(dir: string, cache?: KnowledgeCache): Promise<Loaded> {
  const outcome = await loadKnowledge(dir, cache ? { cache } : {});
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
  return outcome;
}

// Each test loads and validates the full knowledge base several times (about a second each on a quiet machine).
describe('the validated-knowledge cache', { timeout: 180_000 }, () => {
  let kb: string;
  let cacheDir: string;
  let fresh: Loaded;

  beforeAll(async () => {
    kb = await copyOfKnowledge();
    cacheDir = await mkdtemp(join(tmpdir(), 'kb-cache-'));
    fresh = await load(kb);
  });
  afterAll(async () => {
    await rm(kb, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('misses when empty, stores what it validated, then serves exactly that', async () => {
    const cache = new KnowledgeCache(cacheDir);
    const first = await load(kb, cache);
    expect(first.cache).toEqual({ missed: 'absent' });
    const second = await load(kb, cache);
    expect(second.cache).toBe('hit');
    expect(second.knowledge.version).toBe(fresh.knowledge.version);
    // Deep equality with a load that never saw the cache: the JSON round trip loses nothing.
    expect(second.knowledge.files).toStrictEqual(fresh.knowledge.files);
    expect(second.knowledge.counts).toStrictEqual(fresh.knowledge.counts);
    expect(second.knowledge.messages.keys()).toStrictEqual(fresh.knowledge.messages.keys());
  });

  it('misses after any change to a knowledge file, validates it, and serves the new version next time', async () => {
    const cache = new KnowledgeCache(cacheDir);
    await load(kb, cache);
    const contacts = join(kb, 'contacts.yaml');
    const original = await readFile(contacts);
    await appendFile(contacts, '\n# a reviewer note\n');
    const changed = await load(kb, cache);
    expect(changed.cache).toEqual({ missed: 'other content' });
    expect(changed.knowledge.version).not.toBe(fresh.knowledge.version);
    expect((await load(kb, cache)).cache).toBe('hit');
    await writeFile(contacts, original);
    const back = await load(kb, cache);
    expect(back.cache).toEqual({ missed: 'other content' });
    expect(back.knowledge.version).toBe(fresh.knowledge.version);
  });

  it('never serves a stale entry for invalid content: the YAML is validated and the errors come back', async () => {
    const cache = new KnowledgeCache(cacheDir);
    await load(kb, cache);
    const faq = join(kb, 'faq.yaml');
    const good = await readFile(faq, 'utf8');
    await writeFile(faq, good.replace('faq:\n', 'faq:\n  - id: [broken\n'));
    const broken = await loadKnowledge(kb, { cache });
    expect(broken.ok).toBe(false);
    await writeFile(faq, good);
  });

  it('ignores a damaged file (truncated, a changed byte, garbage) and rewrites it', async () => {
    const cache = new KnowledgeCache(cacheDir);
    await load(kb, cache);
    const file = join(cacheDir, 'files.json');
    const bytes = await readFile(file);
    const damaged = [
      bytes.subarray(0, Math.floor(bytes.length / 2)),
      Buffer.concat([bytes.subarray(0, bytes.length - 100), Buffer.from('x'), bytes.subarray(bytes.length - 99)]),
      Buffer.from('not a cache at all'),
      Buffer.alloc(0),
    ];
    for (const bad of damaged) {
      await writeFile(file, bad);
      const outcome = await load(kb, cache);
      expect(outcome.cache).toEqual({ missed: 'corrupt' });
      expect(outcome.knowledge.files).toStrictEqual(fresh.knowledge.files);
      expect((await load(kb, cache)).cache).toBe('hit');
    }
  });

  it('ignores an entry written by another version of the code, or in another format', async () => {
    await load(kb, new KnowledgeCache(cacheDir));
    const other = new KnowledgeCache(cacheDir, 'another-code-version');
    expect((await load(kb, other)).cache).toEqual({ missed: 'other version' });
    // …which it then rewrote for itself: the current code misses in turn.
    expect((await load(kb, new KnowledgeCache(cacheDir))).cache).toEqual({ missed: 'other version' });

    const file = join(cacheDir, 'files.json');
    const text = (await readFile(file)).toString('latin1');
    await writeFile(file, Buffer.from(text.replace('"format":1', '"format":999'), 'latin1'));
    expect((await load(kb, new KnowledgeCache(cacheDir))).cache).toEqual({ missed: 'other version' });
  });

  it('still loads when the cache cannot be written, and says why', async () => {
    const notADir = join(cacheDir, 'a-file');
    await writeFile(notADir, 'x');
    const outcome = await load(kb, new KnowledgeCache(join(notADir, 'cache')));
    expect(outcome.cache).toMatchObject({ missed: 'absent', writeError: expect.any(String) });
    expect(outcome.knowledge.version).toBe(fresh.knowledge.version);
  });

  it('keeps the search indexes too: a store opened from the cache finds what a fresh one finds', async () => {
    const logs: object[] = [];
    const log = { info: (o: object) => logs.push(o), error: (o: object) => logs.push(o) };
    const dir = await mkdtemp(join(tmpdir(), 'kb-cache-store-'));
    const first = await KnowledgeStore.open(kb, log, { cacheDir: dir });
    const second = await KnowledgeStore.open(kb, log, { cacheDir: dir });
    expect(logs.map((l) => (l as { cache?: unknown }).cache)).toEqual([
      { files: { missed: 'absent' }, search: 'built' },
      { files: 'hit', search: 'hit' },
    ]);
    const built = first.current.search;
    const cached = second.current.search;
    const k = fresh.knowledge;
    const words = [...new Set([...k.trades.values()].slice(0, 300).flatMap((t) => t.label.toLowerCase().split(/\W+/)))]
      .concat(['boulanger', 'cap', 'caen', 'lisieux', 'aide', 'salaire', 'permis', 'coifeuse', 'mecano', 'bac', 'pro', 'rouen', 'cherbourg', 'vire', 'st', 'lo', 'havre', 'andelys', 'evreu', '14000', '50100'])
      .filter((w) => w.length > 1);
    const sameAnswers = (q: string): void => {
      expect(cached.trades(q, 5), q).toStrictEqual(built.trades(q, 5));
      expect(cached.diplomasTitled(q).map((d) => d.id), q).toStrictEqual(built.diplomasTitled(q).map((d) => d.id));
      expect(cached.faq(q).map((h) => [h.entry.id, h.score]), q).toStrictEqual(built.faq(q).map((h) => [h.entry.id, h.score]));
      const normalized = normalize(q);
      expect(communeInText(cached, normalized)?.commune.insee, q).toBe(communeInText(built, normalized)?.commune.insee);
      for (const word of normalized.split(' ')) {
        expect(cached.isTradeWord(word), word).toBe(built.isTradeWord(word));
        expect(cached.isFaqWord(word), word).toBe(built.isFaqWord(word));
      }
    };
    for (const faq of k.faq.slice(0, 20)) sameAnswers(faq.questions[0] ?? '');
    // 200 queries of one to five of those words, drawn with a fixed seed.
    let seed = 17;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 200; i++) {
      sameAnswers(Array.from({ length: 1 + next(5) }, () => words[next(words.length)]).join(' '));
    }
    // A Search built from the prebuilt indexes gives them back unchanged.
    expect(new Search(k, built.prebuilt()).prebuilt()).toStrictEqual(built.prebuilt());
    first.close();
    second.close();
    await rm(dir, { recursive: true, force: true });
  });
});

describe('the cache format', () => {
  it('writes ASCII only, and reads back every character', () => {
    const value = { s: 'Évreux, 1 867,02 €, l’apprenti·e 👍 "quoted" \\ back\u2028', n: [1.5, -2, null, true] };
    const text = asciiJson(value);
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(JSON.parse(Buffer.from(text, 'latin1').toString('latin1'))).toStrictEqual(value);
  });

  it('changes its code version when a source file or a library changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'code-'));
    await mkdir(join(dir, 'schema'));
    await writeFile(join(dir, 'a.ts'), 'export const a = 1;');
    await writeFile(join(dir, 'schema', 'b.ts'), 'export const b = 2;');
    await writeFile(join(dir, 'notes.md'), 'not code');
    const before = codeVersionOf([dir], ['zod']);
    expect(codeVersionOf([dir], ['zod'])).toBe(before);
    await writeFile(join(dir, 'notes.md'), 'still not code');
    expect(codeVersionOf([dir], ['zod'])).toBe(before);
    await writeFile(join(dir, 'schema', 'b.ts'), 'export const b = 3;');
    const afterEdit = codeVersionOf([dir], ['zod']);
    expect(afterEdit).not.toBe(before);
    expect(codeVersionOf([dir], ['zod', 'lunr'])).not.toBe(afterEdit);
    // A single script counts too (src/seeded-random.ts orders the classifier's training).
    const other = await mkdtemp(join(tmpdir(), 'code-single-'));
    const single = join(other, 'single.ts');
    await writeFile(single, 'export const c = 1;');
    const withSingle = codeVersionOf([dir, single], ['zod']);
    expect(withSingle).not.toBe(codeVersionOf([dir], ['zod']));
    expect(codeVersionOf([dir, single], ['zod'])).toBe(withSingle);
    await writeFile(single, 'export const c = 2;');
    expect(codeVersionOf([dir, single], ['zod'])).not.toBe(withSingle);
    await rm(other, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
    expect(knowledgeCodeVersion()).toMatch(/^[0-9a-f]{64}$/);
  });
});
