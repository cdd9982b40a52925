import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const HONEST = /Mes sources ne couvrent pas ce point précis|Vos sources|Mes sources ne couvrent pas/;

/**
 * Round 20 (a code-blind set's kinds, own phrasings): the honest "my sources do not cover this point" was given to
 * questions the knowledge answers. Each kind is fixed at its reason; real uncovered subjects keep the honest reply.
 */
describe('a diploma held and "what now": what follows that diploma', () => {
  it.each([
    ["j'ai eu mon bac pro vente, je fais quoi maintenant", /Après un bac pro/],
    ['jai mon bac pro commerce je fais quoi maintenant', /Après un bac pro/],
    ["j'ai eu mon CAP vente, je fais quoi maintenant ?", /Après un CAP/],
    ['cap cuisine validé, je peux faire quoi maintenant ?', /Après un CAP/],
    ['Mon fils a obtenu son CAP maçon, que peut-il faire maintenant ?', /Après un CAP, le jeune peut/],
    ["Ma fille a eu son bac pro commerce, que faire maintenant ?", /Après un bac professionnel/],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(HONEST);
  });

  it('a question of its own after the diploma keeps its entry', async () => {
    const { text } = await lastReplyOf(["j'ai eu mon cap, je peux partir avant la fin du contrat ?"]);
    expect(text).toMatch(/Partir une fois le diplôme obtenu/);
  });
});

describe('an age and a higher diploma held: apprenticeship is open until 29', () => {
  it.each([
    ["jai 27 ans et un master, c encore possible l'apprentissage ?"],
    ["j'ai 29 ans et un master, je peux encore être apprenti ?"],
    ["j'ai 25 ans et un master, trop vieux pour être apprenti ?"],
    ["g 26 ans jai un master c mort pour l'alternance ?"],
    ["Notre fille a 28 ans et un master, peut-elle encore signer un contrat d'apprentissage ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/jusqu'à 29 ans révolus/);
    expect(text).not.toMatch(HONEST);
  });
});

describe('renting a room or a flat near the job or the CFA: the Mobili-Jeune aid', () => {
  it.each([
    ['jai 24 ans je cherche a louer une chambre pres du cfa'],
    ["j'ai 22 ans, je dois prendre un appart plus près de mon entreprise, y a une aide ?"],
    ["g 21 ans je vais prendre un studio vers mon cfa c possible d'avoir une aide pour le loyer"],
    ["j'ai 25 ans, je cherche un logement près de mon patron, il y a une aide ?"],
    ["Notre fille de 20 ans va louer une chambre près de son CFA, existe-t-il une aide ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Mobili-Jeune/);
    expect(text).toMatch(/10 € à 100 €/);
  });

  it("the CFA's nights away keep the entry on lodging at the CFA", async () => {
    const { text } = await lastReplyOf(["qui paie les nuits d'hôtel quand je suis au CFA loin de chez moi ?"]);
    expect(text).toMatch(/internat/);
    expect(text).not.toMatch(/Mobili-Jeune/);
  });
});

describe('real uncovered subjects keep the honest reply', () => {
  it.each([
    ["j'ai des jours de congé pour le mariage de ma sœur ?"],
    ['je garde ma bourse de lycée en apprentissage ?'],
    ['Notre fils garde-t-il sa bourse de lycée s\'il passe en apprentissage ?'],
    // The story after the question is not what is asked: the wedding still is, and no entry covers it.
    ['Un apprenti a-t-il droit à des jours pour le mariage de sa sœur ? Ma fille se marie en juin.'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(HONEST);
  });
});

/**
 * A whole question asked first, then the situation told ("<question> ? Ma fille a commencé en septembre chez un
 * garagiste."): the story's words say whose case it is, not what is asked (mask.ts, questionBeforeStory).
 */
describe('a clear question followed by a sentence of context: the entry it asks', () => {
  it.each([
    ["Est-ce que mon enfant peut rompre son contrat d'apprentissage ? Ma fille a commencé en septembre chez un garagiste.", /Rompre un contrat d'apprentissage/],
    ['Qui paie la formation au CFA ? Ma fille a commencé en septembre chez un garagiste.', /La formation est gratuite/],
    ['Qui paie la formation au CFA ? Mon fils démarre chez un carrossier la semaine prochaine.', /La formation est gratuite/],
    ["L'apprenti a-t-il droit à des congés payés ? Ma fille a commencé en septembre chez un garagiste.", /5 semaines de congés payés/],
    ["c koi la periode d'essai pour un apprenti ? mon gars a commencé chez un couvreur", /45 premiers jours/],
    // Who writes, told after the question, still decides the entry.
    ["Peut-on l'embaucher en apprentissage ? Nous sommes une mairie.", /employeurs publics/],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(HONEST);
  });
});

describe('a trade named and "how does one get there": its diplomas', () => {
  it.each([
    ['boulanger on y arrive comment', /Boulanger \/ Boulangère/],
    ['opticien on y arrive comment ?', /Opticien \/ Opticienne/],
    ['Notre fille veut être fleuriste, comment y arrive-t-on ?', /Fleuriste/],
    ['quelle formation pour être plombier', /Plombier/],
    ['boulanger ça se prépare comment ?', /Boulanger \/ Boulangère/],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
    expect(text).toMatch(/Voici les diplômes qui y mènent/);
  });

  it('the way to an employer keeps the employer search', async () => {
    const { text } = await lastReplyOf(["j'arrive pas à trouver un employeur boulanger, comment on y arrive ?"]);
    expect(text).not.toMatch(/Voici les diplômes qui y mènent/);
  });
});
