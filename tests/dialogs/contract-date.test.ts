import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

// The harness pretends it is 27 November 2026: the scheme of 8 March 2026 is current, earlier periods have ended.
describe('aids as of the contract signing date', () => {
  it('a BTS signed on 15 February 2026: no aid then for that level, said with the period and its source', async () => {
    const c = await startConversation();
    const replies = await c.send('contrat signé le 15 février 2026 pour un BTS, 20 salariés, quelle aide ?');
    await expectKey(replies, 'aids.dated.none', 'vous');
    const text = read(replies);
    expect(text).toMatch(/le 15 février 2026/);
    expect(text).toMatch(/1er janvier au 7 mars 2026/);
    expect(text).toMatch(/jusqu'au niveau bac/);
    expect(text).toMatch(/Source : Ministère du Travail/);
    expect(text).not.toMatch(/4\s500 €/);
    expect((await c.data()).profile.contractConcluded).toEqual({ from: '2026-02-15', to: '2026-02-15' });
  });

  it('the same date for a CAP gives the amount of that period, naming the date it used', async () => {
    const c = await startConversation();
    const replies = await c.send("j'ai signé le contrat de mon apprenti en CAP le 15/02/2026, quelle aide je touche ? on est 10");
    await expectKey(replies, 'aids.answer.employer_dated', 'vous');
    const text = read(replies);
    expect(text).toMatch(/Pour un contrat conclu le 15 février 2026/);
    expect(text).toMatch(/Aide unique à l'embauche d'un apprenti \(contrats conclus du 1er janvier au 7 mars 2026\) — [^\n]*5\s000 €/);
    expect(text).not.toMatch(/un contrat signé aujourd'hui/);
  });

  it('without a date, keeps today\'s rules and says it assumed a contract signed today', async () => {
    const c = await startConversation();
    const replies = await c.send('nous sommes 12 salariés, quelles aides pour un apprenti en BTS ?');
    await expectKey(replies, 'aids.answer.employer', 'vous');
    expect(read(replies)).toMatch(/4\s500 €/);
    expect(read(replies)).toMatch(/un contrat signé aujourd'hui/);
  });

  it('the date is corrected, and carried over when another detail changes', async () => {
    const c = await startConversation();
    await c.send('contrat signe le 15 fevrir 2026 pr 1 bts, 20 salaries, kel aide ?');
    const corrected = await c.send('non en fait signé le 20 mars 2026');
    expect(read(corrected)).toMatch(/Pour un contrat conclu le 20 mars 2026/);
    expect(read(corrected)).toMatch(/4\s500 €/);
    expect((await c.data()).profile.contractConcluded).toEqual({ from: '2026-03-20', to: '2026-03-20' });
    const cap = await c.send('et pour un CAP ?');
    expect(read(cap)).toMatch(/Pour un contrat conclu le 20 mars 2026/);
    expect(read(cap)).toMatch(/5\s000 €/);
  });

  it('a month that straddles two periods gives both, and asks for the exact day', async () => {
    const c = await startConversation();
    const replies = await c.send('nous sommes 30 salariés, contrat signé en mars 2026 pour un BTS, quelle aide ?');
    await expectKey(replies, 'aids.dated.depends_on_day', 'vous');
    const text = read(replies);
    expect(text).toMatch(/entre le 1er mars 2026 et le 7 mars 2026 :\n[^\n]*jusqu'au niveau bac/);
    expect(text).toMatch(/entre le 8 mars 2026 et le 31 mars 2026 :\n[^\n]*4\s500 €/);
    expect(text).toMatch(/date exacte de signature/);
  });

  it('a date without a year is the most recent one; a planned signing past our sources is said so', async () => {
    const c = await startConversation();
    const past = await c.send('je suis employeur, contrat signé le 3 mars pour un CAP, 8 salariés, quelle aide ?');
    expect(read(past)).toMatch(/le 3 mars 2026/);
    const plan = await c.send('et si on signe le 10 janvier 2027 ?');
    await expectKey(plan, 'aids.dated.none', 'vous');
    expect(read(plan)).toMatch(/jusqu'au 31 décembre 2026/);
    expect(read(plan)).not.toMatch(/5\s000 €/);
  });

  it('a contract signed in 2024 falls under the 2023-2024 aid; one from 2021 is before our sources', async () => {
    const c = await startConversation();
    const y2024 = await c.send("je suis gérant d'une PME, contrat d'apprentissage signé en 2024 pour un master, quelle aide ?");
    expect(read(y2024)).toMatch(/Pour un contrat conclu en 2024/);
    expect(read(y2024)).toMatch(/contrats conclus en 2023 et 2024\) — [^\n]*6\s000 €/);
    const y2021 = await c.send('non, signé en 2021');
    expect(read(y2021)).toMatch(/à partir du 1er janvier 2023/);
  });

  it('a named aid asked with a date answers with the rules of that date', async () => {
    const c = await startConversation();
    const replies = await c.send("je suis employeur, l'aide à l'embauche pour un contrat signé le 10 janvier 2025, apprenti en bac pro, 5 salariés ?");
    expect(read(replies)).toMatch(/Pour un contrat conclu le 10 janvier 2025/);
    expect(read(replies)).toMatch(/6\s000 €/);
  });

  // The 2026 aid also needs the contract to start before 1 January 2027: a start told with the signing date counts
  // (code-blind review 7, E01: signed 15 December, starting 5 January, was given 5 000 €).
  it.each([
    'Et si je signe le contrat le 15 décembre pour un début le 5 janvier ?',
    'on signe le 15 decembre mais il commence le 5 janvier, ça passe pour l\'aide ?',
  ])('signed in December 2026 but starting in January 2027: no aid, and why (%s)', async (text) => {
    const c = await startConversation();
    await c.send('Bonjour, je suis boulanger avec 3 salariés, je voudrais prendre un apprenti en CAP. Quelles aides ?');
    const replies = await c.send(text);
    expect(read(replies)).toMatch(/commencer avant le 1er janvier 2027/);
    expect(read(replies)).not.toMatch(/5\s000 €/);
  });
});
