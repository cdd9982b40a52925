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
