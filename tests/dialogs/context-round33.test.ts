import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 33 (review 24, "a short follow-up gets the wrong card, the context is lost"): a follow-up is read with what is
 * in view, and what it adds or changes; a real new question still wins.
 */

/**
 * Kind 1: a bare "how much" after a card that is not the pay asks the amount of the thing in view (amount-in-view.ts),
 * never the apprentice's minimum pay with "quel âge as-tu ?".
 */
describe('a bare "how much" asks the amount of the thing in view', () => {
  const GEAR = [
    "il me faut une caisse à outils pour mon CAP menuiserie, y a une aide ?",
    "mes chaussures de sécurité pour la formation, c'est remboursé ?",
  ];
  it.each([
    [GEAR[0]!, "c'est combien au max ?"],
    [GEAR[0]!, 'le plafond c est combien'],
    [GEAR[0]!, 'ça monte à combien ?'],
    [GEAR[1]!, 'combien maximum ?'],
    [GEAR[1]!, 'cb max'],
    [GEAR[1]!, "et le montant ?"],
    [GEAR[0]!, "jusqu'à combien ils remboursent ?"],
    [GEAR[1]!, 'ça fait combien ?'],
  ])('"%s" then "%s": the ceiling of the first equipment', async (opening, follow) => {
    const { text, rule } = await lastReplyOf([opening, follow]);
    expect(text).toMatch(/500 €/);
    expect(text).not.toMatch(/Quel âge as-tu/);
    expect(rule).not.toBe('topic-lead');
  });

  const LODGING = ['Quelles aides pour ma fille apprentie qui doit louer un studio à Caen ?', "mon fils doit se loger près de son patron au Havre, quelles aides existent ?"];
  it.each([
    [LODGING[0]!, 'combien par mois ?'],
    [LODGING[0]!, "elle a 20 ans, c'est combien par mois ?"],
    [LODGING[1]!, 'ça fait combien chaque mois ?'],
    [LODGING[1]!, "c'est combien par mois en tout ?"],
  ])('"%s" then "%s": the one aid of the list paid by the month', async (opening, follow) => {
    const { text } = await lastReplyOf([opening, follow]);
    expect(text).toMatch(/100 € par mois/);
    expect(text).not.toMatch(/Salaire minimum d'un apprenti/);
  });

  it.each([
    ["j'ai 21 ans, je fais rien depuis 6 mois, plus de cours plus de boulot, y a une aide ?", 'ça donne combien ?'],
    ["j'ai 21 ans, je fais rien depuis 6 mois, plus de cours plus de boulot, y a une aide ?", 'ça paye combien ?'],
    ["j'ai 18 ans j'ai quitté le lycée et je fais rien, quelqu'un peut m'accompagner ?", 'ça rapporte combien par mois ?'],
    ["j'ai 18 ans j'ai quitté le lycée et je fais rien, quelqu'un peut m'accompagner ?", 'elle verse combien ?'],
  ])('"%s" then "%s": the allocation of the scheme in view', async (opening, follow) => {
    const { text } = await lastReplyOf([opening, follow]);
    expect(text).toMatch(/561,68 €/);
    expect(text).not.toMatch(/Salaire minimum d'un apprenti/);
  });

  // Near misses: a pay question of its own, a cost, or nothing in view keep their old answers.
  it('near miss: the pay asked in words after the gear card is the pay', async () => {
    const { text } = await lastReplyOf([GEAR[0]!, "combien je serai payé à 17 ans en 1re année ?"]);
    expect(text).toMatch(/504,10 €/);
  });
  it('near miss: "le salaire c\'est combien ?" after the lodging aids is the pay', async () => {
    const { rule } = await lastReplyOf([LODGING[0]!, "et le salaire d'un apprenti c'est combien ?"]);
    expect(rule).not.toBe('amount-in-view');
  });
  it('near miss: what the CFA costs after the gear card is not the gear ceiling', async () => {
    const { rule } = await lastReplyOf([GEAR[1]!, 'combien ça coûte le CFA ?']);
    expect(rule).not.toBe('amount-in-view');
  });
  it('near miss: "combien par mois ?" first thing is still the pay', async () => {
    const { text, rule } = await lastReplyOf(['combien par mois ?']);
    expect(rule).not.toBe('amount-in-view');
    expect(text).toMatch(/salaire|âge/i);
  });
  it('near miss: a trade and a town asked after the gear card is the course search', async () => {
    const { rule } = await lastReplyOf([GEAR[0]!, 'combien de CAP menuisier à Caen ?']);
    expect(rule).not.toBe('amount-in-view');
  });
});

/**
 * Kind 2: "et l'année d'après ?" after the pay asked with the year of the course the person is in ("je passe en 2e
 * année de CAP", no contract year told): the year after that one (profile-update.ts), not the 2nd year again.
 */
describe('"the year after" follows the year the person said they are in', () => {
  const SECOND = "j'ai 17 ans et je suis en 2e année de bac pro, je touche combien ?";
  const SECOND_PARENT = 'Mon fils a 17 ans, il passe en deuxième année de CAP, il doit gagner combien ?';
  it.each([
    [SECOND, "et l'année d'après ?"],
    [SECOND, "et l'année suivante ?"],
    [SECOND, "et l'an prochain ?"],
    [SECOND, 'lannee dapres ?'],
    [SECOND_PARENT, "Et l'année suivante ?"],
    [SECOND_PARENT, "et l'année d'après il touchera combien ?"],
    [SECOND_PARENT, "et l'an d'après ?"],
    [SECOND, "l'année d'après ça fait combien ?"],
  ])('"%s" then "%s": the 3rd year at 17', async (opening, follow) => {
    const { text } = await lastReplyOf([opening, follow]);
    expect(text).toMatch(/1 026,86 €/);
  });

  // Near misses: a contract year told keeps counting from it; with no year told at all, the 2nd year after the table.
  it('near miss: after the 1st contract year told, the year after is the 2nd', async () => {
    const { text } = await lastReplyOf(["j'ai 17 ans, en 1re année de contrat, combien je gagne ?", "et l'année d'après ?"]);
    expect(text).toMatch(/728,14 €/);
  });
  it('near miss: after the three-year table, the year after is the 2nd', async () => {
    const { text } = await lastReplyOf(["j'ai 17 ans, combien gagne un apprenti ?", "et l'année d'après ?"]);
    expect(text).toMatch(/728,14 €/);
  });
});
