import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeStore } from '../../src/knowledge/store.js';
import { createRecognizer } from '../../src/nlu/understand.js';
import { NORMALIZE_MAX_CHARS, normalize, tokenize } from '../../src/text/normalize.js';
import { fc, propertyOptions } from '../helpers/fast-check.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

const options = propertyOptions('tests/nlu/unicode.property.test.ts');

/** Random Unicode of every kind, with French and SMS words and hostile runs mixed in. */
const message = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(
    fc.oneof(
      fc.constantFrom('jveu', 'ché pa', "j'ai", 'dix-sept', '2ème', 'bac+2', '1 500 €', 'apprenti(e)', 'Œuvre', 'ﬁ', '2ᵉ', '👍', '🙏', 'n°', '...', 'aaaaaaaaaaaa', "''''", '·e·s'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(' ', '\u00a0', '\u202f', '\t', '\n', '\u200b', '\u0301', '\ud800'),
    ),
    { maxLength: 60 },
  ).map((parts) => parts.join('')),
);
/** …and long ones, past the normaliser's cap. */
const text = fc.oneof(message, fc.string({ unit: 'grapheme-composite', minLength: 1_000, maxLength: 3_000 }));

describe('the normaliser and the analysis on random Unicode', () => {
  it('property: normalize never throws, never hangs (2 s), returns a bounded canonical string', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const started = performance.now();
        const out = normalize(raw);
        tokenize(out);
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(typeof out).toBe('string');
        expect(out).toBe(out.toLowerCase());
        expect(out.length).toBeLessThanOrEqual(NORMALIZE_MAX_CHARS * 4);
      }),
      options,
    );
  });

  let kb: KnowledgeStore;
  beforeAll(async () => {
    kb = await sharedKnowledge();
  });
  // The models are trained once per knowledge version, before the first message, and the lazy indexes warmed (as the
  // bot does at start-up): the 2 s bound is about one message, not the first message's index building, which took
  // over 1 s under a load of 15.
  const recognizer = createRecognizer();
  beforeAll(() => {
    recognizer.prepare(kb.current);
    for (const _ of recognizer.warmUp(kb.current)) {
      // each step builds one index
    }
  }, 120_000);

  it('property: the whole analysis of a message (intent, facts, trade, town, FAQ) never throws nor hangs', () => {
    const readOptions = { maxChars: 2_000, today: '2026-12-04' };
    fc.assert(
      // Messages as people send them: a turn is capped at MAX_MESSAGE_CHARS before this, and long ones cost ~10×.
      fc.property(message, (raw) => {
        const started = performance.now();
        const a = recognizer.understand(raw, kb.current, readOptions);
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(typeof a.normalized).toBe('string');
      }),
      options,
    );
  }, 180_000);
});
