import { describe, expect, it } from 'vitest';
import { lastReplyOf, startConversation } from './harness.js';

/**
 * Review 25 (2026-12-07, 30 fresh conversations, 49/60): the kinds fixed over the real bot, each with phrasings of
 * our own and a near miss.
 */
const EMPLOYER_CAP = "Bonjour, je suis artisan avec 3 salariés. Quelle aide puis-je avoir si j'embauche un apprenti en CAP ?";

describe('a diploma level told after the entry on claiming the hiring aid (E1)', () => {
  it.each([
    "Et si c'était un apprenti en BTS ?",
    'et pour un BTS ?',
    'et en bts ?',
  ])('%s: the aid for that level', async (question) => {
    const c = await startConversation();
    await c.send(EMPLOYER_CAP);
    await c.send('Comment la demander ?');
    const text = c.read(await c.send(question));
    expect(text).toMatch(/4[\s\u202f\u00a0]500 €/);
    expect(text).not.toMatch(/Aucune demande spécifique/);
  });

  it('near miss: a question of its own after the same entry is not the aid again', async () => {
    const { text } = await lastReplyOf([EMPLOYER_CAP, 'Comment la demander ?', 'Quel est le salaire minimum d\'un apprenti en BTS de 20 ans ?']);
    expect(text).toMatch(/salaire|SMIC/);
  });
});
