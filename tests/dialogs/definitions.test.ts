import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * What a term of the field is (apprenticeship, a CFA, the trial period, the RQTH): the entries that define them, asked
 * in a few words, even when the term is a word every entry shares ("apprentissage"). Phrasings of the team.
 */
describe('definitions', () => {
  it.each([
    ["Qu'est-ce qu'un contrat d'apprentissage exactement ?", /un métier en alternance|formation en alternance/],
    ["ma fille parle d'alternance, c'est quoi le principe ?", /un métier en alternance|formation en alternance/],
    ["c'est quoi l'apprentissage ?", /un métier en alternance|formation en alternance/],
    ['lapprentissage ckoi', /un métier en alternance/],
    ["c'est quoi un cfa", /centre de formation d'apprentis/],
    ['CFA ça veut dire quoi exactement', /centre de formation d'apprentis/],
    ["la période d'essai c'est quoi", /45 premiers jours/],
    ['rqth définition', /reconnaissance de la qualité de travailleur handicapé/],
    ["c'est quoi un opco ?", /opérateur de compétences/],
    ['opco ca veut dire koi', /opérateur de compétences/],
    ["Qu'est-ce qu'un OPCO pour une entreprise qui prend un apprenti ?", /opérateur de compétences/],
  ])('"%s"', async (text, expected) => {
    const c = await startConversation();
    expect(read(await c.send(text))).toMatch(expected);
  });

  it('a word beside the term asks something about it: "c\'est quoi le salaire d\'un apprenti ?" is the pay', async () => {
    const c = await startConversation();
    const r = read(await c.send("c'est quoi le salaire d'un apprenti ?"));
    expect(r).not.toMatch(/un métier en alternance/);
    expect(r).toMatch(/SMIC/i);
  });
});
