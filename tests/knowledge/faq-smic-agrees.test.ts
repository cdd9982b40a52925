import { describe, expect, it } from 'vitest';
import { formatDateFr, formatNumberFr } from '../../src/knowledge/messages.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** The FAQ's SMIC entry restates the SMIC of parametres.yaml (the generated pay grid): a new SMIC must update both. */
describe('the SMIC entry agrees with the pay grid', () => {
  it('names the same hourly, monthly gross and monthly net amounts and the same date', async () => {
    const k = (await sharedKnowledge()).current.knowledge;
    const entry = k.faq.find((e) => e.id === 'smic-montant');
    const smic = k.parameters.smic;
    expect(smic.net_monthly).toBeDefined();
    // The FAQ's texts write a plain space where the bot's number format writes a narrow no-break one.
    const euros = (n: number): string => formatNumberFr(n).replace(/\u202f/g, ' ');
    const date = formatDateFr(smic.value_date);
    for (const register of ['tu', 'vous'] as const) {
      const text = entry?.answer[register] ?? '';
      for (const amount of [smic.gross_hourly, smic.gross_monthly, smic.net_monthly ?? 0]) expect(text).toContain(`${euros(amount)} €`);
      expect(text).toContain(date);
    }
  });
});
