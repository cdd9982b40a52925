import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 24 (r24-next): enrolling asked with a kind of diploma named got its places and a town question; asked right
 * after the answer on what follows a general bac, "ma réponse ne couvre pas". How to enrol is the way a place is
 * asked for: Parcoursup after the bac (BTS, BUT), Affelnet or the CFA after the 3e (CAP, bac pro).
 */
describe('how to enrol in a kind of diploma', () => {
  it.each([
    ["comment on s'inscrit en BTS en apprentissage ?"],
    ['je veux faire un BUT en alternance, je postule où ?'],
    ["Comment notre fils peut-il s'inscrire en BTS en alternance ?"],
    ['vous savez comment on candidate pour un bts en alternance'],
  ])('"%s" gets Parcoursup', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('enrol-asked');
    expect(text).toMatch(/Parcoursup/);
  });

  it.each([
    ['inscription en cap cuisine comment ça marche'],
    ["jsuis en 3e cmt jm'inscris en CAP ?"],
    ['on s inscrit où pour un cap coiffure'],
    ["les démarches d'inscription pour un bac pro en apprentissage ?"],
  ])('"%s" gets Affelnet or the CFA', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Affelnet/);
    expect(text).not.toMatch(/Dans quelle ville/);
  });

  it.each([["et je m'inscris comment ?"], ['comment on fait pour s inscrire ?'], ['Comment s’inscrit-on ?']])(
    '"%s" after the answer on a general bac gets Parcoursup',
    async (message) => {
      const { text, rule } = await lastReplyOf(["qu'est-ce que je peux faire après un bac général ?", message]);
      expect(rule).toBe('procedure-follow-up');
      expect(text).toMatch(/Parcoursup/);
      expect(text).not.toMatch(/ne couvre pas/);
    },
  );

  it('near misses keep their answers', async () => {
    expect((await lastReplyOf(["c'est quoi Parcoursup ?"])).text).toMatch(/Parcoursup/);
    expect((await lastReplyOf(['CAP menuisier à Rouen'])).text).toMatch(/Rouen/);
    // Enrolled already: the question after it is another one (an employer to find).
    expect((await lastReplyOf(['je me suis inscrit en cap comment je trouve un patron'])).rule).not.toBe('enrol-asked');
  });
});

/** Review issue 12: "rappeler" typed with one p is still the callback; "nous sommes" names no trade. */
describe('a callback asked with a typo', () => {
  it.each([['jveux etre rapelé'], ['rapelez moi svp'], ['je voudrais être rapeler par un conseiller']])('"%s" starts the callback', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/Quel métier/);
    expect(text).toMatch(/rappel|numéro|prénom/i);
  });

  it('"je veux être rappelé demain" still starts it', async () => {
    expect((await lastReplyOf(['je veux être rappelé demain'])).text).toMatch(/rappel|numéro|prénom/i);
  });
});

describe('a parent naming the trade and the town', () => {
  it.each([['Mon fils veut devenir électricien, nous sommes à Évreux.'], ['ma fille voudrait être électricienne, nous sommes vers Caen']])(
    '"%s" gets the trade\'s places near the town, not "quel métier ?"',
    async (message) => {
      const { text } = await lastReplyOf([message]);
      expect(text).not.toMatch(/Quel métier/);
      expect(text).toMatch(/(?:Évreux|Caen)/);
      expect(text).toMatch(/électri/i);
    },
  );

  it('"électricien" alone keeps the trade card', async () => {
    expect((await lastReplyOf(['électricien'])).text).toMatch(/Électricien/);
  });
});

describe('a town hall introducing itself as "we"', () => {
  it.each([["Nous sommes une commune de l'Orne, on voudrait un apprenti"], ['on est une petite commune du calvados, on voudrait une apprentie']])(
    '"%s" is a public employer',
    async (message) => {
      const { text } = await lastReplyOf([message]);
      expect(text).toMatch(/employeurs? publics?|CELIA|DREETS/);
      expect(text).not.toMatch(/dis-moi qui tu es/);
    },
  );
});

/**
 * A diploma about to be held ("j'aurai mon CAP en juin") or finished with "un" ("je finis un CAP boulanger") and what
 * follows: the entry of what follows that diploma, not the CAP's places nor an entry its other words reach.
 */
describe('what follows a diploma about to be held', () => {
  it.each([
    ["j'aurai mon CAP de menuisier en juin, je fais quoi après ?", /brevet professionnel|BP/],
    ['je finis un CAP boulanger, je peux continuer en alternance ?', /brevet professionnel|BP/],
    ['jvais avoir mon cap coiffure, apres jfais koi', /brevet professionnel|BP/],
    ['Notre fils aura son bac pro cuisine cet été, que peut-il faire ensuite en apprentissage ?', /BTS/],
  ])('"%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('next-after-diploma-finishing');
    expect(text).toMatch(expected);
  });

  it('a town named keeps the places; a trade alone keeps its card', async () => {
    expect((await lastReplyOf(['je finis un CAP boulanger à Caen, je peux continuer ?'])).rule).not.toBe('next-after-diploma-finishing');
    expect((await lastReplyOf(['boulanger'])).text).toMatch(/Boulanger/);
  });
});
