import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 16: "payant" (it costs money) was stemmed like "payer"/"paie" (the pay) by both stemmers, so "les cours au
 * CFA c'est payant ?" found the entry saying CFA hours are paid work time. It now keeps its own stem; "payées" stays
 * the pay question.
 */
describe('"payant" asks what the training costs, "payé" asks about pay', () => {
  it.each([
    ['les cours au cfa c payant ?'],
    ['la formation en alternance elle est payante ??'],
    ['c payant les cours en apprentissage'],
  ])('"%s" → the training is free', async (message) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(/la formation est gratuite/i);
    expect(text).not.toMatch(/temps de travail/);
  });

  it.each([['les heures au cfa sont payées ?'], ['les cours au cfa sont payés par le patron ?']])(
    '"%s" (near miss) → CFA hours are paid work time',
    async (message) => {
      const c = await startConversation();
      const text = plain(read(await c.send(message)));
      expect(text).toMatch(/temps de travail/);
      expect(text).not.toMatch(/la formation est gratuite/i);
    },
  );
});

/**
 * Round 16: the SMIC asked with "brut" found the entry on an apprentice's gross and net pay ("Le pourcentage du SMIC
 * fixe ton salaire brut") or a pay grid; the SMIC entry had no way of asking with "brut". "brut ou net ?" after a pay
 * answer stays the follow-up on that pay.
 */
describe('the SMIC asked with "brut" gets the SMIC amount', () => {
  it.each([["le smic brut c'est combien ?"], ['smic brut mensuel 2026'], ['c koi le smic brut en ce moment']])(
    '"%s"',
    async (message) => {
      const c = await startConversation();
      const text = plain(read(await c.send(message)));
      expect(text).toMatch(/Le SMIC est de 1 867,02 € brut par mois/);
      expect(text).toMatch(/12,31 €/);
      expect(text).toMatch(/net par mois/);
    },
  );

  it('"brut ou net ?" after a pay answer (near miss) stays about that pay', async () => {
    const c = await startConversation();
    await c.send("je gagne combien j'ai 17 ans en 1ere annee");
    const text = plain(read(await c.send('brut ou net ?')));
    expect(text).toMatch(/Le pourcentage du SMIC fixe ton salaire brut/);
    expect(text).not.toMatch(/Le SMIC est de 1 867,02/);
  });

  it('"mon salaire d\'apprenti est en brut ou en net" (near miss) stays the apprentice\'s gross and net', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send("mon salaire d'apprenti est en brut ou en net")));
    expect(text).toMatch(/Le pourcentage du SMIC fixe ton salaire brut/);
  });
});
