import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

describe('salaire dialog', () => {
  it.each([
    ["j'ai 17 ans je serai payé combien la 1ere année", /504,1/],
    ['combien touche un apprenti de 16 ans en deuxième année ?', /728,1/],
    ['salaire apprenti 19 ans 3eme annee', /1\s?250,9/],
    ["J'ai 22 ans, quel salaire en première année d'apprentissage ?", /989,5/],
    ['a 24 ans en 2e annee de contrat on gagne combien', /1\s?138,8/],
    ["j'ai 27 ans, je peux être payé combien en apprentissage ?", /1\s?867,02/, 'salary.answer.same'],
  ])('%s → the figure, the rule and the SMIC with its date', async (question, figure, key = 'salary.answer.year') => {
    const c = await startConversation();
    const replies = await c.send(question);
    await expectKey(replies, key);
    const text = read(replies);
    expect(text).toMatch(figure);
    expect(text).toMatch(/% du SMIC/);
    expect(text).toMatch(/SMIC de 1\s867,02 € brut mensuel au 1er juin 2026/);
  });

  it('asks the age, explaining the rule, then gives the three years; carries over the year and the age', async () => {
    const c = await startConversation();
    const first = await c.send('combien gagne un apprenti');
    await expectKey(first, 'salary.rule_intro');
    await expectKey(first, 'ask.age');
    const table = await c.send('18');
    await expectKey(table, 'salary.answer.table');
    expect(read(table)).toMatch(/802,8.*\n.*952,1.*\n.*1\s250,9/);
    const third = await c.send('et en 3e année ?');
    await expectKey(third, 'salary.answer.year');
    expect(read(third)).toMatch(/1\s250,9/);
    const older = await c.send('et pour 22 ans ?');
    expect(read(older)).toMatch(/1\s456,2/);
    expect((await c.data()).profile).toMatchObject({ age: 22, contractYear: 3 });
  });

  it('takes a quick reply typed by hand ("la 2e")', async () => {
    const c = await startConversation();
    await c.send("j'ai 17 ans combien je gagne en 1ere année");
    const second = await c.send('la 2e');
    expect(read(second)).toMatch(/728,1/);
  });

  it('accepts a correction of the age', async () => {
    const c = await startConversation();
    await c.send("j'ai 17 ans combien je gagne en 1ere année");
    const corrected = await c.send("non j'ai 18 ans pas 17");
    expect(read(corrected)).toMatch(/802,8/);
  });

  it('answers ages out of range politely, in the dialog', async () => {
    const young = await startConversation();
    await expectKey(await young.send("j'ai 12 ans combien je serai payé"), 'salary.too_young');
    const old = await startConversation();
    const replies = await old.send("j'ai 45 ans combien je serai payé en apprentissage");
    // 45 is past the young public: the person is answered in vous, in their own voice.
    await expectKey(replies, 'salary.too_old.for_jeune', 'vous');
    expect(read(replies)).toMatch(/RQTH/);
  });

  it('gives the contrat de professionnalisation grid', async () => {
    const c = await startConversation();
    const replies = await c.send('salaire en contrat de professionnalisation à 20 ans');
    await expectKey(replies, 'salary.pro.answer');
    expect(read(replies)).toMatch(/1\s026,8.*55 % du SMIC[\s\S]*1\s213,5.*65 % du SMIC/);
  });

  it('says vous to a parent', async () => {
    const c = await startConversation();
    const replies = await c.send('ma fille de 16 ans veut faire un CAP coiffure, elle sera payée combien ?');
    await expectKey(replies, 'salary.answer.table', 'vous');
  });
});
