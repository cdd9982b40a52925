import { beforeAll, describe, expect, it } from 'vitest';
import { tuOnlyMessages } from '../../src/knowledge/cross-check.js';
import { readHandwrittenFiles } from '../../src/knowledge/facts-table.js';

/**
 * A message written once (a plain string) is said as written to everyone: one that speaks as tu ("ton CFA") would
 * tell an employer or a parent who writes vous "tu". kb:check fails on it (cross-check.ts): such a message needs its
 * tu and vous texts.
 */
describe('messages written once for both registers address no one as tu', () => {
  let messages: Record<string, string | { tu: string; vous: string }>;
  beforeAll(async () => {
    const read = await readHandwrittenFiles('knowledge');
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    messages = read.files.messages.messages;
  });

  it('holds for every message of messages.fr.yaml', () => {
    expect(tuOnlyMessages(messages)).toEqual([]);
  });

  it('flags a single text in tu, not a pair nor a neutral text', () => {
    expect(tuOnlyMessages({ a: 'Parles-en à ton CFA.', b: 'Renseigne-toi au CFA.', c: 'Le CFA répond.', d: { tu: 'Ton CFA répond.', vous: 'Votre CFA répond.' }, e: 'Sera-t-elle payée ?' })).toEqual(['a', 'b']);
  });
});
