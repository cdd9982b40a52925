import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 20 (aids and pay follow-ups; own phrasings, tu and vous, SMS spellings). A night at a far CFA got the transport
 * card (the "90 km" read as a trip) or "tell me who you are"; a young person out of work asking for an aid got the
 * employer search; "et avec un bac pro ?" after the contrat pro's pay got a course search.
 */
describe('a night or a meal at a far CFA: the OPCO support for the stay', () => {
  it.each([
    ["mon CFA est à 90 km, l'internat est pris en charge ?"],
    ['mon cfa est loin, je dois dormir sur place, qui paie ?'],
    ['jdors a l internat du cfa c payant ?'],
    ['Notre fils a son CFA à 100 km, son hébergement sur place est-il remboursé ?'],
    ['y a une aide pour les repas au cfa ?'],
    ['mon cfa est loin, et pour manger le midi c pris en charge ?'],
    ["mon cfa est a 2h, faut que je dorme a l'hotel, c rembourser ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('school-stay-cost');
    expect(plain(text)).toMatch(/6 € par nuit/);
    expect(text).toMatch(/OPCO/);
    expect(text).not.toMatch(/abonnement de transport/);
  });

  it.each([
    [["les frais annexes de l'opco c'est quoi ?", 'et pour dormir là-bas ?']],
    [['quelles aides pour un apprenti ?', 'et pour dormir au cfa ?']],
    [['y a une aide pour les repas au cfa ?', 'et pour dormir là-bas ?']],
    [['qui paie la cantine au cfa ?', 'et si je dors sur place ?']],
  ])('a follow-up on sleeping stays on the stay: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(plain(text)).toMatch(/6 € par nuit|6 € par nuitée/);
    expect(text).not.toMatch(/dis-moi qui tu es|ne couvre pas/);
  });

  it.each([
    ['le train pour aller au CFA, qui le rembourse ?', /abonnement de transport/],
    ['aide pour payer mon loyer près du cfa', /Action Logement/],
    ['quelles aides pour un apprenti ?', /Voici les aides/],
    ['je travaille de nuit, c’est payé plus ?', /22 h|nuit/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('school-stay-cost');
    expect(plain(text)).toMatch(expected);
  });
});

describe('young and out of work, an aid asked: the contrat d’engagement jeune', () => {
  it.each([
    ['je suis au chômage, 21 ans, je cherche une alternance, y a une aide ?'],
    ["jsuis sans emploi j'ai 19 ans, des aides pour trouver un apprentissage ?"],
    ["j'ai 23 ans, pas de taf, je cherche un contrat en alternance, il existe une aide ?"],
    ['Notre fils de 20 ans est au chômage et cherche un apprentissage, a-t-il droit à une aide ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('young-job-seeker-aid');
    expect(text).toMatch(/contrat d'engagement jeune/);
    expect(text).toMatch(/Mission Locale|Missions Locales/);
    expect(text).toMatch(/Trouver un employeur/);
    expect(text).not.toMatch(/brut par mois/);
  });

  it.each([
    ['jsuis au chomage j’ai 22 ans combien je gagnerais en apprentissage ?', /brut par mois/],
    ['quelles aides pour un apprenti ?', /Voici les aides/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('young-job-seeker-aid');
    expect(text).toMatch(expected);
  });
});

describe('the diploma held after the contrat pro’s pay: that pay at that level', () => {
  it.each([
    [['combien on gagne en contrat pro à 22 ans ?', 'et avec un bac pro ?'], /1 493,62 €/],
    [['salaire en contrat de pro a 20 ans', "et si j'ai le bac ?"], /1 213,56 €/],
    [['Combien paie-t-on un contrat de professionnalisation à 24 ans ?', "et s'il a un BTS ?"], /1 493,62 €/],
    [['contrat de professionnalisation 19 ans salaire', 'et avec un cap ?'], /Sans bac professionnel/],
    [['salaire contrat pro 21 ans', "j'ai un bac pro"], /Avec un bac professionnel ou plus/],
  ])('%j', async (messages, expected) => {
    const { text } = await lastReplyOf(messages);
    expect(plain(text)).toMatch(expected);
    expect(text).not.toMatch(/Quelle formation cherches-tu/);
  });

  it('"et en 2e année ?" after the pay stays the pay', async () => {
    const { text } = await lastReplyOf(['combien on gagne en contrat pro à 22 ans ?', 'et en 2e année ?']);
    expect(text).toMatch(/contrat de professionnalisation/);
  });

  it('"bac pro cuisine à Caen" after the pay is a course search', async () => {
    const { text } = await lastReplyOf(['contrat pro 23 ans c’est combien ?', 'bac pro cuisine à Caen']);
    expect(text).toMatch(/Caen/);
    expect(text).toMatch(/Bac pro cuisine/i);
  });
});
