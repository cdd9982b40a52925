import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

async function play(...messages: string[]): Promise<{ text: string; rule: string | undefined }> {
  const c = await startConversation();
  let text = '';
  for (const m of messages) text = plain(read(await c.send(m)));
  return { text, rule: c.rule() };
}

/**
 * Round 29 (r29-reading): "qui me paie ?", "c'est versé par qui ?" after the pay asks who pays it (the employer), never
 * who the bot is; another thing paid (the train, the gear) keeps its own answer.
 */
describe('who pays, after the pay', () => {
  it.each([
    ['combien gagne un apprenti ?', "c'est versé par qui ?"],
    ['combien gagne un apprenti ?', 'qui me paie ?'],
    ["j'ai 17 ans, je gagnerai combien en apprentissage ?", 'et c ki ki me paye ?'],
    ["Quel est le salaire d'un apprenti de 19 ans ?", "Qui le verse, le CFA ou l'employeur ?"],
    ['cb on touche en alternance a 18 ans', 'c qui qui verse ?'],
    ['Combien dois-je payer mon apprenti de 20 ans ?', 'et qui le paie pendant les semaines au CFA ?'],
    ['Qui verse le salaire d un apprenti ?'],
    ["le salaire de mon fils apprenti, c'est qui qui le paye ?"],
  ])('%s / %s', async (...messages) => {
    const { text, rule } = await play(...messages.filter((m): m is string => typeof m === 'string'));
    expect(rule).toBe('pay-payer-asked');
    expect(text).toMatch(/employeur/);
    expect(text).not.toMatch(/je suis un robot/);
  });

  it.each([['je prends le train pour aller au cfa, qui paie ?'], ['qui es-tu ?'], ['qui paie la formation au CFA ?']])('"%s" keeps its own answer', async (message) => {
    const { rule } = await play(message);
    expect(rule).not.toBe('pay-payer-asked');
  });
});

/**
 * "et le maximum ?" after an answer that writes the bound itself ("de 6 mois à 3 ans"): that answer, not another
 * entry that "maximum" alone reads (the minors' working hours).
 */
describe('a bound the last answer writes', () => {
  it.each([
    ['et le maximum ?'],
    ['c combien max ?'],
    ['et au maximum ?'],
    ['et la durée maxi ?'],
    ['et mini ?'],
    ['le plafond ?'],
    ['et le minimum ?'],
    ['au minimum ?'],
  ])('duration then "%s"', async (follow) => {
    const { text } = await play("combien de temps dure un contrat d'apprentissage ?", follow);
    expect(text).toMatch(/6 mois à 3 ans/);
    expect(text).not.toMatch(/heures par jour/);
  });

  it('"et jusqu\'à quel âge ?" after the minimum age keeps the other bound', async () => {
    const { text } = await play("À partir de quel âge peut-on faire un apprentissage ?", "et jusqu'à quel âge ?");
    expect(text).toMatch(/29 ans/);
  });
});

/** "et mon contrat il s'arrête ?" after a failed exam: the contract goes to its end, a year more at most, not the rupture. */
describe('the contract after a failed exam, asked', () => {
  it.each([
    ["j'ai raté mon CAP", "et mon contrat il s'arrête ?"],
    ['mon fils a échoué à son bac pro', 'il perd son contrat ?'],
    ["j'ai pas eu mon bts", 'mon contrat continue ?'],
    ["jai rater mon cap", "mon contrat va s'arrêter ?"],
    ['Notre apprenti a échoué à son CAP', 'Son contrat prend fin ?'],
    ["j'ai loupé mon examen", 'du coup mon contrat il saute ?'],
    ["ma fille a raté son BP coiffure", "est-ce que son contrat s'arrête ?"],
    ["j'ai échoué au bac pro, je perds mon contrat ?"],
  ])('%s / %s', async (...messages) => {
    const { text } = await play(...messages.filter((m): m is string => typeof m === 'string'));
    expect(text).toMatch(/un an au plus/);
    expect(text).not.toMatch(/45 premiers jours/);
  });

  it('an end date told keeps the word on the end', async () => {
    const { rule, text } = await play("j'ai raté mon CAP", 'mon contrat se termine fin août');
    expect(rule).toBe('exam-failed-contract-end');
    expect(text).toMatch(/arrive à son terme/);
  });
});

/** Two trades weighed, their diplomas asked: both lists, not the first trade and a town asked. */
describe('two trades, which diplomas', () => {
  it.each<[string, RegExp, RegExp]>([
    ['cuisinier ou pâtissier, quel diplôme ?', /Cuisinier/, /Pâtissier/],
    ["électricien ou plombier, c'est quel diplôme ?", /Électricien/, /Plombier/],
    ['boulanger ou boucher il faut quel diplome', /Boulanger/, /Boucher/],
    ['menuisier ou charpentier quelle formation', /Menuisier/, /Charpentier/],
    ['mécanicien auto ou carrossier, quels diplômes ?', /Mécanicien/, /Carrossier/],
    ['Mon fils hésite entre maçon ou couvreur, quels diplômes faut-il ?', /Maçon/, /Couvreur/],
    ['coiffeuse ou estheticienne il faut koi comme diplome', /Coiff/, /Esthéticien/],
  ])('%s', async (message, one, other) => {
    const { rule, text } = await play(message);
    expect(rule).toBe('either-trades-diplomas');
    expect(text).toMatch(one);
    expect(text).toMatch(other);
  });

  it('after another trade, both asked', async () => {
    const { rule, text } = await play('je veux être boulanger', 'cuisinier ou pâtissier, quel diplôme ?');
    expect(rule).toBe('either-trades-diplomas');
    expect(text).toMatch(/Cuisinier/);
    expect(text).toMatch(/Pâtissier/);
  });

  it.each([["c'est quel diplôme pour être boulanger ?"], ['plombier ou pas, quel diplôme ?']])('"%s" keeps one trade', async (message) => {
    const { rule } = await play(message);
    expect(rule).not.toBe('either-trades-diplomas');
  });
});

/** The free line asked about shows its number, in both registers. */
describe('the free line, what it is for', () => {
  it.each([
    ['le numéro vert ça sert à quoi ?'],
    ['c quoi le 0800 ?'],
    ['Le numéro vert, à quoi sert-il ?'],
    ['le 0800 050 000 c quoi ?'],
    ['a quoi sert le numero vert'],
    ['le numéro vert, c\'est pour quoi faire ?'],
    ['ça sert a quoi le 0800'],
    ['Bonjour, à quoi sert votre numéro vert ?'],
  ])('"%s"', async (message) => {
    const { text } = await play(message);
    expect(text).toMatch(/0800 050 000/);
  });
});

/**
 * A contract signed, dated, for a diploma ("j'ai signé le 15 février 2026 pour un CAP, quelle aide ?"): the one who
 * signs for "un CAP" hires for it; the hiring aid of that date answers, in vous, not the young person's aids in tu.
 */
describe('a dated signing for a diploma, the aid asked', () => {
  it.each<[string, RegExp]>([
    ["j'ai signé le 15 février 2026 pour un CAP, quelle aide ?", /contrats conclus du 1er janvier au 7 mars 2026/],
    ['on a signé le 2 avril 2026 pour un bac pro, on a droit à quelle aide ?', /contrats conclus du 8 mars au 31 décembre 2026/],
    ['jai signé le 20 janvier 2026 pour un bts quelle aide', /jusqu'au niveau bac/],
    ['Nous avons signé le 10 mars 2026 pour une licence pro, quelles aides ?', /bac \+3 à bac \+5/],
    ["j'ai signé le 5 mai 2026 pour un BP coiffure, y a une prime ?", /contrats conclus du 8 mars au 31 décembre 2026/],
    ["on a conclu le contrat le 12 février 2026 pour un CAP cuisine, on touche quelle aide ?", /contrats conclus du 1er janvier au 7 mars 2026/],
    ["j ai signé en juin 2026 pour un bac pro, quelles aides ?", /contrats conclus du 8 mars au 31 décembre 2026/],
    ["J'ai signé le 1er mars 2026 pour un CAP boulanger. Quelle aide pour moi ?", /contrats conclus du 1er janvier au 7 mars 2026/],
  ])('"%s"', async (message, regime) => {
    const { text } = await play(message);
    expect(text).toMatch(regime);
    expect(text).not.toMatch(/Voici les aides d'un jeune/);
    expect(text).not.toMatch(/\bton\b|\bta\b|\btes\b/);
  });

  it('an apprentice signing for "mon CAP" keeps the young person\'s aids', async () => {
    const { text } = await play("j'ai signé mon contrat le 15 février pour mon CAP, j'ai droit à quelles aides ?");
    expect(text).not.toMatch(/aides pour l'employeur/);
  });
});

/** "et si j'avais un bac pro ?" after a contrat pro's pay: the with-bac-pro figure. */
describe('a diploma supposed after a contrat pro pay', () => {
  it.each([["et si j'avais un bac pro ?"], ["et s'il avait un bac pro ?"], ['et avec un bac pro ?'], ["si j'aurais un bac pro ?"]])('"%s"', async (follow) => {
    const { text } = await play('combien gagne-t-on en contrat de professionnalisation ?', "j'ai 19 ans", follow);
    expect(text).toMatch(/Avec un bac professionnel ou plus : 1 213,56 €/);
    expect(text).not.toMatch(/Sans bac professionnel/);
  });
});

/** Not taken into the course, told or supposed, after how to apply or naming it: what to do, not the same answer again. */
describe('not taken into the course', () => {
  it.each([
    ['Les formations en apprentissage sont-elles sur Parcoursup ?', 'et si je suis pas pris ?'],
    ['Les formations en apprentissage sont-elles sur Parcoursup ?', "et si je ne suis pas acceptée ?"],
    ['Comment entrer en CAP en apprentissage après la 3e ?', 'et si elle est pas acceptée ?'],
    ['parcoursup alternance comment ca marche', 'si jsui pa pri ?'],
    ["j'ai été refusé au cfa, je fais quoi ?"],
    ['recalé partout sur parcoursup en alternance, je fais quoi'],
    ["Notre fils n'a pas été retenu dans le BTS en alternance qu'il voulait, que faire ?"],
    ['aucun cfa me prend, c la galère'],
  ])('%s / %s', async (...messages) => {
    const { text, rule } = await play(...messages.filter((m): m is string => typeof m === 'string'));
    expect(rule).toBe('not-admitted');
    expect(text).toMatch(/3 mois/);
    expect(text).toMatch(/autres CFA|d'autres CFA/);
  });

  it.each([['mon patron refuse de me payer mes heures sup'], ['je suis pris en BTS en alternance, je commence quand ?']])('"%s" keeps its own answer', async (message) => {
    const { rule } = await play(message);
    expect(rule).not.toBe('not-admitted');
  });
});
