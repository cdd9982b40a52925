import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 23 (r23-orientation): first messages of orientation and situation, in our own phrasings (tu and vous, SMS
 * spelling). DESIGN §6: answer first, then refine — the short answer, then the quiz offered as a button.
 */
describe('lost at the end of the 3e: the paths first, then the quiz offered', () => {
  it.each([
    ['je sais pas du tout quoi faire après ma 3e'],
    ['jsai pa koi faire apré la 3eme'],
    ["Ma fille ne sait pas quoi faire après la troisième, que faire ?"],
    ['quelles possibilités après le collège ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('lost-after-third');
    expect(text).toMatch(/CAP en 2 ans/);
    expect(text).toMatch(/bac pro en 3 ans/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).toMatch(/\[Trouver un métier\]/);
  });
});

describe('university left, nothing named yet: apprenticeship up to 29, the Mission Locale, then the quiz', () => {
  it.each([
    ["j'ai lâché la fac, je voudrais un métier concret"],
    ['jai arrete l univ jsui perdu'],
    ["J'ai abandonné ma licence en cours d'année, l'apprentissage est-il possible ?"],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('university-left-no-wish');
    expect(text).toMatch(/29 ans/);
    expect(text).toMatch(/Mission Locale/);
    expect(text).toMatch(/\[Trouver un métier\]/);
  });

  it('past the age limit, the answer is not "up to 29, you can"', async () => {
    const { rule } = await lastReplyOf(["j'ai arrêté la fac et j'ai 31 ans"]);
    expect(rule).not.toBe('university-left-no-wish');
  });
});

describe('lost at the end of the 3e, told by a parent', () => {
  it.each([["Bonjour, notre fils sort de 3e en juin et ne sait pas quoi faire, des conseils ?"], ['elle termine sa troisième et sait pas quoi faire']])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('lost-after-third');
    expect(text).toMatch(/CAP en 2 ans/);
  });
});

describe('school left and lost: the Mission Locale first, then the quiz', () => {
  it.each([["je suis perdue, j'ai 17 ans et j'ai quitté le lycée"], ['jsui perdu g lache lecole, jsai pa quoi faire']])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('school-left-lost');
    expect(text).toMatch(/Mission Locale/);
    expect(text).toMatch(/\[Trouver un métier\]/);
  });
});

describe('a trade wished from a class below the 3e, or without the brevet: the condition, led by the trade', () => {
  it.each([
    ['je veux devenir boulanger mais je suis en 4eme'],
    ['moi je voudrais être coiffeuse, je suis en 5e'],
  ])('"%s" gets the minimum age with the trade and its diploma', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('trade-from-class-below-third');
    expect(text).toMatch(/« CAP /);
    expect(text).toMatch(/15 ans si tu as terminé ta 3e/);
    expect(text).toMatch(/\[Un métier en détail\]/);
  });

  it.each([
    ["je veux faire plombier mais j'ai pas eu le brevet"],
    ['je voudrais devenir fleuriste, je suis sans diplôme'],
    ['jveu etre macon g rate mon brevet'],
  ])('"%s" gets no diploma needed', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('trade-without-diploma');
    expect(text).toMatch(/la condition est ton âge, pas un diplôme/);
  });
});

describe('everyday interests reach trades', () => {
  it.each([
    ["j'aimerais m'occuper des petits enfants", /puériculture|garde d'enfant/],
    ['je veux bosser avec des gamins', /puériculture|garde d'enfant/],
    ["j'adore la mer", /marin/],
    ['je suis bonne en maths', /comptable/],
    ["j'aime m'occuper des personnes âgées", /aide-soignant|Aider les autres|auxiliaire/i],
  ])('"%s"', async (message, expected) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(expected);
  });
});

describe('a disability told with what is provided: the disability answer, not the generic aids', () => {
  it.each([
    ["j'ai une rqth, y a quelque chose de spécial pour moi en alternance ?"],
    ['Mon fils est handicapé, existe-t-il un accompagnement particulier en apprentissage ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('disability-provision-asked');
    expect(text).toMatch(/référent handicap/);
    expect(text).not.toMatch(/Mobili-Jeune/);
  });
});

describe('a story ending on the pay: the pay at the age told, never the age asked again', () => {
  it.each([
    ["Salut. Moi c'est Inès, j'ai 19 ans. J'ai quitté le lycée en première. Je voudrais faire de l'esthétique. Je serais payée combien ?", /À 19 ans/],
    ["Bonjour. Deux ans de fac de psycho, puis j'ai arrêté. J'ai 22 ans aujourd'hui. Je veux un BTS en alternance, ça paye combien ?", /À 22 ans/],
  ])('"%s"', async (message, age) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('story-ends-on-pay');
    expect(text).toMatch(age);
    expect(text).not.toMatch(/Quel âge as-tu/);
  });
});

describe('near misses keep their answers', () => {
  it('the trade named leads the no-diploma answer', async () => {
    const { text } = await lastReplyOf(["je veux faire plombier mais j'ai pas eu le brevet"]);
    expect(text).toMatch(/ce métier s'apprend en apprentissage, par exemple avec le « /);
  });

  it('a trade alone: its card', async () => {
    const { rule } = await lastReplyOf(['je veux faire pâtissier']);
    expect(rule).not.toMatch(/trade-from-class-below-third|trade-without-diploma/);
  });

  it('an age alone with "can I": the age rule', async () => {
    const { text } = await lastReplyOf(["j'ai 14 ans, je peux ?"]);
    expect(text).toMatch(/15 ans/);
  });

  it('help choosing a trade: the quiz', async () => {
    const { rule } = await lastReplyOf(['aide moi à choisir un métier']);
    expect(rule).not.toMatch(/lost-after-third|university-left-no-wish/);
  });

  it('the aids asked: the aids list', async () => {
    const { text, rule } = await lastReplyOf(['quelles aides ?']);
    expect(rule).not.toBe('disability-provision-asked');
    expect(text).toMatch(/aides/i);
  });

  it('after the 3e with school disliked keeps the vocational paths entry', async () => {
    const { rule } = await lastReplyOf(["apres la 3e j'aime pas l'ecole, je fais quoi ?"]);
    expect(rule).toBe('school-disliked-after-third');
  });

  it('a short pay question with an age keeps the pay', async () => {
    const { text } = await lastReplyOf(["j'ai 18 ans, je serais payé combien ?"]);
    expect(text).toMatch(/À 18 ans/);
  });
});
