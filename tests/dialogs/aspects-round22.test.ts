import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 22 (r22-aspects): right after an answer about ONE thing (an aid, an organisation, the employer aid, the pay), a
 * short follow-up asking one aspect of that thing is answered from that thing, not by the help menu, the pay grid,
 * "not covered" or a neighbouring entry. Own phrasings, tu and vous, SMS spelling; near misses keep their answer.
 */

const PAY_17 = "j'ai 17 ans je serai payé combien en CAP ?";
const EMPLOYER_BAC_PRO = 'je suis employeur, quelle aide pour embaucher un apprenti en bac pro ? on a 20 salariés';

describe("the next year's pay, however 'l'année d'après' is typed", () => {
  it.each([["et l'anée d'aprés"], ["lanné d'apres ?"], ["et l'anne suivante ?"], ["l'année dapre"]])('"%s" after the pay: the 2nd year', async (message) => {
    const { text, rule } = await lastReplyOf([PAY_17, message]);
    expect(text).toMatch(/2e année/);
    expect(text).toMatch(/728,14 €/);
    expect(text).not.toMatch(/Que faire après un CAP/);
    expect(rule).toBe('carry-over');
  });

  it('near miss: "et après le CAP ?" after the pay still asks what follows the CAP', async () => {
    const { text } = await lastReplyOf([PAY_17, 'et après le CAP je peux faire quoi ?']);
    expect(text).toMatch(/Après un CAP/);
  });
});

describe('how to claim the aid just shown, said in a few words', () => {
  it.each([
    ["c'est quoi mobili-jeune ?", 'je fais comment ?', /en ligne sur le site d'Action Logement/],
    ["c'est quoi mobili-jeune ?", "on fait comment pour l'avoir ?", /en ligne sur le site d'Action Logement/],
    ["c'est quoi la prime d'activité pour un apprenti ?", "comment on l'obtient ?", /^Fais la demande en ligne sur le site de la CAF/],
    ["c'est quoi la prime d'activité pour un apprenti ?", 'jfai comment ?', /demande en ligne sur le site de la CAF/],
    ["l'aide au permis de conduire pour les apprentis", 'je fais comment ?', /Plus aucune demande n'est possible/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Voici ce que je sais faire/);
    expect(rule).not.toBe('interruption');
  });

  it('vous: "comment nous l\'obtenons ?" after the Agefiph aid gives its how-to', async () => {
    const { text } = await lastReplyOf(["Quelle est l'aide de l'Agefiph pour embaucher un alternant handicapé ?", "Comment l'obtient-on ?"]);
    expect(text).toMatch(/auprès de l'Agefiph, sur son site/);
    expect(text).not.toMatch(/Voici ce que (je sais|vous pouvez) faire/);
  });

  it('near miss: "merci" after an aid keeps its reply', async () => {
    const { text } = await lastReplyOf(["c'est quoi mobili-jeune ?", 'merci']);
    expect(text).not.toMatch(/Action Logement/);
  });
});

describe("the employer aid evaluated again with the apprentice's level changed", () => {
  it.each([
    ["et s'il prépare plutôt un BTS ?", /4 500 €/],
    ['et si elle fait un CAP ?', /5 000 €/],
    ['Et si notre apprentie préparait un BTS ?', /4 500 €/],
  ])('"%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([EMPLOYER_BAC_PRO, message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Dans quelle ville/);
    expect(rule).toBe('carry-over');
  });

  it('near miss: "et le BTS c\'est où à Caen ?" is a course search', async () => {
    const { text } = await lastReplyOf([EMPLOYER_BAC_PRO, "et le BTS c'est où à Caen ?"]);
    expect(text).toMatch(/près de Caen/);
  });
});

describe('"c\'est qui X ?" after an answer that names X: the entry defining X, the person\'s case told beside it', () => {
  it.each([
    ["mon patron me crie dessus, je peux faire quoi ?", "c'est qui le médiateur ? je bosse dans un garage", /Le médiateur de l'apprentissage aide à régler un désaccord/],
    ["mon patron m'empêche d'aller au CFA", 'c ki le mediateur ? je suis dans une ferme', /Le médiateur de l'apprentissage aide/],
    ["mon patron m'empêche d'aller au CFA", "c'est quoi le médiateur ?", /Le médiateur de l'apprentissage aide/],
    ['Mon apprenti ne vient plus, que faire ?', 'Qui est le médiateur ? Nous sommes une boulangerie.', /Le médiateur de l'apprentissage recherche une solution amiable/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/ne couvre pas cette question|Voici ce que je sais faire/);
    expect(rule).toBe('term-defined');
  });

  it('a context sentence before the question: "Je suis en 1re année. C\'est quoi un OPCO ?"', async () => {
    const { text } = await lastReplyOf(["Je suis en 1re année. C'est quoi un OPCO ?"]);
    expect(text).toMatch(/L'OPCO \(opérateur de compétences\)/);
  });

  it('near miss: "c\'est quoi le médiateur ?" after the mediator\'s own answer stays on it', async () => {
    const { text } = await lastReplyOf(["c'est quoi le médiateur de l'apprentissage ?", "et c'est payant ?"]);
    expect(text).toMatch(/gratuit/);
  });
});

describe('how to reach "them" right after an answer about one organisation', () => {
  it.each([
    ["c'est quoi la mission locale ?", "c'est quoi leur site ?", /Missions Locales de Normandie/],
    ["c'est quoi la mission locale ?", 'ils sont où ?', /24 Missions Locales en Normandie/],
    ["c'est quoi la mission locale ?", 'on les contacte comment ?', /le 0800 050 000 peut t'indiquer la plus proche/],
    ["c'est quoi l'aide agefiph pour embaucher un alternant ?", 'je les appelle où ?', /https:\/\/www\.agefiph\.fr/],
    ["Quelle aide de l'Agefiph pour recruter un alternant handicapé ?", 'Pouvez-vous me donner leur site ?', /https:\/\/www\.agefiph\.fr/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/ne couvre pas cette question|Voici ce que je sais faire/);
    expect(rule).toBe('organisation-reach');
  });

  it('near miss: "et pour les plus de 26 ans ?" after the Mission Locale is not its card', async () => {
    const { rule } = await lastReplyOf(["c'est quoi la mission locale ?", 'et pour les plus de 26 ans ?']);
    expect(rule).not.toBe('organisation-reach');
  });
});

describe('what else there is, right after an aid that has ended', () => {
  it.each([
    ["l'aide au permis de conduire pour les apprentis", "dommage, et y a quoi d'autre ?"],
    ['la carte jeunes apprentis normands', 'il reste quoi alors ?'],
    ["l'aide au permis de conduire pour les apprentis", 'ok et sinon il y a quoi comme aides ?'],
    ['la carte jeunes apprentis normands', "Y a-t-il d'autres aides ?"],
  ])('"%s" then "%s": the aids of today', async (first, message) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).toBe('ended-aid-now');
    expect(text).toMatch(/Voici les aides|dis-moi qui tu es|dites-moi qui vous êtes/);
    expect(text).not.toMatch(/ne couvre pas cette question/);
  });

  it('near miss: "y a autre chose pour payer le permis ?" keeps the answer for that need', async () => {
    const { rule } = await lastReplyOf(["l'aide au permis de conduire pour les apprentis", 'y a autre chose pour payer le permis ?']);
    expect(rule).toBe('ended-aid-now');
  });
});

describe('a narrower part of the list of aids: the aid of that need', () => {
  const AIDS_19 = "j'ai 19 ans, quelles aides pour moi ?";
  it.each([['et pour le logement précisément ?'], ['et pour le loyer ?'], ['et pour me loger ?'], ['et niveau logement ?']])('"%s": Mobili-Jeune', async (message) => {
    const { text } = await lastReplyOf([AIDS_19, message]);
    expect(text).toMatch(/Aide Mobili-Jeune d'Action Logement/);
    expect(text).not.toMatch(/Qui paie l'internat|Prime d'activité pour un apprenti majeur/);
  });

  it('vous: "Et concernant le loyer ?" after the aids of a 20-year-old', async () => {
    const { text } = await lastReplyOf(["J'ai 20 ans, quelles aides existent pour moi ?", 'Et pour le loyer ?']);
    expect(text).toMatch(/Mobili-Jeune/);
  });

  it.each([
    ['et pour dormir là-bas ?', /Qui paie l'internat et la cantine au CFA/],
    ['et pour le transport ?', /abonnement de transport/],
    ['et pour le permis de conduire ?', /permis de conduire/],
  ])('near miss: "%s" keeps its own answer', async (message, expected) => {
    const { text } = await lastReplyOf([AIDS_19, message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Prime d'activité pour un apprenti majeur/);
  });
});

describe('whom the aid just shown is for', () => {
  it.each([
    ["le contrat d'engagement jeune c'est quoi ?", "c'est pour les moins de 26 ans ?", /entre 16 et 25 ans/],
    ["c'est quoi mobili-jeune ?", 'c pour ki ?', /moins de 30 ans/],
    ["c'est quoi mobili-jeune ?", "c'est pour les plus de 25 ans aussi ?", /moins de 30 ans/],
    ["Qu'est-ce que l'aide de l'Agefiph pour l'alternance ?", 'Qui peut en bénéficier ?', /personne en situation de handicap/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/ne couvre pas cette question|C'est quoi une Mission Locale/);
  });

  it('near miss: "combien je serai payé ?" after an aid is the pay', async () => {
    const { text } = await lastReplyOf(["c'est quoi mobili-jeune ?", 'combien je serai payé ?']);
    expect(text).toMatch(/salaire minimum d'un apprenti/i);
  });
});

describe("how much, right after an aid with an amount: its amount, first", () => {
  it.each([
    ["c'est quoi mobili-jeune ?", 'ça fait combien max par an ?', /^Comme dans ma réponse juste au-dessus : participation au loyer : de 10 € à 100 € par mois\./],
    ['y a une aide pour le loyer ?', 'et ça monte à combien ?', /^Comme dans ma réponse juste au-dessus : participation au loyer : de 10 € à 100 € par mois\./],
    ["le contrat d'engagement jeune c'est quoi ?", "c'est combien par mois ?", /^Comme dans ma réponse juste au-dessus : allocation : jusqu'à 561,68 € par mois\./],
    ["Qu'est-ce que l'aide de l'Agefiph pour l'alternance ?", 'Le montant maximum est de combien ?', /jusqu'à 3 000 €/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Salaire minimum d'un apprenti/);
  });

  it('an amount worked out case by case keeps the sentence that says how to know it', async () => {
    const { text } = await lastReplyOf(["c'est quoi la prime d'activité pour un apprenti ?", 'c koi le montant par mois ?']);
    expect(text).toMatch(/simulation sur le site de la CAF/);
  });
});
