import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Review 24, E7: for a contract of February 2026 the aid covered diplomas of CAP or bac level only, yet the card
 * asked for the diploma "(CAP, bac pro, BTS…)" as if any level changed the amount: a BTS looked eligible. Asking
 * which diploma now says that some aids hold only for some levels.
 */
describe('asking for the diploma never suggests that every level gets an aid', () => {
  it.each([
    ['Et pour un contrat signé en février 2026, c\'est le même montant ?'],
    ['un contrat conclu le 10 février 2026, quelle aide ?'],
  ])('an employer of a TPE, then "%s"', async (question) => {
    const c = await startConversation();
    await c.send("Nous sommes une TPE de 4 salariés, quelles aides pour embaucher un apprenti ?");
    const text = plain(read(await c.send(question)));
    expect(text).toMatch(/5 000 €/);
    expect(text).not.toMatch(/dépend aussi du diplôme préparé \(CAP, bac pro, BTS…\)/);
    expect(text).toMatch(/dépend aussi du diplôme préparé, et certaines aides ne valent que pour certains niveaux/);
  });
});
