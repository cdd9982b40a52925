import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/*
 * Round 23 (r23-unknown): a SPECIFIC detail the knowledge does not hold — a timetable, the price of one given thing,
 * the places left or a person at a given school — asked about a named place or thing got a neighbouring entry stated
 * as if it answered (the working time, the free course, staying at the CFA after a rupture). The detail word decides:
 * "not in my sources", who knows it, the free line. Own phrasings, tu and vous, SMS spelling, and near misses.
 */

const LINE = /0800 050 000/;

describe('opening hours and timetables of a named organisation: not in my sources', () => {
  it.each([
    ['les horaires du CFA de Lisieux le mercredi ?', 'hours-unknown'],
    ['la mission locale de Vire ouvre à quelle heure le samedi ?', 'hours-unknown'],
    ['c koi les hrs de la MDPH de Caen', 'hours-unknown'],
    ["Pouvez-vous me donner les heures d'ouverture du secrétariat du lycée Jean Rostand ?", 'hours-unknown'],
    ['le cfa btp d evreux il ferme a quelle heure ?', 'hours-unknown'],
    ["Est-ce que l'emploi du temps de la MFR de Vimoutiers est en ligne ?", 'hours-unknown'],
    ['slt c koi les horaires du cio de rouen stp', 'hours-unknown'],
    ["Pourriez-vous m'indiquer les horaires de permanence de la Mission Locale de Dieppe ?", 'hours-unknown'],
  ])('"%s"', async (message, rule) => {
    const { text, rule: decided } = await lastReplyOf([message]);
    expect(decided).toBe(rule);
    expect(text).toMatch(/^Je n'ai pas cette information : mes sources ne donnent ni les horaires/);
    expect(text).toMatch(LINE);
    expect(text).not.toMatch(/temps de travail/);
  });

  it('the register is kept: "vous" for a "vous" message', async () => {
    const { text } = await lastReplyOf(["Bonjour, pourriez-vous me dire à quelle heure ouvre la Mission Locale d'Alençon ?"]);
    expect(text).toMatch(/peut aussi vous aider/);
  });
});

describe('near misses of hours keep their answers', () => {
  it.each([
    ["quel est le temps de travail d'un apprenti ?", /temps de travail/],
    ['à quelle heure je peux commencer à 16 ans ?', /Avant 18 ans/],
    ['mes horaires au CFA comptent dans mon temps de travail ?', /temps de travail/],
    ["c'est quoi les horaires d'un apprenti mineur ?", /Avant 18 ans|8 heures/],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/^Je n'ai pas cette information : mes sources ne donnent ni les horaires/);
  });
});

describe('the price of one given thing: not in my sources, and the part the sources do hold', () => {
  it.each([
    ['combien coûte une mutuelle pour un apprenti ?'],
    ['le voyage scolaire du CFA ça coûte combien ?'],
    ['Quel est le loyer du foyer de jeunes travailleurs de Cherbourg ?'],
    ['cb les fournitures pour la rentrée au CFA ?'],
  ])('"%s": no amount, who knows, the line', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('price-unknown');
    expect(text).toMatch(/^Je n'ai pas ce montant/);
    expect(text).toMatch(LINE);
    expect(text).not.toMatch(/formation est gratuite/);
  });

  it.each([
    ['le prix de la cantine au CFA de Caen ?', /3 €/],
    ["combien coûte l'internat au CFA d'Évreux pour une semaine ?", /6 €/],
    ['la mallette de couteaux du CFA de Rouen elle coûte combien ?', /500 €/],
    ['Quel est le tarif du self au lycée agricole de Sées ?', /3 €/],
    ['combien je paie la cantine au CFA de Coutances ?', /3 €/],
  ])('"%s": the exact price is not mine, the OPCO\'s part is', async (message, part) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('stay-or-gear-price');
    expect(text).toMatch(/^Je n'ai pas le prix exact dans mes sources/);
    expect(text).toMatch(part);
  });

  it.each([
    ['combien coûte la formation au CFA ?', /formation est gratuite/],
    ["l'opco paie combien par nuit d'internat ?", /6 €/],
    ['mobili jeune ça fait combien pour le loyer ?', /Action Logement/],
    ['combien on touche pour le loyer avec action logement ?', /Action Logement/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/^Je n'ai pas (ce montant|le prix exact)/);
  });
});

describe("an establishment's team or places left: not in its record", () => {
  it.each([
    ['il reste des places au CFA de Lisieux ?'],
    ["Y a-t-il encore de la place en CAP pâtissier au CFA d'Alençon ?"],
    ["c'est qui le prof de cuisine au CFA de Caen ?"],
    ['Comment s’appelle le directeur du lycée professionnel de Flers ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('establishment-fact-unknown');
    expect(text).toMatch(/^Je n'ai pas cette information/);
    expect(text).toMatch(LINE);
    expect(text).not.toMatch(/après une rupture/i);
  });

  it("the apprentice's pay during the boarding weeks is no price of the boarding", async () => {
    const { rule } = await lastReplyOf(["je suis payé combien pendant l'internat ?"]);
    expect(rule).not.toBe('stay-or-gear-price');
  });

  it("a person in the company is no establishment's team", async () => {
    const { rule } = await lastReplyOf(["c'est qui le responsable de l'apprenti dans l'entreprise ?"]);
    expect(rule).not.toBe('establishment-fact-unknown');
  });

  it.each([["mon CFA a un internat mais c'est cher, une aide ?"], ["l'internat de mon lycée coûte cher, y a une aide ?"]])(
    '"%s" asks for an aid: the OPCO\'s part of the stay, not "I do not know the school"',
    async (message) => {
      const { text } = await lastReplyOf([message]);
      expect(text).toMatch(/OPCO/);
      expect(text).not.toMatch(/ni ses résultats aux examens/);
    },
  );
});

describe('whom to call, right after an answer: the adviser card', () => {
  it.each([
    ["c'est quoi l'aide au permis ?", 'qui je peux appeler pour savoir ?'],
    ['combien coûte la formation au CFA ?', 'à qui je demande ?'],
    ["c'est quoi la carte atout normandie ?", 'je demande à qui du coup ?'],
    ['la période d’essai dure combien ?', 'Je peux appeler qui pour en savoir plus ?'],
    ['Combien dois-je payer un apprenti de 19 ans ?', 'y a un numéro à appeler ?'],
  ])('"%s" then "%s"', async (first, second) => {
    const { text, rule } = await lastReplyOf([first, second]);
    expect(rule).toBe('whom-to-ask-after-answer');
    expect(text).toMatch(/conseiller de la Région au 0800 050 000/);
  });

  it('a complaint keeps the labour inspectorate', async () => {
    const { text } = await lastReplyOf(['mon patron me fait faire des heures sup non payées', 'je peux me plaindre à qui ?']);
    expect(text).toMatch(/inspection du travail/i);
  });
});

describe('a hedge or SMS spelling before a covered question: the covered answer', () => {
  it.each([
    ["ma question est peut-être bête mais c'est quoi un apprenti ?", /apprendre un métier en alternance/],
    ["je sais pas si je suis au bon endroit mais c'est quoi un CFA ?", /centre de formation d'apprentis/],
    ["c peut etre idiot mais c koi l'opco ?", /opérateur de compétences/],
    ['Excusez-moi de vous déranger, combien gagne un apprenti de 17 ans ?', /17 ans/],
    ['ckoi lmontan du smik', /SMIC est de/],
    ['c quoi lsmic', /SMIC est de/],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/pas bien compris|ne couvrent pas ce point/);
  });

  it('a correction that starts with "dsl" stays a correction', async () => {
    const { rule } = await lastReplyOf(['combien gagne un apprenti de 17 ans ?', "dsl je me suis trompé, j'ai 18 ans"]);
    expect(rule).not.toBe('fallback');
  });
});
