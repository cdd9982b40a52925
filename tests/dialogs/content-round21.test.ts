import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');
const CEJ = /engagement jeune/i;

/**
 * Round 21 (review 14, issue 12): a young person who says they are an apprentice already, in a job, or at school was
 * listed the contrat d'engagement jeune, which is for young people with neither a job nor a training (travail-emploi
 * CEJ page). The status they tell now rules it out of the aids list; without a status it stays "may concern you",
 * and someone out of work still gets it.
 */
describe('aids that fit: the CEJ is not listed to someone under contract, in a job or at school', () => {
  it.each([
    ["quelles aides je pourrais toucher en tant qu'apprentie ?"],
    ["on a signé le contrat la semaine dernière, quelles aides pour moi ?"],
    ["je bosse en CDI et j'ai 23 ans, j'ai droit à des aides ?"],
    ['jsui en terminale g 18 ans, les aides pour moi ?'],
    ["je suis étudiante en licence, 21 ans, y a quelles aides pour moi ?"],
    ["mon fils est au lycée, il a 17 ans, à quelles aides a-t-il droit ?"],
    ['c quoi les aides pour les apprentis ?'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(plain(text)).toMatch(/aides/i);
    expect(plain(text)).not.toMatch(CEJ);
  });

  it.each([
    ["j'ai 20 ans, sans emploi ni formation, quelles aides ?"],
    ["je travaille pas, j'ai 19 ans, quelles aides ?"],
  ])('near miss: "%s" still hears of the CEJ', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(plain(text)).toMatch(CEJ);
  });

  it('an employer hears of the disability aids in one line, not as a list', async () => {
    const { text } = await lastReplyOf(["je suis patron d'une boulangerie, 4 salariés, quelles aides si je prends un apprenti ?"]);
    expect(plain(text)).not.toMatch(/Agefiph|FIPHFP/);
    expect(plain(text)).toMatch(/situation de handicap/);
  });
});

/**
 * Round 21 (issue 12): the medical visit's rules, checked against the official texts: within two months of the hiring
 * for an apprentice (travail-emploi's fiche on the contract), before the post for a minor or a night worker (Code du
 * travail R. 4624-18). R. 6222-40-1, cited from memory before, is no longer cited.
 */
describe('the medical visit: two months, and before the post for a minor or a night worker', () => {
  it.each([
    ['visite médicale apprenti c obligatoire ?'],
    ["Dans quel délai notre nouvel apprenti doit-il voir la médecine du travail ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(plain(text)).toMatch(/deux mois/);
    expect(plain(text)).toMatch(/18 ans/);
    expect(plain(text)).toMatch(/nuit/);
    expect(plain(text)).not.toMatch(/R6222-40-1/);
  });
});

/**
 * Round 21 (issue 12): a lycéen of seconde or première générale who wants to leave for apprenticeship had no entry (the
 * rupture of a contract answered "elle veut arrêter le lycée"). The new entry says only what the sources confirm and
 * sends to the CFA, the professeur principal and the psychologue de l'Éducation nationale, and the free line.
 */
describe('leaving the seconde or première générale for apprenticeship', () => {
  it.each([
    ["je suis en seconde générale, j'ai le droit de quitter le lycée pour un apprentissage ?"],
    ['jsui en 2nde jveux arreter le lycee pour faire un cap en alternance'],
    ["ma fille est en première, elle veut arrêter le lycée pour un apprentissage, comment on fait ?"],
    ["Peut-on quitter le lycée général en cours d'année pour entrer en CFA ?"],
    ["après une seconde générale est-ce qu'on peut aller en bac pro par apprentissage ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(plain(text)).toMatch(/quitter (?:la seconde|le lycée)/);
    expect(plain(text)).toMatch(/psychologue de l'Éducation nationale/);
    expect(plain(text)).toMatch(/0800 050 000/);
  });

  it.each([
    ['ma fille veut arrêter son apprentissage, comment on fait ?'],
    ['je veux quitter mon patron, je fais comment ?'],
  ])('near miss: "%s" still gets the rupture', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(plain(text)).toMatch(/rupture|rompre|médiateur/i);
    expect(plain(text)).not.toMatch(/psychologue/);
  });
});
