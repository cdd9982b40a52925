import { beforeAll, describe, expect, it } from 'vitest';
import { createRecognizer } from '../../src/nlu/understand.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { lastReplyOf } from './harness.js';

const recognizer = createRecognizer();
beforeAll(async () => {
  await sharedKnowledge();
}, 300_000);
const read = async (text: string) => recognizer.understand(text, (await sharedKnowledge()).current, { maxChars: 2000, today: '2026-11-27' });

/**
 * Round 30 (integration): "ma boîte" is the company one works for or runs, slang for "entreprise". Read as a trade
 * word it was matched by its letters to "bois" (the wood trades), so an employer's "ma boîte cherche un apprenti
 * menuisier" read a machine operator and, with the honest guard, "not covered".
 */
describe('"ma boîte" names no trade', () => {
  it.each([
    ['ma boîte cherche un apprenti en menuiserie, comment on fait ?', 'H2206'],
    ['ma boite cherche un apprenti menuisier, comment on fait ?', 'H2206'],
    ['dans ma boîte on voudrait prendre un apprenti boulanger', 'D1102'],
    ['notre boîte embauche un apprenti plombier, les démarches ?', 'F1603'],
    ['je bosse dans une boîte de plomberie, je peux y faire mon apprentissage ?', 'F1603'],
    ['ma boite recrute un apprenti coiffeur', 'D1202'],
    ['une boîte de maçonnerie veut me prendre en apprentissage', 'F1703'],
    ['ma boîte de menuiserie cherche un alternant', 'H2206'],
  ])('%s → %s', async (text, rome) => {
    expect((await read(text)).trade?.trade.code).toBe(rome);
  });

  it("an employer's own company seeking an apprentice gets the hiring steps", async () => {
    const { text } = await lastReplyOf(['ma boîte cherche un apprenti en menuiserie, comment on fait ?']);
    expect(text).toMatch(/[Rr]ecrut|[Ee]mbauch|offre/);
    expect(text).not.toMatch(/ne couvrent pas/);
  });

  it('near miss: "bois" still names the wood trades', async () => {
    expect((await read("j'aime travailler le bois")).facts.interests ?? []).not.toHaveLength(0);
  });
});

/**
 * Round 30 (integration): a dispute with the other side of the contract spelt "un différent avec" (the adjective for
 * the noun, a common spelling; and the sound reading turns "différend" into "différent" once the knowledge writes the
 * adjective) is still a dispute: the mediator answers.
 */
describe('"un différent avec" is a dispute', () => {
  it.each([
    ['nous avons un différend avec notre apprentie en esthétique au sujet de ses horaires, qui peut nous aider ?'],
    ["j'ai un différent avec mon patron, qui peut m'aider ?"],
    ['un différent avec ma patronne sur mes horaires, qui peut trancher ?'],
    ['on a un différent avec notre apprenti sur ses congés, à qui s adresser ?'],
    ['des differents avec ma patronne depuis des semaines, c est qui le mediateur ?'],
    ["mon fils a un différent avec son employeur, qui peut les départager ?"],
    ['un différent avec mon tuteur, y a quelqu un pour nous aider ?'],
    ['jai un differend avec mon chef en cuisine'],
  ])('%s', async (text) => {
    const { text: reply } = await lastReplyOf([text]);
    expect(reply).toMatch(/médiat/i);
  });

  it('near miss: "différent" as the adjective compares, it is no dispute', async () => {
    const { text } = await lastReplyOf(["c'est différent avec un BTS ?"]);
    expect(text).not.toMatch(/médiateur/i);
  });
});

/**
 * Round 30 (integration): "et après un CAP ?" after what follows a bac pro asks what follows a CAP, not the CAP's place
 * in a comparison (comparison-extended.ts reads only a path added to a comparison).
 */
describe('"et après un CAP ?" asks what follows it', () => {
  it.each([
    [['Que faire après un bac pro en apprentissage ?', 'et après un CAP ?'], /Après un CAP/],
    [['on fait quoi après un bac pro ?', 'et après un cap ?'], /Après un CAP/],
    [['et après le bac pro on peut continuer ?', 'et ensuite après un CAP ?'], /Après un CAP/],
  ])('%j', async (messages, expected) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(expected);
  });

  it('near miss: a path added to a comparison still gets its own entry', async () => {
    const { text } = await lastReplyOf(['c quoi la diff entre un cap et un bac pro', 'et un bts ?']);
    expect(text).toMatch(/BTS/);
    expect(text).not.toMatch(/Comme dans ma réponse/);
  });
});

/**
 * Round 30 (integration): a cost beside the training, asked with "au CFA … payé par qui ?", is that cost (the OPCO's
 * ceilings for lodging and meals, transport), not "the training is free" (training-payer-asked.ts).
 */
describe('a side cost at the CFA is not the training', () => {
  it.each([
    ["l'internat au cfa c'est payé par qui ?"],
    ['les repas au CFA, qui les paie ?'],
    ["l'hébergement pendant les semaines de CFA c'est financé par qui ?"],
    ['qui paie les nuits à l internat du cfa ?'],
  ])('%s', async (text) => {
    const { text: reply } = await lastReplyOf([text]);
    expect(reply).not.toMatch(/^La formation est gratuite/);
  });

  it.each([['qui paie la formation au CFA ?'], ['le cfa c est payé par qui ?'], ['qui finance les cours ?']])('near miss: %s is the training', async (text) => {
    const { text: reply } = await lastReplyOf([text]);
    expect(reply).toMatch(/gratuite/);
  });
});

/** Round 30 (integration): the employer asks what the training costs them; the apprentice that it is free. */
describe("who pays the training, asked by the employer, is the employer's entry", () => {
  it.each([
    ['Qui paie la formation au CFA de mon apprenti ?'],
    ['la formation de notre alternant, qui la finance ?'],
    ['je suis employeur, le cfa de mon apprenti est payé par qui ?'],
    ['qui paie les cours de mon apprentie ?'],
  ])('%s', async (text) => {
    const { text: reply } = await lastReplyOf([text]);
    expect(reply).toMatch(/OPCO/);
    expect(reply).toMatch(/750/);
  });

  it('then "et moi je paie quoi ?" reads what the employer pays', async () => {
    const { text } = await lastReplyOf(['Qui paie la formation au CFA de mon apprenti ?', 'Et moi je paie quoi ?']);
    expect(text).toMatch(/salaire|750/);
  });

  it('near miss: the apprentice asking gets that it is free for them', async () => {
    const { text } = await lastReplyOf(['qui paie ma formation au cfa ?']);
    expect(text).toMatch(/gratuite/);
  });
});

/** Round 30 (integration): a job that names a field but no one trade gets the field's trades, not "quel métier ?". */
describe('a field named with no one trade lists its trades', () => {
  it.each([['vendeuse en magasin'], ['vendeur en boutique'], ['vendeuse en grande surface']])('%s', async (text) => {
    const { text: reply } = await lastReplyOf([text]);
    expect(reply).not.toMatch(/Quel métier t'intéresse/);
    expect(reply).toMatch(/vente|commerc|vendeu/i);
  });
});

/**
 * Round 30 (review 21, E7): a quantity asked of the card just shown is answered by its sentence with the quantity, and
 * "en même temps" asks nothing of "même" (it met "du même domaine" first).
 */
describe('"combien …" after a card is answered by its sentence with the quantity', () => {
  const MASTER = "Bonjour, je voudrais être maître d'apprentissage. Quelles conditions dois-je remplir ?";
  it.each([
    ["Combien d'apprentis puis-je encadrer en même temps ?"],
    ["je peux suivre combien d'apprentis en même temps ?"],
    ["et le nombre maximum d'apprentis par maître ?"],
  ])('%s', async (text) => {
    const { text: reply } = await lastReplyOf([MASTER, text]);
    expect(reply).toMatch(/deux apprentis/);
  });
});

/**
 * Round 30 (integration): a question whose subject no entry writes is not answered by a weak topic lead ("comment
 * investir en bitcoin avec mon salaire" asked the age for the pay grid once the pay topic crossed 0.2).
 */
describe('a weak topic lead does not answer a subject no entry writes', () => {
  it.each([['comment investir en bitcoin avec mon salaire'], ['je peux acheter des cryptos avec mon salaire ?']])('%s', async (text) => {
    const { text: reply } = await lastReplyOf([text]);
    expect(reply).not.toMatch(/Quel âge as-tu/);
    expect(reply).toMatch(/0800 050 000/);
  });

  it('near miss: the pay asked plainly still asks the age', async () => {
    const { text } = await lastReplyOf(['combien je serai payé en apprentissage ?']);
    expect(text).toMatch(/âge/);
  });
});

describe('near miss: one job word alone still offers the trades it heads', () => {
  it('vendeuse ?', async () => {
    const { text } = await lastReplyOf(['vendeuse ?']);
    expect(text).toMatch(/Quel métier t'intéresse/);
    expect(text).toMatch(/Vendeur en prêt-à-porter/);
  });
});
