import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * The trade ↔ diploma links by training field and by renewal (src/knowledge/import/kin-links.ts), as a person meets
 * them over the real bot: the cashier is offered the CAP of the shop trades, which Certif Info files elsewhere.
 */
describe('trades whose diploma the certification data files under a neighbouring fiche', () => {
  it.each([
    ['je veux devenir caissière', /Hôtesse de caisse[\s\S]*CAP équipier polyvalent du commerce/],
    ['je voudrais être employé de libre-service', /libre-service[\s\S]*CAP équipier polyvalent du commerce/],
  ])('%s → the CAP of the field is offered', async (question, expected) => {
    const c = await startConversation();
    expect(read(await c.send(question))).toMatch(expected);
  });
});
