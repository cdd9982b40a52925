import { describe, expect, it } from 'vitest';
import { registerWritten } from '../../src/nlu/register.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const of = (text: string) => registerWritten(tokenize(normalize(text)));

describe('registerWritten', () => {
  it.each([
    ['Pouvez-vous me dire combien gagne un apprenti ?', 'vous'],
    ['ma fille veut faire un CAP, vous avez des infos ?', 'vous'],
    ['tu peux me dire combien je vais gagner', 'tu'],
    ["t'es qui toi ?", 'tu'],
    // A formal letter addresses no one, and still expects vous.
    ["Bonjour, je souhaiterais connaître la rémunération d'un apprenti de 18 ans. Cordialement", 'vous'],
    ['Madame, Monsieur, quelles sont les aides pour un apprenti ?', 'vous'],
  ])('%s → %s', (text, register) => {
    expect(of(text)).toBe(register);
  });

  it('says nothing when the message shows no register, or both', () => {
    expect(of('cap cuisine caen')).toBeUndefined();
    expect(of('tu sais, vous êtes gentils')).toBeUndefined();
    // "svp" / "stp" are everyone's shorthand, not a register.
    expect(of('rappelez-moi svp')).toBeUndefined();
    expect(of('un cap stp')).toBeUndefined();
  });
});
