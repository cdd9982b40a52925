import { describe, expect, it } from 'vitest';
import { readFirstName, readPhone, readTimeSlot } from '../../dialogs/support/callback-reader.js';
import { fc, propertyOptions } from '../helpers/fast-check.js';

const options = propertyOptions('tests/dialogs/callback-reader.property.test.ts');

/** The nine significant digits of a French personal line: 1–7 or 9 first (08 is for services). */
const significant = fc
  .tuple(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 9), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest].join(''));

/** Every way people type one: 0 / +33 / 0033 / 33 / +33 (0), digits in groups of any size, any separators. */
const spelledPhone = fc
  .record({
    digits: significant,
    prefix: fc.constantFrom('0', '+33', '+33 ', '0033', '0033 ', '+33 (0)', '+33(0)', '(+33) ', '33 ', '+33 0'),
    separators: fc.array(fc.constantFrom('', ' ', '  ', '.', '-', ' - ', '/', '\u00a0', '\u202f'), { minLength: 9, maxLength: 9 }),
    cuts: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  })
  .map(({ digits, prefix, separators, cuts }) => {
    let typed = prefix;
    for (let i = 0; i < digits.length; i++) {
      typed += digits[i];
      if (i < digits.length - 1 && cuts[i]) typed += separators[i];
    }
    return { digits, typed };
  });

/** Words around a number in a message; none of them is a digit. */
const words = fc
  .array(fc.constantFrom('mon', 'numéro', 'est', 'le', 'rappelez', 'moi', 'au', 'stp', 'merci', 'tel', ':', ',', 'c\'est', 'demain', 'matin', 'Julie'), { maxLength: 6 })
  .map((w) => w.join(' '));

/** The words of moments people give, in any case and with or without accents, combined. */
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'après-demain', "aujourd'hui", 'ce soir', 'ce matin', 'en semaine', 'le week-end'];
const PARTS = ['matin', 'le matin', 'matinée', 'midi', 'entre midi et deux', 'après-midi', "l'après-midi", 'aprem', 'soir', 'le soir', 'en fin de journée', 'fin de journée'];
const HOURS = ['10h', 'vers 10h', 'à 9h30', 'entre 14h et 16h', 'de 9h à 11h', 'après 17h', 'avant 10 h', '14h-16h', 'vers 3'];
const ANY = ['peu importe', "n'importe quand", 'quand vous voulez', 'quand tu veux', 'dès que possible', 'au plus vite', 'pas de préférence', 'toute la journée'];
const slotPhrase = fc
  .tuple(
    fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
    fc.option(fc.constantFrom(...PARTS), { nil: undefined }),
    fc.option(fc.constantFrom(...HOURS), { nil: undefined }),
    fc.option(fc.constantFrom(...ANY), { nil: undefined }),
    fc.constantFrom('none', 'upper', 'capital', 'no-accents'),
  )
  .filter(([d, p, h, a]) => [d, p, h, a].some((x) => x !== undefined))
  .map(([d, p, h, a, style]) => {
    const phrase = [d, p, h, a].filter((x) => x !== undefined).join(' ');
    if (style === 'upper') return phrase.toUpperCase();
    if (style === 'capital') return phrase.charAt(0).toUpperCase() + phrase.slice(1);
    if (style === 'no-accents') return phrase.normalize('NFD').replace(/\p{M}/gu, '');
    return phrase;
  });

describe('callback reader properties', () => {
  it('any spelling of a valid French number normalises to the same ten digits, inside any words', () => {
    fc.assert(
      fc.property(words, spelledPhone, words, (before, phone, after) => {
        expect(readPhone(`${before} ${phone.typed} ${after}`).phone).toBe(`0${phone.digits}`);
      }),
      options,
    );
  });

  it('no slot word or phrase is ever taken as a first name, and every one is read as a moment', () => {
    fc.assert(
      fc.property(slotPhrase, (phrase) => {
        expect(readFirstName(phrase)).toBeUndefined();
        expect(readTimeSlot(phrase)).toBeDefined();
      }),
      options,
    );
  });

  it('a number is never a first name, whatever its spelling', () => {
    fc.assert(
      fc.property(spelledPhone, (phone) => {
        expect(readFirstName(phone.typed)).toBeUndefined();
      }),
      options,
    );
  });
});
