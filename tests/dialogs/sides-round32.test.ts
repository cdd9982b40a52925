import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';
import { namedBusinessHiringAsked } from '../../dialogs/routing/business-hiring.js';
import { optionFor, ownOptionFirst } from '../../dialogs/support/trade-option.js';
import { normalize } from '../../src/text/normalize.js';
import type { Understanding } from '../../src/nlu/understanding.js';

/** The employer's opening told in the conversation before the follow-ups (review 22, E5, in other words). */
const EMPLOYER_OPENING = [
  'Bonjour, mon apprenti ne convient pas, il est là depuis un mois. Puis-je arrêter le contrat ?',
  "Je gère un garage, notre apprentie est chez nous depuis 3 semaines et ça ne va pas, je peux rompre ?",
];

/**
 * Kind 1: the answer is written for the speaker's side. After an employer's opening, a follow-up on the 45 days or on
 * what comes after them gets the rules for everyone or for the employer, never the apprentice's steps to resign
 * (side-choice.ts).
 */
describe("an employer's follow-ups on the 45 days are answered for the employer", () => {
  it.each(
    EMPLOYER_OPENING.flatMap((opening) =>
      [
        // At the integration the FAQ phrasing that carried "jours calendaires" / "semaines au CFA" to the trial period
        // was left out: it moved an unrelated recorded answer (addfact-round29, a parent's "son patron aura une aide ?").
        'les 45 jours se comptent comment, en jours ouvrés ?',
        'Et une fois les 45 jours passés ?',
      ].map((follow) => [opening, follow] as const),
    ),
  )('"%s" then "%s": not the apprentice\'s steps to resign', async (opening, follow) => {
    const { text } = await lastReplyOf([opening, follow]);
    expect(text).not.toMatch(/l'apprenti qui veut partir sans l'accord/i);
    expect(text).not.toMatch(/étapes pour démissionner/i);
    expect(text).toMatch(/45 premiers jours/);
  });

  it('after the 45 days, the employer gets the employer\'s rupture', async () => {
    const { text } = await lastReplyOf([EMPLOYER_OPENING[0]!, 'les 45 jours se comptent comment, en jours ouvrés ?', 'Et une fois les 45 jours passés ?']);
    expect(text).toMatch(/faute grave/);
  });

  it('near miss: an apprentice after the trial period still gets the ways to leave', async () => {
    const { text } = await lastReplyOf(["j'ai 17 ans je suis apprentie depuis 8 mois et je veux partir, je fais comment ?"]);
    expect(text).toMatch(/médiateur/);
  });
});

/** Kind 6: a time told on the calendar may still be within the days in the company, which alone count. */
describe('the 45 days count the days in the company', () => {
  it.each([
    "Bonjour, ma fille de 17 ans veut arrêter son contrat d'apprentissage après 2 mois. Que faut-il faire ?",
    "je suis apprenti depuis 7 semaines et je veux arrêter, je peux ?",
    "mon fils est en apprentissage depuis deux mois, il veut quitter son patron",
    "ça fait 2 mois et demi que j'ai commencé mon contrat et je veux démissionner",
    "Notre apprenti est chez nous depuis 8 semaines, pouvons-nous rompre son contrat ?",
    "j'ai signé il y a 60 jours, je peux encore arrêter mon contrat d'apprentissage ?",
    "ma fille a commencé son apprentissage il y a 10 semaines et veut arrêter",
    "apprenti depuis 3 mois, je veux rompre mon contrat",
  ])('"%s": what the days count, then both cases', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/ne comptent que les jours/);
    expect(text).not.toMatch(/sont passés : la rupture n'est plus libre|Tu as passé les 45 premiers jours/);
  });

  it.each([
    ["je suis apprenti depuis 8 mois et je veux arrêter mon contrat", /n'est plus libre/],
    ["apprenti depuis 3 semaines, je veux arrêter mon contrat", /rupture libre/],
    ["ça fait 50 jours de présence en entreprise, je peux encore arrêter mon contrat ?", /n'est plus libre/],
  ])('near miss "%s" keeps its case', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/ne comptent que les jours/);
  });
});

/** Kind 5: the age told is kept when a coming age is told alone; a pay under the lowest minimum is compared at once. */
describe('the age told is kept, the pay compared with its grid', () => {
  it.each([
    ["jai 19 ans cb je dois toucher minimum", "et lannee pro jaurai 21 ans ca change koi"],
    ["j'ai 19 ans, je suis apprenti, c'est quoi mon salaire ?", "l'an prochain j'aurai 21 ans, ça change quoi ?"],
    ["j'ai 20 ans combien je gagne en apprentissage ?", "et quand j'aurai 21 ans ?"],
    ["j'ai 17 ans combien je toucherai en apprentissage ?", "l'année prochaine j'aurai 18 ans, ça change ?"],
  ])('"%s" then "%s": the age told first is the one answered', async (first, second) => {
    const told = Number(/(\d+) ans/.exec(first)![1]);
    const { text } = await lastReplyOf([first, second]);
    // Whatever the answer (the grid, or the rule of the birthday), any present age it states is the one told.
    const stated = [...text.matchAll(/À (\d+) ans, (?:voici|ton salaire minimum)/g)].map((m) => Number(m[1]));
    expect(stated.every((age) => age === told)).toBe(true);
  });

  it.each([
    ["j'ai 19 ans et je suis apprenti", 'mon patron me donne 800 euros cest normal ?'],
    ["j'ai 18 ans, apprenti", 'je touche 780 € brut par mois, c normal ?'],
    ["j'ai 22 ans en apprentissage", 'on me paie 900 euros brut, c est legal ?'],
    ["j'ai 16 ans et je suis apprentie", 'mon employeur me verse 400 € brut par mois, ça va ?'],
  ])('"%s" then "%s": under the 1st year\'s minimum whatever the year', async (first, second) => {
    const { text } = await lastReplyOf([first, second]);
    expect(text).toMatch(/sous le minimum de la 1re année/);
    expect(text).not.toMatch(/dis-moi en quelle année de contrat/);
  });

  it('near miss: a pay between two years\' minimums still asks the year', async () => {
    const { text } = await lastReplyOf(["j'ai 19 ans et je suis apprenti", 'mon patron me donne 900 euros brut cest normal ?']);
    expect(text).toMatch(/en quelle année de contrat/);
  });
});

/** Kind 2: whether one given business hires: the bot cannot know, then where to look. */
describe('a named business hiring', () => {
  const u = (text: string) => ({ kind: 'text', normalized: normalize(text) }) as Understanding;
  it.each([
    'est ce que la boulangerie martin a fecamp cherche un apprenti ?',
    'le garage Dupont embauche ?',
    'La pharmacie Centrale de Bayeux recrute-t-elle un apprenti ?',
    'chez Leclerc à Lisieux ils prennent des apprentis ?',
    'je voudrais savoir si la menuiserie Lefèvre prend des alternants',
    "est-ce que le salon de coiffure Élégance à Caen prend une apprentie ?",
    "le restaurant Le Galion à Dieppe cherche quelqu'un en apprentissage ?",
    "tu sais si l'entreprise Bouygues recrute des apprentis en ce moment ?",
  ])('"%s" is a named business', (text) => {
    expect(namedBusinessHiringAsked(u(text))).toBe(true);
  });

  it.each([
    'les boulangeries recrutent des apprentis ?',
    'comment savoir si une entreprise recrute ?',
    'je cherche une boulangerie qui prend des apprentis à Fécamp',
    "la boulangerie où je travaille cherche un apprenti",
    "l'entreprise doit-elle embaucher l'apprenti après le contrat ?",
    'mon patron cherche un apprenti',
    'comment une entreprise recrute un apprenti ?',
    'le garage ferme en août, je suis payé ?',
  ])('near miss "%s" is not', (text) => {
    expect(namedBusinessHiringAsked(u(text))).toBe(false);
  });

  it.each([
    ['est ce que la boulangerie martin a fecamp cherche un apprenti ?', /CAP boulanger/],
    ['le garage Dupont à Lisieux embauche des apprentis ?', /La bonne alternance/],
    ["est-ce que la pharmacie du centre à Vire recrute une apprentie ?", /La bonne alternance/],
  ])('"%s": cannot know, then where to look', async (text, pointer) => {
    const { text: reply, rule } = await lastReplyOf([text]);
    expect(rule).toBe('named-business-hiring');
    expect(reply).toMatch(/Je ne peux pas savoir si une entreprise précise cherche un apprenti/);
    expect(reply).toMatch(pointer);
  });

  it('near miss: a search near a town keeps its places', async () => {
    const { rule } = await lastReplyOf(['je cherche un cfa de boulangerie près de Fécamp']);
    expect(rule).not.toBe('named-business-hiring');
  });
});

/** Kind 4: a trade's own option before another trade's (a table over several trades). */
describe("a trade's own option", () => {
  it.each([
    ['Mécanicien motocycles', 'CAP maintenance des véhicules option motocycles', 'own'],
    ['Mécanicien motocycles', 'CAP maintenance des matériels option A : matériels agricoles', 'other'],
    ['Mécanicien automobile', 'CAP maintenance des véhicules option voitures particulières', 'own'],
    ['Mécanicien automobile', 'CAP maintenance des véhicules option motocycles', 'other'],
    ['Mécanicien des véhicules des transports routiers', 'Bac pro maintenance des véhicules option B véhicules de transport routier', 'own'],
    ['Mécanicien des véhicules des transports routiers', 'Bac pro maintenance des véhicules option A voitures particulières', 'other'],
    ['Mécanicien poids lourds', 'CAP maintenance des véhicules option véhicules de transport routier', 'own'],
    ['Mécanicien agricole', 'CAP maintenance des matériels option A : matériels agricoles', 'own'],
    ['Mécanicien en matériels de parcs et jardins', "CAP maintenance des matériels option C : matériels d'espaces verts", 'own'],
    ['Mécanicien en matériels de parcs et jardins', 'CAP maintenance des matériels option A : matériels agricoles', 'other'],
    ['Boulanger', 'CAP boulanger', 'none'],
  ] as const)('%s / %s: %s', (trade, title, verdict) => {
    expect(optionFor(trade, title)).toBe(verdict);
  });

  it("keeps the trade's own option and those without one, drops another trade's", () => {
    const titles = ['CAP maintenance des matériels option A : matériels agricoles', 'CAP maintenance des véhicules option motocycles', 'Bac pro maintenance des véhicules option C motocycles', 'Titre professionnel mécanicien réparateur de motocycles'];
    expect(ownOptionFirst('Mécanicien motocycles', titles.map((title) => ({ title }))).map((d) => d.title)).toEqual(titles.slice(1));
  });

  it('near miss: without an own option, every diploma stays', () => {
    const titles = ['CAP boulanger', 'CAP maintenance des matériels option A : matériels agricoles'];
    expect(ownOptionFirst('Boulanger', titles.map((title) => ({ title }))).length).toBe(2);
  });

  it('a young person into motorbikes near Lisieux is pointed to the motorbike option', async () => {
    const { text } = await lastReplyOf(['jai 15 ans jsuis en 3eme et jkiff les voitures', 'lisieux']);
    expect(text).not.toMatch(/Mécanicien motocycles : CAP maintenance des matériels option A/);
  });
});
