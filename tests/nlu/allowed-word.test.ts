import { describe, expect, it } from 'vitest';
import { withAllowedRead } from '../../src/nlu/allowed-word.js';
import { normalize } from '../../src/text/normalize.js';

describe('"permis" meaning allowed', () => {
  it.each([
    ["c'est permis de finir à 23h ?", 'ce est autorise de finir a 23 h'],
    ['est ce permis pour un mineur', 'est ce autorise pour un mineur'],
    ["ce n'est pas permis ça", 'ce ne est pas autorise ca'],
    ['est-il permis de bosser la nuit', 'est il autorise de bosser la nuit'],
  ])('"%s" reads "allowed"', (message, read) => {
    expect(withAllowedRead(normalize(message))).toBe(read);
  });

  it.each(['le permis coûte cher', 'aide au permis', 'il passe son permis', 'permis de conduire', "c'est le permis b", "c'est permis b ou moto ?"])(
    '"%s" keeps the licence',
    (message) => {
      expect(withAllowedRead(normalize(message))).toContain('permis');
    },
  );
});
