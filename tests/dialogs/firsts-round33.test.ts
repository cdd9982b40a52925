import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 33 (r33-firsts): first messages answered with the narrowest honest answer they hold (DESIGN §6: answer first,
 * then refine). Our own phrasings of each kind, tu and vous, SMS spelling, with near misses that keep their old answer.
 */

/** The quiz's second question, asked instead of an answer. */
const QUIZ_AGE = /Quel âge as-tu|Quel âge a/;

describe('a trade or field liked, its diplomas asked in the plural or by "côté": the diplomas, not the quiz', () => {
  it.each([
    ["j'adore cuisiner, c'est quoi les formations ?", /CAP/],
    ["la maçonnerie ça me plaît, c'est quoi les diplômes ?", /CAP/],
    ['je kiffe la pâtisserie c quoi les formations', /CAP/],
    ["la coiffure c'est mon truc, c'est quoi les études ?", /CAP|BP|brevet professionnel/],
    ["passionné de menuiserie, c'est quoi les formations en alternance ?", /CAP/],
    ["boulanger ça me tente, c'est quoi comme diplômes ?", /CAP/],
    ["le métier de fleuriste m'attire, côté diplômes ça donne quoi ?", /CAP/],
    ["Ma fille adore les fleurs et voudrait être fleuriste, c'est quoi les formations ?", /CAP/],
  ])('"%s"', async (message, diploma) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('topic-lead');
    expect(rule).not.toBe('interests');
    expect(text).toMatch(diploma);
    expect(text).not.toMatch(QUIZ_AGE);
  });

  // Near misses: one diploma asked as what it is, or courses in general with nothing named, keep their answer.
  it.each([["c'est quoi un CAP ?", /certificat d'aptitude professionnelle/i], ["c'est quoi un BTS ?", /BTS/]])('"%s" stays a definition', async (message, shown) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('which-diploma');
    expect(text).toMatch(shown);
  });
});

describe('two trades or fields hesitated between: the diplomas of each, not the quiz', () => {
  it.each([
    ["j'hésite entre la cuisine et la pâtisserie", /cuisin/i, /p[âa]tiss/i],
    ['j hesite entre boulanger ou boucher', /boulang/i, /bouch/i],
    ["j'hésite entre la boulangerie et la pâtisserie, c'est quoi les diplômes ?", /boulang/i, /p[âa]tiss/i],
    ['je hesite entre menuisier et charpentier', /menuisi/i, /charpent/i],
    ["j'hésite encore entre maçon et couvreur", /maçon/i, /couvr/i],
    ["J'hésite entre fleuriste et paysagiste, les deux me plaisent.", /fleurist/i, /paysag/i],
    ['mon fils hésite entre mécanicien auto et carrossier', /m[ée]cani/i, /carross/i],
    ['jhesite entre coiffeuse et esthéticienne', /coiff/i, /esth[ée]ti/i],
  ])('"%s"', async (message, first, second) => {
    const { text, rule } = await lastReplyOf([message]);
    // Their diplomas asked outright, the fields' trades with their diplomas answer (field-training-asked, integration).
    expect(['trades-hesitated', 'field-training-asked']).toContain(rule);
    expect(text).toMatch(first);
    expect(text).toMatch(second);
    expect(text).not.toMatch(QUIZ_AGE);
  });

  it.each([
    // Two diploma kinds weighed: the paths compared.
    ["j'hésite entre un CAP et un bac pro cuisine", 'paths-compared'],
  ])('"%s" keeps %s', async (message, kept) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).toBe(kept);
  });

  it.each([
    ["j'hésite entre arrêter mon contrat chez le boulanger et continuer"],
    ["j'hésite entre l'apprentissage et le lycée pro"],
    ['j hesite entre le cfa de caen et celui de rouen pour mon cap cuisine'],
  ])('"%s" is no two trades', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('trades-hesitated');
  });
});

describe('lost, nothing named yet: the answer, then the quiz\'s first question with its domains', () => {
  it.each([
    ['je sais pas quoi faire après la 3e'],
    ["je suis en 3e et j'ai aucune idée de ce que je veux faire"],
    ['jsai pa koi faire apré la 3eme'],
    ['après le brevet je sais pas vers quoi aller'],
    ["Je termine ma troisième et je ne sais pas quoi faire, pouvez-vous m'aider ?"],
    ["j'ai lâché la fac, je voudrais un métier concret"],
    ['jsui perdue g lache le lycee'],
    ['je suis en 3e et je suis perdu pour mon orientation'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(['lost-after-third', 'university-left-no-wish', 'school-left-lost', 'leaving-university']).toContain(rule);
    expect(text).toMatch(/qu'est-ce que (?:tu aimes|vous aimez) faire/i);
    // The domains to pick from.
    expect(text).toMatch(/\[Cuisine/);
  });

  it('a parent gets it about the child', async () => {
    const { text } = await lastReplyOf(['Notre fils finit sa 3e et ne sait pas du tout quoi faire, que nous conseillez-vous ?']);
    expect(text).toMatch(/qu'est-ce qui intéresse (?:votre|ton) enfant/i);
  });

  it.each([
    // Near misses: a question about the 3e that is no one lost, a trade already wished.
    ['on peut faire un apprentissage juste après la 3e ?'],
    ['je veux être boulanger après la 3e'],
    ['à partir de quel âge on peut être apprenti ?'],
  ])('"%s" gets no quiz question', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/Pour trouver un métier qui/);
  });

  it('a domain picked after it starts the quiz from that domain', async () => {
    const { text } = await lastReplyOf(['je sais pas quoi faire après la 3e', 'la cuisine']);
    expect(text).toMatch(/cuisin/i);
  });
});

describe('more hours worked than paid: unpaid overtime, not the pay table of the age told beside it', () => {
  it.each([
    ["j'ai 20 ans, je fais 42h par semaine et on me paye 35h"],
    ['g 19 ans je bosse 40h par semaine mais on me paye que 35h'],
    ['Ma fille de 20 ans travaille 45 heures mais sa fiche de paie indique 35 heures'],
    ['je fais 39 h et sur mon bulletin il y a 35 h, c normal ?'],
    ['apprenti de 22 ans, je travaille 44h, payé 35h, je fais quoi ?'],
    ['on me fait faire 40 heures mais je suis payée 35 heures, j ai 21 ans'],
    ['Notre fils de 19 ans fait 41 h par semaine, son contrat dit 35 h : est-ce légal ?'],
    ['jai 24 ans je taffe 42h on me paie 35h'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('unpaid-hours-told');
    expect(text).toMatch(/25 %/);
    expect(text).not.toMatch(/1re année/);
  });

  it.each([
    // The pay asked with the hours a week told, none unpaid: the pay.
    ['je fais 35h par semaine, je suis payé combien à 19 ans ?'],
    // Fewer hours worked than written: no overtime.
    ['je fais 30 h par semaine et mon contrat dit 35 h, j ai 20 ans'],
  ])('"%s" is no unpaid overtime', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('unpaid-hours-told');
  });
});

describe("a minor's weekly hours asked as a permission: the minors' hours, not the pay at that age", () => {
  it.each([
    ['mon apprenti a 16 ans, il peut faire 39h comme les autres ?'],
    ["j'ai 17 ans je peux travailler 38h ?"],
    ['Notre apprentie de 17 ans peut-elle faire 40 heures par semaine ?'],
    ['à 16 ans on a le droit de bosser 37h ?'],
    ['g 17 ans c normal que je fasse 39 h ?'],
    ["Mon apprenti de 16 ans peut-il travailler 36 heures comme l'équipe ?"],
    ['un apprenti de 15 ans peut faire 40 h ?'],
    ['mon fils a 17 ans, son patron veut lui faire faire 42 heures, il a le droit ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(['minor-hours-asked', 'work-time-over']).toContain(rule);
    expect(text).toMatch(/35 heures|35 h/);
    expect(text).not.toMatch(/1re année/);
  });

  it.each([
    // An adult's hours asked: not the minors' entry.
    ["j'ai 19 ans je peux faire 39h ?"],
    // A minor's pay asked: the pay.
    ['jai 17 ans je suis payé combien ?'],
  ])('"%s" is not the minors\' hours', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('minor-hours-asked');
  });
});

describe("a school's own practical details (a staff mobile, a strike, a facility): not in my sources, never its list of places", () => {
  it.each([
    ['donne moi le portable du directeur du cfa de caen'],
    ['vous avez le portable de la directrice du CFA ?'],
    ['y a grève au CFA de Rouen demain ?'],
    ['grève au lycée pro de Vire ce jeudi ?'],
    ['est-ce que le CFA de Val-de-Reuil a une salle de muscu ?'],
    ['le lycée pro de Saint-Lô possède un gymnase ?'],
    ['le cfa de Mont-Saint-Aignan a un parking ?'],
    ["Le CFA d'Hérouville-Saint-Clair dispose d'une bibliothèque ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(['place-detail', 'place-quality']).toContain(rule);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/km\)/);
  });

  it.each([
    ['le CFA de Caen propose un CAP cuisine ?'],
    ['le portable est interdit au CFA ?'],
    ['grève des transports, comment je vais au CFA ?'],
  ])('"%s" keeps its own answer', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('place-detail');
  });
});

describe('the gross pay told set against the net: gross and net, not the pay weighed against the minimum', () => {
  it.each([
    ['mon contrat dit 950 euros brut, en net ça fera combien ?'],
    ["sur ma fiche de paie y a 803 € mais sur mon compte j'ai reçu moins, pourquoi ?"],
    ["j'ai reçu 760 sur mon compte alors que le brut c'est 803, c normal ?"],
    ['1100 € brut par mois, ça fait combien en net pour un apprenti ?'],
    ['pourquoi mon net est plus bas que le brut sur mon bulletin ?'],
    ['Mon fils gagne 1 200 € brut en apprentissage, que touchera-t-il en net ?'],
    ["sur le contrat c'est 980 brut, je vais toucher combien net ?"],
    ['sur mon bulletin 952 € mais sur mon compte moins'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('net-of-pay-asked');
    expect(text).toMatch(/cotisations/);
  });

  it.each([
    ['jai 18 ans je touche combien en net ?'],
    ['mon patron me verse 650 € c normal ?'],
    ["ma patronne me verse 700 € brut par mois, j'ai 19 ans, c'est normal ?"],
  ])('"%s" stays the pay', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('net-of-pay-asked');
  });
});
