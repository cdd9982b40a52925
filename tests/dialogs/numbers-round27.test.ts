import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 27 (mine): numbers as people type them. A case supposed on the last answer by its number alone ("et à 21 ?",
 * "et si j'avais 21 ?", "et avec 300 ?") replaces the detail told last; the SMS forms of an age and a contract year
 * ("a 17a", "1er anné") are read.
 */
describe('a case supposed by its number alone replaces the detail told last', () => {
  it.each([
    [['combien je gagne a 19 ans en bts', "et si j'avais 21 ?"], /989/],
    [['salaire apprenti 17 ans', 'et a 22 ?'], /989/],
    [['quel salaire pour un apprenti de 18 ans', 'et pour 24 alors ?'], /989/],
    [['Mon fils a 16 ans, combien sera-t-il payé en apprentissage ?', "et s'il avait 19 ?"], /802/],
    [['jai 20 ans cb je toucherai en alternance', 'et si javais 26'], /1 ?867/],
    [['salaire apprenti 25 ans', 'mais avec 18 ?'], /802/],
  ])('%j', async (messages, figure) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(figure);
  });

  it.each([
    [['quelle aide pour embaucher un apprenti en bac pro, nous sommes 30 salariés', 'et avec 300 ?'], /2 ?000/],
    [["Aide à l'embauche pour un BTS, entreprise de 12 salariés ?", 'et si on était 400 ?'], /1 ?500/],
  ])('the head count of an aid answer: %j', async (messages, figure) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(figure);
  });

  it.each([
    // A year of the contract is no age: the age told stays, the year is read.
    [['combien gagne un apprenti de 17 ans', 'et en 2 ?'], /728/],
    // An hour is no age.
    [['salaire apprenti 17 ans', 'et a 14h ?'], /504/],
  ])('near miss, not an age: %j', async (messages, figure) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(figure);
    expect(text).not.toMatch(/989|802/);
  });
});

describe('an age and a contract year as typed in SMS', () => {
  it.each([
    ['cb j tch a 17a en 1er anné dapprentisage', /504/],
    ['jsui a 17a en 2e anne cb je touche', /728/],
    ['a 19a en 1e ane je gagne cmb', /802/],
    ['salaire 3e anee a 18 ans', /1 ?250/],
    ['combien en 2e anee pour 22a', /1 ?138/],
  ])('"%s"', async (message, figure) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(figure);
  });

  it.each([
    // A date and a time stay a date and a time.
    ['rdv le 17 a 14h au cfa ?'],
  ])('near miss: "%s" reads no age of 17', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/À 17 ans/);
  });
});

describe('words that ask for a comparison or the choices open are not a subject the entry leaves out', () => {
  it.each([
    ['jsuis reconnu travailleur handicapé, si je fais une année en plus ça paye pareil ?', /15 points/],
    ["Mon fils a une RQTH, s'il fait une année de plus il est payé pareil ?", /15 points/],
    ["j'ai eu mon bac général, je veux pas faire la fac, options en alternance ?", /bac général/],
    ['bac général en poche, quelles possibilités en apprentissage ?', /bac général/],
    ['apres un bac general c koi les choix en alternance', /bac général/],
  ])('"%s"', async (message, answer) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/ne couvrent pas/);
  });
});

describe('a département number after the "et" of a follow-up, once places were listed', () => {
  it.each([
    [['cap boulanger 61', 'et 27 ?'], /Eure/],
    [["j'ai 17 ans, cap boulanger 61", 'et 27 ?'], /Eure/],
    [['cap cuisine dans le 14', 'et pour 50 ?'], /Manche/],
    [['bac pro commerce 76', 'mais 61 ?'], /Orne/],
  ])('%j', async (messages, departement) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(departement);
    expect(text).not.toMatch(/29 ans|salaire minimum/i);
  });

  it.each([
    // After the pay, the same "et 22 ?" is the age supposed (the number detail of that answer).
    [['salaire apprenti 17 ans', 'et 22 ?'], /989/],
  ])('near miss, after the pay it is the age: %j', async (messages, figure) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(figure);
  });
});

describe('a pay detail told right after a FAQ answer about pay: the pay for it (review 18, J6)', () => {
  it.each([
    [['jai 19 ans combien je touche en bts en alternance', 'c en brut ou en net ?', 'et lannée prochaine jaurai 20 ans'], /952/],
    [['le salaire apprenti c brut ou net ?', "et moi j'ai 17 ans en 1ere annee"], /504/],
    [["Le salaire d'un apprenti est-il brut ou net ?", 'Et pour un apprenti de 22 ans ?'], /989/],
    [['c brut ou net le salaire en apprentissage', 'et en 2e année à 18 ans ?'], /952/],
  ])('%j', async (messages, figure) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(figure);
    expect(text).not.toMatch(/ne couvre pas/);
  });

  it.each([
    // An aid named with the age is that aid, not the pay.
    [['le salaire apprenti c brut ou net ?', "et l'aide au permis à 18 ans ?"], /permis/],
  ])('near miss: %j', async (messages, answer) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(answer);
  });
});
