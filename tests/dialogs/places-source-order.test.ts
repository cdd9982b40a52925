import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The dates of the "Source : …, données du 1er mai 2025." lines of a reply, in the order shown, as ISO dates. */
function sourceDates(text: string): string[] {
  return [...text.matchAll(/Source : [^\n]*?données du (\d+)(?:er)? (\p{L}+) (\d{4})/gu)].map(([, d, m, y]) => {
    const month = FR_MONTHS.indexOf(m!) + 1;
    return `${y}-${String(month).padStart(2, '0')}-${d!.padStart(2, '0')}`;
  });
}

/**
 * Only the first source line of a card is on a phone's first screen: for a list of places drawn from several
 * catalogues it is the newest (review 3 saw a 2020 file's date under offers of 2025).
 */
describe('a list of places shows its newest catalogue first', () => {
  it.each(['CAP cuisine à Granville', 'CAP boulanger près de Coutances', 'bac pro carrosserie vers Évreux', 'CAP pâtissier vers Rouen'])(
    '%s',
    async (message) => {
      const c = await startConversation();
      const dates = sourceDates(c.read(await c.send(message)));
      expect(dates.length).toBeGreaterThan(0);
      expect(dates[0]).toBe([...dates].sort().at(-1));
    },
  );
});
