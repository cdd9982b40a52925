import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/text/fuzzy.js';
import { fc, propertyOptions } from '../helpers/fast-check.js';

const options = propertyOptions('tests/text/fuzzy.property.test.ts');

/** The textbook optimal string alignment distance, whole table, no bound: what the bounded one must agree with. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

// Few letters, so that words are often near one another; lengths on both sides of the reused rows' first size.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'é'), maxLength: 40 });

describe('boundedEditDistance', () => {
  it('is the distance when within the bound, and bound + 1 beyond it, whatever came before (its rows are reused)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 8 }), (pairs) => {
        for (const [a, b, max] of pairs) {
          const exact = osaDistance(a, b);
          expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
        }
      }),
      options,
    );
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(boundedEditDistance('boulagner', 'boulanger', 2)).toBe(1);
    expect(boundedEditDistance('mecanicien', 'mecanicienne', 1)).toBe(2);
  });
});
