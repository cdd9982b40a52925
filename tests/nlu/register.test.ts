import { describe, expect, it } from 'vitest';
import { registerWritten } from '../../src/nlu/register.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const of = (text: string) => registerWritten(tokenize(normalize(text)), text);

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

  it.each([
    // Written French: the subject after the verb, with or without its hyphen.
    ['Combien serai-je payée ?', 'vous'],
    ['Où se forme-t-on au métier de menuisier à Caen ?', 'vous'],
    ['ou puis je suivre ce cap pres d evreux', 'vous'],
    ["L'employeur aura-t-il une aide s'il m'embauche ?", 'vous'],
    ['Ma fille peut-elle commencer en janvier ?', 'vous'],
    // Familiar writing: a greeting among friends, the spoken "j" glued to its verb.
    ['salut, jsuis plombier a mon compte, ca me coute combien un apprenti', 'tu'],
    ['slt jcherche un cap boulanger', 'tu'],
    ['coucou, jveux savoir le salaire', 'tu'],
    // "votre numéro", "vos conseillers": the service as an organisation, not the register; a "tu" still counts.
    ['jpeux appeler votre numero gratuit moi aussi ?', 'tu'],
  ])('%s → %s (how it is written)', (text, register) => {
    expect(of(text)).toBe(register);
  });

  it('is not misled by "puis" meaning "then", or by the service named as "votre numéro"', () => {
    expect(of('et puis je vais au cfa le lundi')).toBeUndefined();
    expect(of('vos conseillers sont joignables le samedi ?')).toBeUndefined();
    expect(of('il est à quelle heure votre standard')).toBeUndefined();
  });

  it('says nothing when the message shows no register, or both', () => {
    expect(of('cap cuisine caen')).toBeUndefined();
    expect(of('tu sais, vous êtes gentils')).toBeUndefined();
    // "svp" / "stp" are everyone's shorthand, not a register.
    expect(of('rappelez-moi svp')).toBeUndefined();
    expect(of('un cap stp')).toBeUndefined();
  });
});
