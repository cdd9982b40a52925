import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities.js';
import { normalize } from '../../src/text/normalize.js';

describe('persona: running a business', () => {
  it.each([
    ['je gère un garage', 'employeur'],
    ['nous dirigeons une PME de menuiserie', 'employeur'],
    ["quelle aide pour l'entreprise ?", 'employeur'],
    ['mon fils travaille dans un garage', 'parent'],
    ['je travaille dans un garage', undefined],
  ])('%s → %s', (raw, persona) => {
    expect(extractEntities(normalize(raw)).persona).toBe(persona);
  });
});

describe('normalize: "sept" as a month or a number', () => {
  it.each([
    ['le 15 sept 2025', 'le 15 sept 2025'],
    ['fin sept', 'fin sept'],
    ['sept ans', '7 ans'],
    ['dix sept ans', '17 ans'],
    ['on est sept salariés', 'on est 7 salaries'],
  ])('%s → %s', (raw, normalized) => {
    expect(normalize(raw)).toBe(normalized);
  });
});
