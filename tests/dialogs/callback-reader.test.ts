import { describe, expect, it } from 'vitest';
import { dayOf, isQuestion, readFirstName, readPhone, readTimeSlot, type TimeSlot } from '../../dialogs/support/callback-reader.js';

describe('readPhone: French numbers in every spelling', () => {
  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['0612345678', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['06-12-34-56-78', '0612345678'],
    ['06/12/34/56/78', '0612345678'],
    ['061 234 5678', '0612345678'],
    ['0 6 1 2 3 4 5 6 7 8', '0612345678'],
    ['+33 6 12 34 56 78', '0612345678'],
    ['+33612345678', '0612345678'],
    ['+33 (0)6 12 34 56 78', '0612345678'],
    ['(+33) 6 12 34 56 78', '0612345678'],
    ['0033 6 12 34 56 78', '0612345678'],
    ['33 6 12 34 56 78', '0612345678'],
    ['02 31 12 34 56', '0231123456'],
    ['09 72 12 34 56', '0972123456'],
    ['06\u00a012\u00a034\u00a056\u00a078', '0612345678'],
    ["c'est le 07 11 22 33 44 merci", '0711223344'],
    ['06 12 34 56 78 10h', '0612345678'],
  ])('%s → %s', (typed, digits) => {
    expect(readPhone(typed).phone).toBe(digits);
  });

  it.each([
    ['06 12 34 56', 'length'],
    ['06 12 34 56 78 9', 'length'],
    ['+44 7911 123456', 'foreign'],
    ['0049 151 12345678', 'foreign'],
    ['0800 050 000', 'service'],
    ['08 92 12 34 56', 'service'],
  ])('%s is no number to call back (%s)', (typed, problem) => {
    const reading = readPhone(typed);
    expect(reading.phone).toBeUndefined();
    expect(reading.problem).toBe(problem);
  });

  it('leaves the rest of the message, and finds nothing in ages, years or amounts', () => {
    expect(readPhone('Julie 06 12 34 56 78 demain').rest).toBe('Julie demain');
    for (const text of ["j'ai 17 ans", 'bac en 2024', '1 500 euros', 'entre 14h et 16h', 'K7M 49Q']) expect(readPhone(text)).toEqual({ rest: text });
  });
});

describe('readTimeSlot: the moments people give', () => {
  const cases: [string, TimeSlot][] = [
    ['le matin', { part: 'morning' }],
    ['Le matin', { part: 'morning' }],
    ["L'après-midi", { part: 'afternoon' }],
    ['aprem', { part: 'afternoon' }],
    ['en fin de journée', { part: 'late' }],
    ['après les cours', { part: 'late' }],
    ['le soir', { part: 'evening' }],
    ['entre midi et deux', { part: 'midday' }],
    ['Peu importe', { any: true }],
    ["n'importe quand", { any: true }],
    ['quand vous voulez', { any: true }],
    ['qd tu veux', { any: true }],
    ['dès que possible', { asap: true }],
    ['entre 14h et 16h', { hours: { relation: 'between', from: 840, to: 960 } }],
    ['de 9h à 11h30', { hours: { relation: 'between', from: 540, to: 690 } }],
    ['14h-16h', { hours: { relation: 'between', from: 840, to: 960 } }],
    ['entre 14 et 16', { hours: { relation: 'between', from: 840, to: 960 } }],
    ['vers 10h', { hours: { relation: 'around', from: 600 } }],
    ['à 9h30', { hours: { relation: 'around', from: 570 } }],
    ['après 17h', { hours: { relation: 'after', from: 1020 } }],
    ['avant 10 h', { hours: { relation: 'before', from: 600 } }],
    ['vers 3', { hours: { relation: 'around', from: 900 } }],
    ['demain', { day: { kind: 'date', offset: 1 } }],
    ['demain 10h', { day: { kind: 'date', offset: 1 }, hours: { relation: 'around', from: 600 } }],
    ['après-demain matin', { day: { kind: 'date', offset: 2 }, part: 'morning' }],
    ['ce soir 8h', { day: { kind: 'date', offset: 0 }, part: 'evening', hours: { relation: 'around', from: 1200 } }],
    ['lundi', { day: { kind: 'weekday', weekday: 1 } }],
    ['mardi matin vers 9h30', { day: { kind: 'weekday', weekday: 2 }, part: 'morning', hours: { relation: 'around', from: 570 } }],
    ['vendredi aprem', { day: { kind: 'weekday', weekday: 5 }, part: 'afternoon' }],
    ['en semaine', { day: { kind: 'weekdays' } }],
    ['le week-end', { day: { kind: 'weekend' } }],
    ['06 12 34 56 78 demain 10h', { day: { kind: 'date', offset: 1 }, hours: { relation: 'around', from: 600 } }],
  ];
  it.each(cases)('%s', (text, slot) => {
    expect(readTimeSlot(text)).toEqual(slot);
  });

  it.each(['Julie', '06 12 34 56 78', 'oui', 'non', "j'ai 17 ans", 'Marine', 'à 3'])('"%s" gives no moment', (text) => {
    expect(readTimeSlot(text)).toBeUndefined();
  });

  it('writes a relative day as the date it names', () => {
    // Friday 27 November 2026.
    expect(dayOf({ kind: 'date', offset: 0 }, '2026-11-27')).toBe('2026-11-27');
    expect(dayOf({ kind: 'date', offset: 1 }, '2026-11-27')).toBe('2026-11-28');
    expect(dayOf({ kind: 'weekday', weekday: 1 }, '2026-11-27')).toBe('2026-11-30');
    // "vendredi" said on a Friday is next Friday.
    expect(dayOf({ kind: 'weekday', weekday: 5 }, '2026-11-27')).toBe('2026-12-04');
    expect(dayOf({ kind: 'weekend' }, '2026-11-27')).toBeUndefined();
  });
});

describe('readFirstName: a first name must look like one', () => {
  it.each([
    ['Julie', 'Julie', false],
    ['julie', 'Julie', false],
    ['JULIE', 'Julie', false],
    ['jean-pierre', 'Jean-Pierre', false],
    ['Marie Claire', 'Marie Claire', false],
    ['Éloïse', 'Éloïse', false],
    ['Julie.', 'Julie', false],
    ['je suis Karim', 'Karim', false],
    ["c'est Léa", 'Léa', false],
    ["je m'appelle Zoé", 'Zoé', true],
    ["moi c'est Karim", 'Karim', true],
    ["mon prénom c'est Inès", 'Inès', true],
    ["Bonjour, je m'appelle Anne-Sophie.", 'Anne-Sophie', true],
  ])('%s → %s', (typed, name, explicit) => {
    expect(readFirstName(typed)).toEqual({ name, explicit });
  });

  it.each([
    'oui', 'non', 'ok', 'Non merci', "non c'est bon j'ai changé d'avis", 'pourquoi ?', "c'est quoi le SMIC",
    'combien gagne un apprenti', 'demain matin', 'Le matin', "L'après-midi", 'lundi', 'Peu importe', "n'importe quand",
    'aprem', '06 12 34 56 78', 'Julie 2', 'je suis parent', 'bonjour', 'je sais pas', 'annuler', 'x', 'un deux trois quatre',
  ])('"%s" is not a first name', (typed) => {
    expect(readFirstName(typed)).toBeUndefined();
  });
});

describe('isQuestion', () => {
  it.each([
    ['pourquoi vous voulez mon numéro ?', true],
    ["c'est gratuit", true],
    ['combien ça coûte', true],
    ['vous allez rappeler quand', true],
    ['Julie', false],
    ['le matin', false],
    ['06 12 34 56 78', false],
  ])('%s → %s', (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });
});
