import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/** The guided interests quiz's opening ("Super, cuisine : par exemple … encore deux ou trois questions"). */
const QUIZ = /encore deux ou trois questions/;
const MEDIATOR = /médiateur/i;
const FREE_LINE = /0800 050 000/;

/**
 * Round 19 (kind 1): a disagreement at work, where the workplace names a field ("à la boulangerie", "au salon de
 * coiffure", "en cuisine"), asks who settles it: the mediator of the chamber, never the trade's card nor the quiz.
 */
describe('a conflict at work whose workplace names a field', () => {
  it.each([
    ['g une embrouille avec mon patron à la boulangerie, qui peut nous départager ?'],
    ['je m\'entends plus du tout avec ma patronne au salon de coiffure, qui peut régler ça entre nous ?'],
    ['ça se passe mal avec mon chef en cuisine au resto, qui peut nous aider à trouver une solution'],
    ['conflit avec ma tutrice à la jardinerie, vers qui je me tourne ?'],
    ['Bonjour, notre fils est en désaccord avec son employeur au garage, qui pourrait intervenir ?'],
    ['nous avons un différend avec notre apprentie en esthétique au sujet de ses horaires, qui peut nous aider ?'],
    ['mon patron me prend la tête tout le temps a la ferme, jfais koi ?'],
  ])('%s', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(text).not.toMatch(QUIZ);
    expect(rule).not.toBe('clear-trade');
    expect(text).toMatch(MEDIATOR);
  });
});

/**
 * Kind 2: a practical question about a named school in a field (its e-mail, phone, opening hours, canteen): the bot
 * has no such detail, says so, with the free line; never the quiz nor a course search.
 */
describe('a practical question about a school of a field', () => {
  it.each([
    ['c\'est quoi l\'adresse mail du CFA de coiffure de Caen ?'],
    ['a quelle heure ouvre le CFA du bâtiment d\'Alençon ?'],
    ['Savez-vous si le lycée agricole de Sées est ouvert le samedi matin ?'],
    ['le cfa de la boulangerie ferme a quelle heure le vendredi'],
    ['il y a une cantine au CFA de la boulangerie ?'],
  ])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(QUIZ);
    expect(text).toMatch(/Je n'ai pas cette information/);
    expect(text).toMatch(FREE_LINE);
  });
});

/**
 * Kind 3: a life situation with children, animals… as its setting: what is asked (here an honest "not in my
 * sources", or the transport entry), never the quiz of the field those words name.
 */
describe('children, animals or a car as the setting of a question', () => {
  it.each([
    ['je cherche une crèche pour mon bébé pendant ma formation'],
    ['qui peut garder mon enfant pendant que je suis au CFA ?'],
    ['jai un bb de 1 an, cmt je fais pour le faire garder qd je suis en cours'],
    ['Comment faire garder nos enfants pendant ma formation en alternance ?'],
    ['je peux venir avec mon chien au CFA ?'],
    ['mon chat peut venir avec moi à l\'internat ?'],
  ])('%s: an honest answer, not the quiz', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(QUIZ);
    expect(text).toMatch(FREE_LINE);
  });

  it.each([['ma voiture est en panne, comment j\'vais au CFA ?'], ['j\'ai plus de scooter, comment je fais pour aller au taf ?'], ['Notre fils n\'a pas le permis, comment peut-il se rendre au CFA ?']])(
    '%s: the trip to the CFA',
    async (message) => {
      const { text } = await lastReplyOf([message]);
      expect(text).not.toMatch(QUIZ);
      expect(text).toMatch(/transport|trajet/i);
    },
  );
});

/**
 * Kind 4: an interest with a question about training gets the field's trades with their diplomas at once; one trade
 * heading the field (cuisine → cuisinier) gets its own diplomas.
 */
describe('an interest with a question about training', () => {
  it.each([
    ['les animaux c\'est mon truc, quel diplôme en alternance ?', /toiletteur|palefrenier|éleveur/i],
    ['passionné de mécanique, je peux faire quoi comme CAP ?', /mécanicien/i],
    ['j\'aime bien le bâtiment, il y a quels diplômes en apprentissage ?', /maçon/i],
    ['Ma fille adore la coiffure et l\'esthétique, quelles formations en apprentissage existent ?', /coiffeur|esthéticien/i],
    ['jkiffe trop les animaux, ya koi comme formation en alternance', /toiletteur|palefrenier|éleveur/i],
  ])('%s', async (message, trade) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(QUIZ);
    expect(text).toMatch(trade);
    expect(text).toMatch(/\b(?:CAP|Bac pro|BP|BTS|CAPA|Titre)\b/);
  });

  it('one trade heading the field: "j\'adore cuisiner, y a quelles formations ?" gets the cook\'s diplomas', async () => {
    const { text } = await lastReplyOf(['j\'adore cuisiner, y a quelles formations ?']);
    expect(text).not.toMatch(QUIZ);
    expect(text).toMatch(/Cuisinier/);
    expect(text).toMatch(/CAP cuisine/);
  });

  it('the trades shown are followed up: "c\'est où ?" asks which one first, not the quiz again', async () => {
    const { text } = await lastReplyOf(['les animaux c\'est mon truc, quel diplôme en alternance ?', 'et c\'est où ?']);
    expect(text).not.toMatch(QUIZ);
  });
});

/** Kind 5: general questions about apprenticeship after small talk or with a class told. */
describe('general questions about apprenticeship with context', () => {
  it('"ok merci, et l\'alternance c\'est quoi exactement ?" after a greeting', async () => {
    const { text } = await lastReplyOf(['bonjour', 'ok merci, et l\'alternance c\'est quoi exactement ?']);
    expect(text).toMatch(/apprendre un métier|contrat de travail/);
  });

  it.each([
    ['je suis en terminale générale, l\'apprentissage c\'est fait pour moi ?'],
    ['jsuis en terminale stmg, l\'alternance c possible pour moi ?'],
    ['Ma fille est en terminale générale, l\'apprentissage serait-il adapté pour elle ?'],
    ['j\'ai un bac général, je peux faire de l\'alternance ?'],
  ])('%s: yes after the bac (BTS, BUT, licence pro)', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/bac général|bachelier général/);
    expect(text).toMatch(/BTS/);
  });

  it('"un titre pro ça vaut un diplôme ?" gets the titre professionnel entry', async () => {
    const { text } = await lastReplyOf(['un titre pro ça vaut un diplôme ?']);
    expect(text).toMatch(/titre professionnel/i);
    expect(text).toMatch(/RNCP/);
  });
});

/** Kind 6: which language the bot speaks. */
describe('the language asked', () => {
  it.each([['tu parles anglais ?'], ['vous parlez anglais ?'], ['tu comprends l\'espagnol'], ['do you speak english'], ['Est-ce que vous parlez l\'anglais svp']])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/français/);
    expect(text).not.toMatch(/pas la bonne adresse/);
  });
});

/** Kind 6, second part: the pay at an age plainly asked in English gets the language note, then the French pay answer. */
describe('the apprentice pay at an age asked in English', () => {
  it.each([['how much does an apprentice earn at 18?', '18'], ['what is the salary of an apprentice 17 years old', '17'], ['how much is the wage of an apprentice aged 20?', '20']])('%s', async (message, age) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Je réponds en français uniquement/);
    expect(text).toMatch(new RegExp(`À ${age} ans`));
    expect(text).toMatch(/€/);
  });

  it('an English message with no age keeps the language note alone', async () => {
    const { text } = await lastReplyOf(['how much does an apprentice earn']);
    expect(text).toMatch(/Je réponds en français uniquement/);
    expect(text).not.toMatch(/€/);
  });
});

/** Near misses that keep their answers. */
describe('near misses', () => {
  it('"j\'aime la cuisine" alone still opens the quiz (or the cuisine trades)', async () => {
    const { text } = await lastReplyOf(['j\'aime la cuisine']);
    expect(text).toMatch(/cuisinier/i);
  });

  it('"je cherche un métier dans l\'animalier" is not an honest "I don\'t know"', async () => {
    const { text } = await lastReplyOf(['je cherche un métier dans l\'animalier']);
    expect(text).not.toMatch(/ne couvrent pas|médiateur/);
  });

  it('a trade named alone keeps its card', async () => {
    const { text } = await lastReplyOf(['boulanger']);
    expect(text).toMatch(/CAP boulanger/);
  });

  it('"je veux être boulanger à Caen" keeps the places', async () => {
    const { text } = await lastReplyOf(['je veux être boulanger à Caen']);
    expect(text).toMatch(/Caen/);
    expect(text).toMatch(/CAP boulanger/);
  });

  it('"mon fils adore les animaux, il peut faire quoi ?" is still the guided orientation', async () => {
    const { text } = await lastReplyOf(['mon fils adore les animaux, il peut faire quoi ?']);
    expect(text).toMatch(/animaux/);
    expect(text).not.toMatch(/ne couvrent pas|médiateur/);
  });

  it('"j\'aimerais travailler en crèche" is a wish, not a childcare question', async () => {
    const { text } = await lastReplyOf(['j\'aimerais travailler en crèche avec les bébés']);
    expect(text).not.toMatch(/ne couvrent pas/);
  });

  it('"je veux apprendre l\'anglais" is not the language note', async () => {
    const { text } = await lastReplyOf(['je veux apprendre l\'anglais']);
    expect(text).not.toMatch(/Je réponds en français uniquement/);
  });
});
