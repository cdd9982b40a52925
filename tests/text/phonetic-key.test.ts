import { describe, expect, it } from 'vitest';
import { phoneticKey } from '../../src/text/phonetic-key.js';

describe('phoneticKey: spellings that sound alike share a key', () => {
  it.each([
    ['mecanik', 'mecanique'],
    ['aprentisaj', 'apprentissage'],
    ['coifeuze', 'coiffeuse'],
    ['boulanjer', 'boulanger'],
    ['alternanse', 'alternance'],
    ['formassion', 'formation'],
    ['salair', 'salaire'],
    ['ojourdui', 'aujourdhui'],
    ['inscrir', 'inscrire'],
    ['patisie', 'patissier'],
    ['elektricien', 'electricien'],
    ['plombie', 'plombier'],
    ['karossier', 'carrossier'],
    ['sekretaire', 'secretaire'],
    ['anploi', 'emploi'],
    ['vandeur', 'vendeur'],
    ['otorisation', 'autorisation'],
    ['fotografe', 'photographe'],
    ['jardain', 'jardin'],
  ])('%s sounds like %s', (typed, known) => {
    expect(phoneticKey(typed)).toBe(phoneticKey(known));
  });

  it.each([
    ['vendeur', 'vendeuse'],
    ['coiffeur', 'couvreur'],
    ['boucher', 'boulanger'],
    ['infirmier', 'informatique'],
    ['macon', 'mecanique'],
    ['pain', 'pan'],
    ['bonbon', 'bobo'],
  ])('%s does not sound like %s', (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });
});
