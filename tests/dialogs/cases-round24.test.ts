import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';
import { occupiedStatusTold } from '../../src/nlu/entities/occupied-status.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * Round 24 (review 16, kind 1): the time the contract has already run, told with the rupture in any message, chooses
 * the case of the rupture's answer (45 first days of practical training: free rupture; after them: written agreement,
 * serious misconduct, the mediator), not only right after the rupture card.
 */
describe('the time told with the rupture chooses its case', () => {
  it.each([
    ["j'ai commencé mon apprentissage il y a 3 semaines et je veux arrêter, comment je fais ?"],
    ['je suis en apprentissage depuis 15 jours, je peux partir ?'],
    ['ca fait 10 jours que je suis en alternance jveux arreter'],
    ["Notre fils a commencé son contrat il y a un mois et il veut l'arrêter, que doit-il faire ?"],
  ])('within the first days: "%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('rupture-time-told');
    expect(text).toMatch(/45 premiers jours/);
    expect(text).toMatch(/rupture libre/);
    expect(text).not.toMatch(/saisir le médiateur de l'apprentissage de la chambre/);
  });

  it.each([
    ['notre apprenti est chez nous depuis 6 mois, puis-je rompre son contrat ?'],
  ])('an employer past the first days: "%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('rupture-time-told');
    expect(text).toMatch(/ne? (?:est|sont)? ?plus libre|n'est plus libre/);
    expect(text).toMatch(/faute grave/);
    expect(text.indexOf('faute grave')).toBeLessThan(text.indexOf('sans motif') === -1 ? Infinity : text.indexOf('sans motif'));
  });

  it.each([
    ["j'ai commencé il y a 5 mois et je veux arrêter mon apprentissage"],
    ['jsui apprenti depui 4 mois jpeux arreter ?'],
  ])('an apprentice past the first days: "%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('rupture-time-told');
    expect(text).toMatch(/plus libre/);
    expect(text).toMatch(/médiateur/);
  });

  // Round 32 (review 22 P7): the 45 days count only the days in the company; up to twice that on the calendar (one week in two at the CFA) they may
  // not be over with the weeks at the CFA. These four were "past" before; now what the days count, then both cases.
  it.each([
    ["j'ai embauché un apprenti il y a 3 mois, je peux le licencier ?", /faute grave/],
    ['ça fait 3 mois que je suis apprentie, je veux démissionner', /médiateur/],
    ['il est dans notre entreprise depuis 2 mois et demi, pouvons-nous mettre fin au contrat ?', /faute grave/],
    ['sa fait 2 mois ke je suis en apprentissage je veux quitter mon patron', /médiateur/],
  ])('a calendar time up to twice the 45 days: "%s"', async (message, afterCase) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('rupture-time-told');
    expect(text).toMatch(/ne comptent que les jours/);
    expect(text).toMatch(/45 premiers jours/);
    expect(text).toMatch(afterCase);
  });

  it.each([
    ['je veux arrêter mon apprentissage, comment faire ?'],
    ['mon patron veut me virer, il a le droit ?'],
    ["je suis apprenti depuis 3 mois, je peux partir en vacances quand ?"],
    ['elle est en seconde depuis 2 mois et veut arrêter le lycée pour un apprentissage'],
  ])('no time told keeps its answer: "%s"', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('rupture-time-told');
  });
});

/**
 * Round 24 (review 16, kind 5): an apprentice's status implied (a contract that starts, an apprentice's pay told) is
 * read, so the aids list does not offer the CEJ (for people with neither job nor training); someone without either
 * still gets it.
 */
describe('an apprentice implied is read as one', () => {
  it.each([
    ['ma fille commence son contrat en septembre'],
    ['je démarre mon alternance lundi'],
    ["mon fils va commencer son contrat d'apprentissage le 2 septembre"],
    ["son contrat d'apprentissage débute la semaine prochaine"],
    ['jgagne 800 euros par mois en alternance'],
    ['elle touche 900 € comme apprentie'],
    ["mon salaire d'apprentie est trop bas"],
  ])('"%s" → apprenti', (text) => {
    expect(occupiedStatusTold(normalize(text))).toBe('apprenti');
  });

  it.each([
    ['si je commence un apprentissage je perds le CEJ ?'],
    ['je voudrais commencer un apprentissage'],
    ['je gagne rien, je suis sans emploi'],
    ["combien on gagne en alternance ?"],
  ])('"%s" tells no status', (text) => {
    expect(occupiedStatusTold(normalize(text))).toBeUndefined();
  });

  it.each([
    ["ma fille commence son contrat d'apprentissage en septembre, elle a droit à quelles aides ?"],
    ['jgagne 800 euros par mois en alternance, ya des aides pour moi ?'],
    ['je touche 900 € par mois comme apprentie, j’ai droit à quelles aides ?'],
  ])('the aids without the CEJ: "%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('unknown-money-claim');
    expect(text).toMatch(/aides/i);
    expect(text).not.toMatch(/engagement jeune/i);
  });

  it('a young person with neither job nor training still gets the CEJ', async () => {
    const { text } = await lastReplyOf(["j'ai 19 ans, je fais rien, ni boulot ni formation, quelles aides pour moi ?"]);
    expect(text).toMatch(/engagement jeune/i);
  });
});

/** Round 24 (review 16, kind 3): what becomes of the training when the contract is lost: the CFA keeps them 6 months. */
describe('the training once the contract is lost', () => {
  it.each([
    ["que devient sa formation si son contrat s'arrête ?"],
    ['si je perds mon patron je peux rester au CFA ?'],
    ["Si notre fils perd son entreprise, pourra-t-il continuer sa formation ?"],
    ['jme suis fait virer, je peux finir mon diplome ?'],
    ['plus de patron depuis lundi, le cfa me garde ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule === 'training-after-contract-lost' || rule === 'told-event').toBe(true);
    expect(text).toMatch(/6 mois/);
  });

  it('a first employer not found yet keeps the start without an employer', async () => {
    const { text } = await lastReplyOf(["je suis inscrite au CFA mais toujours pas de patron, je peux commencer ?"]);
    expect(text).toMatch(/3 mois/);
  });
});

/** Round 24 (review 16, kind 4): must the employer keep them after a failed exam: only if they agree (one more year). */
describe('kept after a failed exam', () => {
  it.each([
    [["j'ai raté mon CAP", 'mon patron est obligé de me garder ?']],
    [['jai loupé mon bac pro', 'il doit me garder ?']],
    [["Notre fils a échoué à son BTS", "son employeur est-il tenu de le garder ?"]],
    [["j'ai raté mon examen, mon patron est obligé de me garder ?"]],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(['kept-after-exam-failed', 'exam-failed-told']).toContain(rule);
    expect(text).toMatch(/d'accord|accord de l'employeur/);
    expect(text).toMatch(/an au plus/);
  });

  it('without a failed exam, "garder" keeps its answer', async () => {
    const { rule } = await lastReplyOf(['mon patron est obligé de me garder à la fin de mon contrat ?']);
    expect(rule).not.toBe('kept-after-exam-failed');
  });
});
