import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fc, propertyOptions } from '../helpers/fast-check.js';
import { startConversation } from './harness.js';

/**
 * Real user messages as test inputs only (never training data): every `say` of the public dev set and of the team's
 * own conversation sets. The blind sets are never read.
 */
const SETS = ['../shared/eval/dev.yaml', 'tests/eval/extra.yaml', 'tests/eval/fresh.yaml', 'tests/eval/fresh2.yaml', 'tests/eval/fresh3.yaml'];

function messagesOf(file: string): string[] {
  const cases = load(readFileSync(file, 'utf8')) as Array<{ turns?: Array<{ say?: unknown }> }>;
  return cases.flatMap((c) => (c.turns ?? []).flatMap((t) => (typeof t.say === 'string' ? [t.say] : [])));
}

const messages = [...new Set(SETS.flatMap(messagesOf))];
const base = propertyOptions('tests/dialogs/every-message-replied.property.test.ts');
// A conversation is a few hundred milliseconds: fewer runs than the default, unless FC_RUNS says otherwise.
const options = { ...base, numRuns: process.env['FC_RUNS'] ? base.numRuns : 30 };

describe('every message gets a reply', () => {
  it('has real messages to send', () => {
    expect(messages.length).toBeGreaterThan(200);
  });

  it('property: any sequence of real messages, in any order, gets at least one reply per message and no error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(messages, { minLength: 1, maxLength: 6 }), async (sequence) => {
        const c = await startConversation();
        for (const text of sequence) {
          const replies = await c.send(text);
          expect(replies.filter((r) => r.type === 'message').length, `no reply to "${text}" in ${JSON.stringify(sequence)}`).toBeGreaterThanOrEqual(1);
        }
      }),
      options,
    );
  }, 600_000);
});
