import { beforeAll, describe, expect, it } from 'vitest';
import { AGE_LIMIT_FAQ_ID, answerWhen, entryFits, personConditions, withSituations } from '../../../dialogs/support/person-conditions.js';
import type { FaqEntry } from '../../../src/knowledge/schema/faq.js';
import { sharedKnowledge } from '../../helpers/knowledge.js';

let faq: readonly FaqEntry[];
beforeAll(async () => {
  faq = (await sharedKnowledge()).current.knowledge.faq;
});
const entry = (id: string): FaqEntry => faq.find((e) => e.id === id)!;

describe('the conditions of a FAQ answer checked against the person', () => {
  it('reads the conditions from what is known of the person', () => {
    expect([...personConditions({ age: 38, disability: true, employerSector: 'public', situations: ['resigned'] })].sort()).toEqual(
      ['disability', 'past-age-limit', 'public-employer', 'resigned'],
    );
    expect([...personConditions({ age: 29, disability: false, employerSector: 'prive' })]).toEqual([]);
  });

  it("keeps an exception's yes for those who said they are in it", () => {
    expect(entryFits(entry('age-sans-limite'), personConditions({ age: 41 }), true)).toBe(false);
    expect(entryFits(entry('age-sans-limite'), personConditions({ age: 41, disability: true }), true)).toBe(true);
    expect(entryFits(entry('age-derogation-35-ans'), personConditions({ age: 32, situations: ['never-apprenticed'] }), true)).toBe(false);
    expect(entryFits(entry('apprentissage-apres-26-ans'), personConditions({ age: 38 }), true)).toBe(false);
    expect(entryFits(entry('apprentissage-apres-26-ans'), personConditions({ age: 27 }), true)).toBe(true);
  });

  it('answers a general question about an exception with it', () => {
    expect(entryFits(entry('age-derogation-35-ans'), personConditions({}), false)).toBe(true);
  });

  it('has the age limit entry with a version for someone past it', () => {
    expect(answerWhen(entry(AGE_LIMIT_FAQ_ID), personConditions({ age: 45 }))?.vous).toMatch(/0800 050 000/);
    expect(answerWhen(entry(AGE_LIMIT_FAQ_ID), personConditions({ age: 25 }))).toBeUndefined();
  });

  it('lets "never apprenticed" and "apprenticed before" replace each other', () => {
    expect(withSituations(['resigned', 'previous-apprenticeship'], ['never-apprenticed'])).toEqual(['resigned', 'never-apprenticed']);
    expect(withSituations(['never-apprenticed', 'top-athlete'], ['previous-apprenticeship'])).toEqual(['top-athlete', 'previous-apprenticeship']);
  });
});
