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
