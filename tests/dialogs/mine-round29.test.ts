import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 29 (mine): where one lives, told after an answer that is no list of places ("j'habite à Lisieux" after the
 * Mission Locale's entry), says the town for that answer as "et à Lisieux ?" does (town-after-answer.ts): the office
 * near it, the ways to find an employer there.
 */
describe('where one lives, told after an answer, is the town for that answer', () => {
  const LOST = "jsais pas quoi faire, j'ai 18 ans et j'ai lâché le lycée";
  it.each([
    [[LOST, "j'habite à Lisieux"], /Lisieux/, /Mission/],
    [[LOST, 'moi je suis sur Évreux'], /Évreux/, /Mission/],
    [[LOST, 'jhabite a vire'], /Vire/, /Mission/],
    [['comment trouver un patron pour mon apprentissage ?', "j'habite à Dieppe"], /Dieppe/, /bonne alternance/i],
    [['comment trouver un patron pour mon apprentissage ?', 'nous on vit vers Bayeux'], /Bayeux/, /bonne alternance/i],
  ])('%j', async (messages, town, service) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(town);
    expect(text).toMatch(service);
    expect(text).not.toMatch(/Quelle formation cherches-tu/);
  });

  it('near miss: a trade with the town is a course search, not the office', async () => {
    const { text } = await lastReplyOf([LOST, "j'habite à Lisieux et je veux faire boulanger"]);
    expect(text).toMatch(/boulang/i);
  });

  it('near miss: in the quiz, the town is its answer', async () => {
    const { text } = await lastReplyOf(["j'aime les animaux", "j'habite à Bayeux"]);
    expect(text).not.toMatch(/Mission Locale/);
  });
});

/**
 * Round 29 (mine): a detail given in reply to another question of the guided path ("j'habite à Granville" while the
 * age is asked) is acknowledged with what was read, then the question; the topic's introduction is not sent twice.
 */
describe('a town given while the quiz asks something else is acknowledged', () => {
  it.each([
    [["j'aime cuisiner", 'j habite a Granville'], /noté : Granville/],
    [['je kiffe les animaux', 'moi je suis sur lisieux'], /noté : Lisieux/],
    [["J'aime le contact avec les gens", "j'habite à Évreux"], /noté : Évreux/],
    [['jaime bricoler', 'jsui a coutances'], /noté : Coutances/],
  ])('%j', async (messages, noted) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(noted);
    expect(text).toMatch(/âge/);
    expect(text).not.toMatch(/encore deux ou trois questions/);
  });

  it('near miss: the first time, the field is said with its trades', async () => {
    const { text } = await lastReplyOf(["j'aime cuisiner"]);
    expect(text).toMatch(/encore deux ou trois questions/);
  });
});

/**
 * Round 29 (mine): school left and now doing nothing, not knowing where to start, with the age at leaving and the
 * present one: the Mission Locale first (orientation-situation.ts UNDECIDED gains "je fais rien", "je commence par
 * quoi"); the age is the present one (age.ts), never the pay for the age at leaving.
 */
describe('school left, doing nothing, where to start', () => {
  it.each([
    ["j'ai arrêté l'école à 16 ans, maintenant j'ai 19 ans et je fais rien, je commence par quoi ?"],
    ['jai lache le lycee l an dernier, je fais plus rien, par ou commencer ?'],
    ["J'ai quitté le lycée il y a deux ans et je ne sais pas par quoi commencer."],
    ['g arreter les cours a 17 ans jai 21 ans je fai rien'],
  ])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Mission Locale/);
    expect(text).not.toMatch(/salaire minimum/i);
  });

  it('near miss: a trade named asks where to start with that trade, not the Mission Locale', async () => {
    const { text } = await lastReplyOf(['carrossier, je commence par quoi ?']);
    expect(text).toMatch(/carross/i);
  });
});

/**
 * Round 29 (mine): whether one must pay to go to the CFA is the training's cost (free), not the trip's entry that
 * "aller au" leans to (cost-asked.ts trainingCostBesideLead); "aller" is no typed start of "allergologue" (trades.ts:
 * a prefix reading of an everyday word names no trade); "pour qu'il aille" is how the sentence is built, not a
 * subject the entry leaves out (faq-coverage.ts).
 */
describe('paying to go to the CFA is the training cost', () => {
  it.each([
    ['faut payer pour aller au cfa ?'],
    ['on doit payer pour aller en formation ?'],
    ['c payant d aller au cfa ?'],
    ["Devons-nous payer quelque chose pour qu'il aille au CFA ?"],
    ['Est-ce que je dois payer pour aller au CFA ?'],
    ['faut il payer qqch pour aller au cfa'],
  ])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/gratuit/i);
    expect(text).not.toMatch(/allergo|ne couvrent pas/i);
  });

  it.each([
    ['je dois payer le bus pour aller au cfa ?'],
    ["faut payer l'essence pour aller au cfa, c remboursé ?"],
  ])('near miss: a way of travelling named is the trip: %s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/transport|trajet|abonnement|carburant|Mobili/i);
  });

  it('near miss: a typed start of a trade still names it', async () => {
    const { text } = await lastReplyOf(["je veux faire de l'informati en alternance"]);
    expect(text).toMatch(/informati/i);
  });
});

/**
 * Round 29 (mine): an employer's start told in the present in December ("on accueille une apprentie en janvier") is
 * next January (date.ts). The 2026 hiring aid needs the contract to start before 1 January 2027 (its conditions): said
 * so with that rule, not a bare "no aid found".
 */
describe('a start after the aid window is said to be after it', () => {
  it.each([
    ['notre association accueille une apprentie en janvier, quelles aides pour nous ?'],
    ['Nous accueillons un apprenti en février, avons-nous droit à une aide ?'],
    ['j accueille un alternant en mars dans mon garage, y a une aide ?'],
  ])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/avant le 1er janvier 2027/);
    expect(text).toMatch(/0800 050 000/);
  });

  it('near miss: a start this month keeps the aid and its amounts', async () => {
    const { text } = await lastReplyOf(['notre entreprise de 10 salariés accueille un apprenti en CAP le 14 décembre, quelles aides ?']);
    expect(text).toMatch(/5 ?000/);
  });
});

/**
 * Round 29 (mine, integration): a brand written with a capital inside ("PayPal", "TikTok") is a thing asked about, not
 * a person's name the honest guard ignores (faq-coverage.ts namesIn): a subject no entry writes stays "not covered",
 * even when an entry writes the message's other words ("accepté dans le CFA").
 */
describe('a brand is a subject, not a name', () => {
  it.each([
    ['Je voudrais savoir si le CFA accepte les paiements par PayPal.'],
    ['Mon CFA accepte-t-il PayPal ?'],
    ['le cfa a un compte TikTok ?'],
  ])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/ne couvrent pas|0800 050 000/);
  });

  it('near miss: a first name in a question stays a name', async () => {
    const { text } = await lastReplyOf(['mon fils Lucas a 16 ans, il peut travailler le dimanche ?']);
    expect(text).toMatch(/dimanche/i);
  });
});

/**
 * Round 29 (mine, integration): a field told out of turn ("en fait non, plutôt la boulangerie" while the age is asked)
 * changes the introduction, which is said again with the new field's trades; only a detail that leaves it unchanged (a
 * town) gets the short "C'est noté".
 */
describe('a new field told while the quiz asks the age', () => {
  it.each([
    // Round 33: "j'hésite entre X et Y" alone now gets the diplomas of each (trades-hesitated), no quiz: a field liked
    // starts it.
    [["jaime bien la coiffure et l'esthetique", 'en fait non, plutot boulangerie'], /boulang/i],
    [["j'aime cuisiner", 'finalement je préfère les animaux'], /animaux|soigneur|éleveur|toiletteur/i],
  ])('%j', async (messages, field) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(field);
    expect(text).toMatch(/âge/);
  });
});
