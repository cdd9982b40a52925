import { describe, expect, it } from 'vitest';
import { recognizeChoice } from '../../dialogs/support/choices.js';

const YEARS = ['2e année', '3e année', 'Les aides', 'Où me former ?'];
const PERSONAS = ['Je suis un jeune', 'Je suis un parent', 'Je suis un employeur', 'Je suis conseiller'];
const INTERESTS = ['Cuisine, restauration', 'Bâtiment, construire', 'Coiffure, esthétique', 'Animaux'];

describe('recognizeChoice: typed answers to quick replies', () => {
  it.each([
    ['2e année', YEARS, 0],
    ['la 2eme', YEARS, 0],
    ['2', YEARS, 0],
    ['3e', YEARS, 1],
    ['les aides', YEARS, 2],
    ['ou me former', YEARS, 3],
    ['parent', PERSONAS, 1],
    ['je suis employeuse', PERSONAS, 2],
    ['la 2e', PERSONAS, 1],
    ['coiffure', INTERESTS, 2],
    ['batiment', INTERESTS, 1],
    ['animaux', INTERESTS, 3],
    ['anímaux', INTERESTS, 3],
  ])('"%s" → choice %#', (answer, choices, index) => {
    expect(recognizeChoice(answer, choices)).toBe(index);
  });

  it.each([
    ['17', YEARS],
    ['je ne sais pas', PERSONAS],
    ['', INTERESTS],
    ['informatique', INTERESTS],
  ])('"%s" picks nothing', (answer, choices) => {
    expect(recognizeChoice(answer, choices)).toBeUndefined();
  });

  // A word of everyday French typed as it is is no misspelling of a choice one letter away; a real typo still picks.
  const EVERYDAY = new Set(['aider', 'peux', 'tu', 'me']);
  it.each([
    ['tu peux m\'aider ?', undefined],
    ['aider', undefined],
    ['les aidse', 2],
    ['aidez', undefined],
  ])('"%s" with everyday words known → %s', (answer, index) => {
    expect(recognizeChoice(answer, YEARS, (w) => EVERYDAY.has(w) || w === 'aidez')).toBe(index);
  });
});
