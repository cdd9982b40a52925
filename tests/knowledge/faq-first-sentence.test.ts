import { beforeAll, describe, expect, it } from 'vitest';
import { leadSentence } from '../../dialogs/support/lead-sentence.js';
import { readHandwrittenFiles } from '../../src/knowledge/facts-table.js';
import type { FaqFile } from '../../src/knowledge/schema/faq.js';

/**
 * Phone-first answers (issue 12, item 5): the first sentence of a FAQ answer is the message a phone shows, the rest
 * goes in the card. It is measured as the bot cuts it (leadSentence, the splitter of dialogs/faq-answer.ts), in both
 * registers and in the answer for minors, so that a long opening cannot hide behind a different count.
 */
const FIRST_SENTENCE_MAX_CHARS = 120;

describe('the first sentence of every FAQ answer fits a phone', () => {
  let faq: FaqFile;
  beforeAll(async () => {
    const read = await readHandwrittenFiles('knowledge');
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    faq = read.files.faq;
  });

  it(`is at most ${FIRST_SENTENCE_MAX_CHARS} characters as the bot shows it`, () => {
    const tooLong: string[] = [];
    let measured = 0;
    for (const entry of faq.faq) {
      for (const [field, answer] of [['answer', entry.answer], ['answer_minor', entry.answer_minor]] as const) {
        if (answer === undefined) continue;
        for (const register of ['tu', 'vous'] as const) {
          measured += 1;
          const { first } = leadSentence(answer[register]);
          if (first.length > FIRST_SENTENCE_MAX_CHARS) tooLong.push(`${entry.id}.${field}.${register} (${first.length}): ${first}`);
        }
      }
    }
    expect(measured).toBeGreaterThanOrEqual(2 * faq.faq.length);
    expect(tooLong).toEqual([]);
  });
});
