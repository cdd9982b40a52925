import { describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** The FAQ's SMIC entry restates the SMIC of parametres.yaml (the generated pay grid): a new SMIC must update both. */
describe('the SMIC entry agrees with the pay grid', () => {
  it('names the same hourly, monthly gross and monthly net amounts and the same date', async () => {
    const k = (await sharedKnowledge()).current.knowledge;
    const entry = k.faq.find((e) => e.id === 'smic-montant');
    const smic = k.parameters.smic;
    expect(smic.net_monthly).toBeDefined();
    const euros = (n: number): string => n.toLocaleString('fr-FR', { minimumFractionDigits: 2 }).replace(/\u202f/g, ' ');
    const [year, month, day] = smic.value_date.split('-').map(Number) as [number, number, number];
    const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    const date = `${day === 1 ? '1er' : day} ${months[month - 1]} ${year}`;
    for (const register of ['tu', 'vous'] as const) {
      const text = entry?.answer[register] ?? '';
      for (const amount of [smic.gross_hourly, smic.gross_monthly, smic.net_monthly ?? 0]) expect(text).toContain(`${euros(amount)} €`);
      expect(text).toContain(date);
    }
  });
});
