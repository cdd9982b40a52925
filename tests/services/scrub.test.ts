import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from '../../src/services/conversation-records.js';
import { fc, propertyOptions } from '../helpers/fast-check.js';

const options = propertyOptions('tests/services/scrub.test.ts');

/** A French number's nine significant digits (after the 0 or +33). */
const significant = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest].join(''));

/** Every way people type it: 0 / +33 / 0033 / +33 (0), digits in groups of any size, spaces, dots, dashes. */
const spelledPhone = fc
  .record({
    digits: significant,
    prefix: fc.constantFrom('0', '+33', '+33 ', '0033', '0033 ', '+33 (0)', '+33(0)', '(+33) ', '33 '),
    separators: fc.array(fc.constantFrom('', ' ', '  ', '.', '-', ' - ', '/', '\u00a0'), { minLength: 9, maxLength: 9 }),
    cuts: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  })
  .map(({ digits, prefix, separators, cuts }) => {
    let out = prefix;
    for (let i = 0; i < digits.length; i++) {
      out += digits[i];
      if (i < digits.length - 1 && cuts[i]) out += separators[i];
    }
    return { digits, typed: out };
  });

const words = fc.array(fc.constantFrom('mon', 'numéro', 'est', 'le', 'appelle', 'moi', 'au', 'stp', 'merci', 'tel', ':', ',', 'ou'), { maxLength: 6 }).map((w) => w.join(' '));

/** What is left of the number: its nine significant digits must not survive, in any grouping. */
const digitsOf = (s: string): string => s.replace(/\D/g, '');

describe('scrubPersonalData: phone numbers in every spelling', () => {
  it('removes the examples of the attack report', () => {
    for (const typed of ['06 12 34 56 78', '06.12.34.56.78', '06-12-34-56-78', '+33 6 12 34 56 78', '0033 6 12 34 56 78', '061 234 5678', '0 6 1 2 3 4 5 6 7 8', '+33 (0)6 12 34 56 78', '06 123 456 78', '612345678']) {
      const scrubbed = scrubPersonalData(`rappelez-moi au ${typed} svp`);
      expect(digitsOf(scrubbed), typed).not.toContain('12345678');
    }
  });

  it('keeps what is not a phone number: ages, years, amounts, a reference code', () => {
    expect(scrubPersonalData("j'ai 17 ans, bac en 2024, 1 500 euros par mois, référence K7M 49Q")).toBe(
      "j'ai 17 ans, bac en 2024, 1 500 euros par mois, référence K7M 49Q",
    );
  });

  it('property: no spelling of a French number survives, whatever the words around it', () => {
    fc.assert(
      fc.property(words, spelledPhone, words, (before, phone, after) => {
        const scrubbed = scrubPersonalData(`${before} ${phone.typed} ${after}`);
        return !digitsOf(scrubbed).includes(phone.digits.slice(1));
      }),
      options,
    );
  });
});
