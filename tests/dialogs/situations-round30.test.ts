import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';
import { dismissedTold } from '../../dialogs/routing/dismissal-told.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * Round 30 (r30-situations): a person TELLS a situation rather than asking a question, and gets the card of that
 * situation: let go by the employer, an employer ending the contract, work on a Sunday or a holiday, a CDI left for an
 * apprenticeship, a refusal supposed after an answer. Phrasings written for this round (tu and vous, SMS spelling),
 * with near misses that keep their old answer.
 */

const EMPLOYER_RUPTURE = /La rupture du contrat par l'employeur/;

describe('let go by the employer, told: the employer rupture, never the apprentice\'s own way out', () => {
  it.each([
    ['le patron m a jeté au bout de 12 jours'],
    ["ma patronne m'a remerciée après trois semaines chez elle"],
    ['je me suis fait lacher par mon employeur apres 2 semaines'],
    ["on m'a mis à la porte du salon au bout d'un mois"],
    ['il ma dit de plus revenir, j etais la depuis 10 jours'],
    ["mon maître d'apprentissage m'a dit que c'était fini, ça fait 3 semaines que je suis arrivé"],
    ['jai été viré de la boulangerie apres 20 jours'],
    ['mon fils a été licencié par le garage au bout de quinze jours'],
  ])('"%s": free in the first 45 days, then the CFA and the free line', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('rupture-time-told');
    expect(text).toMatch(EMPLOYER_RUPTURE);
    expect(text).toMatch(/^(?:Tu étais encore dans tes|Le contrat en était encore à ses) 45 premiers jours/);
    expect(text).toMatch(/continuer au CFA/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/tu peux partir sans raison/);
  });

  it.each([
    ['mon patron veut plus de moi'],
    ["ma patronne m'a dit que c'était fini pour moi"],
    ['on m a remercié hier, je fais quoi'],
    ['je me suis fait virer du garage'],
    ["le chef m'a dit de ne plus venir"],
    ['mon employeur ne veut pas me garder'],
    ['ma fille s est fait renvoyer par son patron'],
    ['ils mont lâché du jour au lendemain'],
  ])('"%s" (no time told): the employer\'s rupture card', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(EMPLOYER_RUPTURE);
    expect(text).not.toMatch(/Pas de souci/);
  });

  it('"on m\'a viré, je peux rester au CFA ?" keeps staying at the CFA (near miss)', async () => {
    const { text } = await lastReplyOf(["on m'a viré, je peux rester au CFA ?"]);
    expect(text).toMatch(/jusqu'à 6 mois/);
  });

  it('"je veux démissionner de mon apprentissage" keeps the apprentice\'s steps (near miss)', async () => {
    const { text } = await lastReplyOf(['je veux démissionner de mon apprentissage']);
    expect(text).toMatch(/démissionner/);
    expect(text).not.toMatch(EMPLOYER_RUPTURE);
  });

  it('"je suis apprenti depuis 5 mois et je veux arrêter" keeps the apprentice\'s case past the bound (near miss)', async () => {
    const { text } = await lastReplyOf(['je suis apprenti depuis 5 mois et je veux arrêter']);
    expect(text).toMatch(/^Tu as passé les 45 premiers jours/);
    expect(text).not.toMatch(EMPLOYER_RUPTURE);
  });

  it.each([['je vous remercie pour tout'], ['merci beaucoup'], ["je l'ai remercié pour son aide"], ['je me suis fait renvoyer du lycée']])(
    'no dismissal read in "%s" (near miss)',
    (message) => {
      expect(dismissedTold(normalize(message))).toBe(false);
    },
  );
});

describe('an employer who wants to end the contract: the employer\'s rupture, in vous', () => {
  it.each([
    ["Je suis artisan, mon apprenti ne fait aucun effort, je souhaite m'en séparer."],
    ['nous voulons arrêter avec notre apprentie, ça ne se passe pas bien'],
    ['Mon apprenti arrive en retard sans arrêt, puis-je le licencier ?'],
    ['En tant que gérante, je ne veux plus garder mon apprenti, que faire ?'],
    ['on souhaite rompre le contrat de notre alternant, il ne vient plus'],
    ['chef d entreprise, je veux mettre fin au contrat de mon apprenti'],
    ["Notre apprenti vole dans la caisse, comment nous séparer de lui ?"],
    ['je suis patron, je veux virer mon apprenti'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(EMPLOYER_RUPTURE);
    expect(text).not.toMatch(/étapes pour démissionner/);
  });

  it('"Notre apprentie est chez nous depuis 4 mois, pouvons-nous rompre ?" keeps the case past the bound (near miss)', async () => {
    const { text, rule } = await lastReplyOf(['Notre apprentie est chez nous depuis 4 mois, pouvons-nous rompre ?']);
    expect(rule).toBe('rupture-time-told');
    expect(text).toMatch(/sont passés : la rupture n'est plus libre/);
  });

  it('"mon apprenti veut démissionner, que faire ?" keeps the resignation, the apprentice leaving (near miss)', async () => {
    const { rule } = await lastReplyOf(['mon apprenti veut démissionner, que faire ?']);
    expect(rule).not.toBe('employer-ends-told');
  });
});

describe('work on a Sunday or a public holiday, told: the entry on Sundays and holidays', () => {
  it.each([
    ['jai 15 ans et demi, apprenti boucher, mon patron me fait venir tous les dimanches'],
    ['g 16 ans mon patron veut que je taffe le jour de noel'],
    ['Notre fille de 17 ans, apprentie en boulangerie, doit travailler le lundi de Pâques, est-ce permis ?'],
    ['jsuis mineure et ma patronne me met au planning le 14 juillet'],
    ['apprentie fleuriste, 16 ans, on m oblige a bosser le 1er mai'],
    ["j'ai 17 ans, le restaurant veut que je fasse le service les jours fériés"],
    ['mon fils apprenti de 15 ans travaille le dimanche matin à la boucherie'],
    ['je suis mineur et mon employeur me demande de venir le 11 novembre'],
  ])('"%s": the minor\'s rule first', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('rest-day-work-told');
    expect(text).toMatch(/^Avant 18 ans/);
    expect(text).toMatch(/métiers de bouche/);
  });

  it('an adult told: the adult rule first', async () => {
    const { text } = await lastReplyOf(["j'ai 20 ans, mon patron me fait bosser tous les dimanches au resto, c'est normal ?"]);
    expect(text).toMatch(/^Si tu as 18 ans ou plus/);
  });

  it('"mineur" said in words, with no age, is the minor\'s version too', async () => {
    const { text } = await lastReplyOf(['un apprenti mineur peut travailler les jours fériés ?']);
    expect(text).toMatch(/^Avant 18 ans/);
  });

  it.each([['le CFA est ouvert le dimanche ?'], ['y a cours au cfa le lundi de pâques ?']])('"%s" is no work day at the employer (near miss)', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('rest-day-work-told');
  });
});

describe('a CDI left for an apprenticeship: how to leave it, not the trade of the job held', () => {
  it.each([
    ['si je fais une alternance je perds mon cdi ?'],
    ["j'ai un CDI de vendeuse, je voudrais faire un CAP coiffure en apprentissage"],
    ['jsui en cdi chez carrefour, je veux partir en apprentissage, je dois démissionner ?'],
    ['Ma fille est en CDI comme caissière et veut commencer un BTS en alternance, elle doit quitter son emploi ?'],
    ['je bosse en cdi depuis 4 ans, je peux lâcher pour un bac pro en alternance ?'],
    ['salarié en cdi dans le bâtiment, je veux me former en apprentissage dans un autre métier'],
    ['mon cdi à l usine me plait pas je veux faire un cap en alternance'],
    ["J'ai 26 ans et un CDI d'agent d'entretien, puis-je le quitter pour un apprentissage ?"],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Quitter un CDI pour un apprentissage/);
    expect(text).toMatch(/préavis/);
  });

  it.each([["Un contrat d'apprentissage peut-il être un CDI ?"], ["je suis en cdi d'apprentissage, ça se passe comment à la fin ?"]])(
    '"%s" keeps the apprenticeship in a CDI (near miss)',
    async (message) => {
      const { text } = await lastReplyOf([message]);
      expect(text).toMatch(/Peut-on signer un contrat d'apprentissage en CDI \?/);
    },
  );
});

const TASK_CARD = 'mon patron me fait nettoyer les toilettes tous les jours';

describe('a refusal supposed after an answer is a question, not a "no thanks"', () => {
  it.each([
    [TASK_CARD, 'si jrefuse il peut me virer ?'],
    [TASK_CARD, 'et si je refuse de le faire, il peut me licencier ?'],
    ['je fais que du rangement dans mon apprentissage', 'si je dis non il peut me virer'],
    ['g 17 ans et je fais 40h par semaine', 'et si je refuse il me vire ?'],
    ['mon patron veut que je vienne le dimanche', 'si je refuse il a le droit de me virer ?'],
    [TASK_CARD, 'si je refuse ?'],
    ['ma patronne me fait porter des charges trop lourdes', 'et si je refuse, je risque quoi ?'],
    ['on me demande de faire des heures sup', 'si jdis non ca peut me couter mon contrat ?'],
  ])('"%s" then "%s"', async (first, then) => {
    const { text, rule } = await lastReplyOf([first, then]);
    expect(rule).not.toBe('small-talk');
    expect(text).not.toMatch(/^Pas de souci/);
  });

  it('"non merci" after the same card keeps its "Pas de souci" (near miss)', async () => {
    const { text } = await lastReplyOf([TASK_CARD, 'non merci']);
    expect(text).toMatch(/^Pas de souci/);
  });

  it('"non" alone after the same card is still a no (near miss)', async () => {
    const { rule } = await lastReplyOf([TASK_CARD, 'non']);
    expect(rule).toBe('small-talk');
  });
});
