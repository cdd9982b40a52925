import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lunr, stemFr } from '../../src/knowledge/lunr-fr.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { modelsFor, type Models } from '../../src/nlu/models.js';
import { softmaxFromData, trainSoftmax } from '../../src/nlu/softmax.js';
import { normalize } from '../../src/text/normalize.js';

const quiet = { info: () => undefined, error: () => undefined };

/** Messages to compare two sets of models on: training phrases, FAQ questions, and words of them shuffled together. */
function probes(store: KnowledgeStore): string[] {
  const k = store.current.knowledge;
  const phrases = [
    ...Object.values(k.files.intents.intents).flatMap((i) => i.phrases.slice(0, 4)),
    ...k.faq.flatMap((e) => e.questions.slice(0, 1)),
  ].map(normalize);
  const words = [...new Set(phrases.flatMap((p) => p.split(' ')))];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const mixed = Array.from({ length: 150 }, () => Array.from({ length: 1 + next(7) }, () => words[next(words.length)]).join(' '));
  return [...phrases, ...mixed, 'zxqv wkrpt', ''];
}

function sameAnswers(a: Models, b: Models, messages: readonly string[]): void {
  for (const m of messages) {
    expect(b.intents.classify(m), m).toStrictEqual(a.intents.classify(m));
    expect(b.faqDetector.probability(m), m).toBe(a.faqDetector.probability(m));
    expect(b.faq.match(m), m).toStrictEqual(a.faq.match(m));
  }
}

// Training the three models takes about a second and a half of CPU on a quiet machine, and each test trains once.
describe("the understanding's models in the knowledge cache", { timeout: 180_000 }, () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'models-cache-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('are trained and stored on the first start, read back on the next, and answer exactly the same', async () => {
    const first = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    const trained = modelsFor(first.current);
    expect(trained.source).toBe('trained');
    const second = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    const read = modelsFor(second.current);
    expect(read.source).toBe('cache');
    // Without any cache: the models as they always were.
    const plain = modelsFor((await KnowledgeStore.open('knowledge', quiet)).current);
    expect(plain.source).toBe('trained');
    const messages = probes(first);
    sameAnswers(plain, trained, messages);
    sameAnswers(plain, read, messages);
  });

  it('are trained again when the stored entry is not what it should be, and the entry is rewritten', async () => {
    const store = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    store.current.cache?.write('models', { intents: { classCount: 15, features: ['a'], weights: 'AAAA' }, faq: 3 });
    const again = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    expect(modelsFor(again.current).source).toBe('trained');
    await writeFile(join(cacheDir, 'models.json'), 'garbage');
    const damaged = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    expect(modelsFor(damaged.current).source).toBe('trained');
    const next = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    expect(modelsFor(next.current).source).toBe('cache');
  });

  it('still come when the cache cannot be written, and say why', async () => {
    const notADir = join(cacheDir, 'a-file');
    await writeFile(notADir, 'x');
    const store = await KnowledgeStore.open('knowledge', quiet, { cacheDir: join(notADir, 'cache') });
    expect(modelsFor(store.current).source).toMatchObject({ trained: true, writeError: expect.any(String) });
  });
});

describe('a softmax model as data', () => {
  it('predicts exactly as the trained model, bit for bit', () => {
    const examples = ['a b', 'b c', 'c d', 'd a', 'a c'].map((text, i) => ({
      features: new Map(text.split(' ').map((f, j) => [f, 1 + j * 0.25] as [string, number])),
      label: i % 3,
    }));
    const model = trainSoftmax(examples, 3, { epochs: 5 });
    const copy = softmaxFromData(JSON.parse(JSON.stringify(model.toData())));
    for (const features of [new Map([['a', 1]]), new Map([['b', 0.5], ['d', 2]]), new Map([['zz', 1]])]) {
      expect([...copy.predict(features)]).toStrictEqual([...model.predict(features)]);
    }
    expect(copy.hasFeature('c')).toBe(true);
    expect(copy.hasFeature('zz')).toBe(false);
    expect(() => softmaxFromData({ ...model.toData(), features: ['a'] })).toThrow();
  });
});

describe("the FAQ matcher's keyword search", () => {
  it("gives a long word's fuzzy clause as the index words it reaches: lunr answers exactly as with editDistance", async () => {
    const store = await KnowledgeStore.open('knowledge', quiet);
    const { faq } = modelsFor(store.current);
    const index = lunr.Index.load(faq.toData().keywords);
    const indexWords = (index as unknown as { tokenSet: lunr.TokenSet }).tokenSet;
    const fuzzy = lunr.TokenSet as unknown as { fromFuzzyString(word: string, editDistance: number): lunr.TokenSet };
    const words = probes(store)
      .flatMap((m) => m.split(' '))
      .map((w) => stemFr(w))
      .filter((w): w is string => w !== undefined && w.length >= 6);
    expect(words.length).toBeGreaterThan(50);
    const view = (results: lunr.Index.Result[]): unknown => results.map((r) => [r.ref, r.score, Object.keys(r.matchData.metadata)]);
    for (const pair of words.slice(0, 200).map((w, i) => [w, words[(i * 7) % words.length] as string])) {
      const asFuzzy = index.query((q) => {
        for (const t of pair) {
          q.term(t, { usePipeline: false, boost: 10 });
          q.term(t, { usePipeline: false, editDistance: 1, boost: 1 });
        }
      });
      const asWords = index.query((q) => {
        for (const t of pair) {
          q.term(t, { usePipeline: false, boost: 10 });
          for (const w of indexWords.intersect(fuzzy.fromFuzzyString(t, 1)).toArray()) q.term(w, { usePipeline: false, boost: 1 });
        }
      });
      expect(view(asWords), pair.join(' ')).toStrictEqual(view(asFuzzy));
    }
  });
});
