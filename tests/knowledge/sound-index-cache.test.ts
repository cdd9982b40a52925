import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { buildSoundIndex, soundIndexData, soundIndexOf, type SoundIndex, type SoundIndexData } from '../../src/nlu/sound-index.js';
import { phoneticKey } from '../../src/text/phonetic-key.js';

const quiet = { info: () => undefined, error: () => undefined };

/**
 * Words to ask an index about: a sample of the words it knows, and each spelt as people write them by ear (c/k/qu,
 * ss/s, doubled letters, ph/f, eau/o, a plural, a dropped final e), most of them words it does not know.
 */
function wordsToAsk(data: SoundIndexData): string[] {
  const words = new Set<string>(['mecanik', 'aprentisaj', 'coifeuze', 'formassion', 'lisieu', 'bayeu', 'evreu', 'kaen', 'cherbour']);
  data.known.forEach((w, i) => {
    if (i % 9 !== 0) return;
    for (const spelt of [
      w,
      w.replace(/qu|c(?![eiy])/g, 'k'),
      w.replace(/ss/g, 's'),
      w.replace(/(.)\1/g, '$1'),
      w.replace(/ph/g, 'f').replace(/eau/g, 'o'),
      w.replace(/e$/, ''),
      `${w}s`,
    ])
      words.add(spelt);
  });
  return [...words];
}

function answers(index: SoundIndex, words: readonly string[]): Array<[string, boolean, string | undefined, boolean]> {
  return words.map((w) => [w, index.isKnown(w), index.soundAlike(w), index.soundsLikeATown(w)]);
}

// Each store opened from the YAML validates the whole knowledge base (seconds on a loaded machine).
describe('the sound index in the knowledge cache', { timeout: 180_000 }, () => {
  let cacheDir: string;
  let fresh: SoundIndexData;
  let freshIndex: SoundIndex;
  let words: string[];

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'sounds-cache-'));
    const store = await KnowledgeStore.open('knowledge', quiet);
    fresh = soundIndexData(store.current.knowledge);
    freshIndex = buildSoundIndex(store.current.knowledge);
    words = wordsToAsk(fresh);
  }, 120_000);
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('is built and stored on the first start, read back on the next, and answers exactly as a fresh build', async () => {
    expect(words.length).toBeGreaterThan(3000);
    const first = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    const built = soundIndexOf(first.current);
    await stat(join(cacheDir, 'sounds.json'));
    const second = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    const read = second.current.cache?.read<SoundIndexData>('sounds');
    expect(read?.hit && read.value).toStrictEqual(fresh);
    const cached = soundIndexOf(second.current);
    expect(answers(cached, words)).toStrictEqual(answers(freshIndex, words));
    expect(answers(built, words)).toStrictEqual(answers(freshIndex, words));
    // The answers are not all alike: the comparison covers every kind of answer.
    const all = answers(freshIndex, words);
    expect(all.filter(([, known]) => known).length).toBeGreaterThan(500);
    expect(all.filter(([, , alike]) => alike !== undefined).length).toBeGreaterThan(500);
    expect(all.filter(([, , , town]) => town).length).toBeGreaterThan(50);
  });

  it('answers from the entry it reads (not a build of its own)', async () => {
    const store = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    store.current.cache?.write('sounds', { ...fresh, alike: [[phoneticKey('zorglub'), 'zorglub']] });
    const again = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
    expect(soundIndexOf(again.current).soundAlike('zorglubb')).toBe('zorglub');
    expect(soundIndexOf(again.current).soundAlike('mecanik')).toBeUndefined();
  });

  it('is built again when the stored entry is damaged or not what it should be, and the entry is rewritten', async () => {
    for (const damage of [
      (): Promise<void> => writeFile(join(cacheDir, 'sounds.json'), 'garbage'),
      async (): Promise<void> => (await KnowledgeStore.open('knowledge', quiet, { cacheDir })).current.cache?.write('sounds', { known: 'mecanique', alike: [['mekanik']] }),
    ]) {
      await damage();
      const store = await KnowledgeStore.open('knowledge', quiet, { cacheDir });
      expect(answers(soundIndexOf(store.current), words)).toStrictEqual(answers(freshIndex, words));
      const read = store.current.cache?.read<SoundIndexData>('sounds');
      expect(read?.hit && read.value).toStrictEqual(fresh);
    }
  });

  it('is still there when the cache cannot be written', async () => {
    const notADir = join(cacheDir, 'a-file');
    await writeFile(notADir, 'x');
    const store = await KnowledgeStore.open('knowledge', quiet, { cacheDir: join(notADir, 'cache') });
    expect(soundIndexOf(store.current).soundAlike('mecanik')).toBe(freshIndex.soundAlike('mecanik'));
  });
});
