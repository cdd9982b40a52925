import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 28 (issue 11): young people write words as they say them ("mecanik", "aprentisaj", "boulanjer"). A word the
 * bot does not know that sounds like exactly one word of its knowledge is read as that word (src/nlu/sound-reading.ts),
 * so the message gets the answer its plain spelling gets. Own phrasings, over trades, training, pay, leave, the
 * contract and the employer's aids, tu and vous.
 */
describe('a message with words spelt as they sound gets its answer', () => {
  it.each([
    ['kel formassion pour devenir elektricien', /Électricien/],
    ['Bonjour, mon fils voudrait devenir karossier, quelle formassion ?', /Carrossier/],
    ['jveu fer menuizier, ya koi comme diplom', /Menuisier/],
    ['je cherche une formation de coifeuze vers caen', /coiffeur.*Caen/],
    ['jveu etre plombie a rouen', /plombier.*Rouen/],
    ['combien de vaccanse en aprentisaj', /congés payés/],
    ["l otorisation de mes parent pour signer", /représentant légal/],
    ['c quoi lapprentisage', /L'apprentissage, c'est/],
    ["Nous souhaitons embaucher un aprenti, quelles aides pour l'anployeur ?", /aides pour l'employeur/],
    ['cmb touche un aprenti cuisinie de 17 ans', /17 ans.*salaire/],
    ['je suis aprenti et je doi déménajer, ya une aide au logemant ?', /Action Logement/],
    ['ma fille veut faire patisié', /Pâtissier/],
    ['jveu etre fotografe', /Photographe/],
    ['kombien de congés pour un aprenti', /congés payés/],
    ['vous formez au metier de plombie chaufajiste ?', /Plombier/],
    ['c koi la diferanse entre aprentisaj et contra pro', /Dans les deux cas/],
    ["ya une aide pour l'ebergement ?", /internat/],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
  });
});

describe('near misses keep their answer', () => {
  it('a name with its capital is not read as a word', async () => {
    const { text } = await lastReplyOf(['Je suis Kevin, je veux être boulanger']);
    expect(text).toMatch(/Boulanger/);
  });

  it('a misspelt town is left to the towns’ search', async () => {
    const { text } = await lastReplyOf(['cap coiffure vers lisieu']);
    expect(text).toMatch(/Lisieux/);
  });

  it('the plain spelling gets the same answer', async () => {
    const { text } = await lastReplyOf(['quelle formation pour devenir électricien']);
    expect(text).toMatch(/Électricien/);
  });
});
