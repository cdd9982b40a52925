import { describe, expect, it } from 'vitest';
import { aspectAsked } from '../../src/nlu/aspect.js';
import { normalize } from '../../src/text/normalize.js';
import { bareNumberOf, continuedText } from '../../dialogs/support/number-continued.js';
import { lastReplyOf } from './harness.js';

const NOT_COVERED = /Mes sources ne couvrent pas|Ma réponse précédente ne couvre pas|Voici ce que je sais faire|Je n'ai pas bien compris/;

const play = (...messages: string[]): Promise<{ text: string; rule: string | undefined }> => lastReplyOf(messages);

/**
 * Round 30 (blind-36 for-bts-diff): a diploma named in a short follow-up of a comparison, not one of those compared,
 * gets its own place among them (level, length, after what), not the same comparison again (comparison-extended.ts).
 */
describe('a comparison extended to another diploma', () => {
  const COMPARE = ['c quoi la diff entre un cap et un bac pro', 'CAP ou bac pro, quelle différence ?', 'quelle est la différence entre un CAP et un bac professionnel ?'];
  const TO_BTS = ['et un bts ?', 'et le BTS ?', 'mais un bts ?', 'et par rapport à un BTS ?', 'et le bts dans tout ça ?', 'pareil avec un bts', 'et comparé au BTS ?', 'ok et un BTS alors ?'];
  it.each(TO_BTS.map((f, i) => [COMPARE[i % COMPARE.length]!, f]))('"%s" then "%s": the BTS, bac+2', async (first, follow) => {
    const { text, rule } = await play(first, follow);
    expect(text).toMatch(/bac\+2|niveau 5/);
    expect(text).not.toMatch(/^Comme dans ma réponse juste au-dessus/);
    expect(rule).toBe('comparison-extended');
  });

  it.each([['c quoi la diff entre un cap et un bac pro', 'et un BP ?'], ['CAP ou bac pro, quelle différence ?', 'et le brevet professionnel ?']])('"%s" then "%s": the BP, its level', async (first, follow) => {
    const { text, rule } = await play(first, follow);
    expect(text).toMatch(/brevet professionnel/);
    expect(rule).toBe('comparison-extended');
  });

  // Near misses: a diploma already compared, a place or the pay asked, a question after a card that compares nothing.
  it.each([
    ['c quoi la diff entre un cap et un bac pro', 'et le CAP ?'],
    ['c quoi la diff entre un cap et un bac pro', 'et un bts c est où ?'],
    ['c quoi la diff entre un cap et un bac pro', 'et le salaire en bts ?'],
    ["c'est quoi la période d'essai en apprentissage ?", 'et un bts ?'],
  ])('"%s" then "%s" is not a comparison extended', async (first, follow) => {
    const { rule } = await play(first, follow);
    expect(rule).not.toBe('comparison-extended');
  });
});

/**
 * Round 30 (blind-36 faq-essai): "et il se passe quoi après ?" after the trial period asks its next phase (how the
 * contract can end after the 45 days), in the words people put it (aspect.ts).
 */
describe('the next phase asked with the happening first', () => {
  const NEXT = [
    'et il se passe quoi après ?',
    "qu'est-ce qui se passe ensuite ?",
    'ça se passe comment après ?',
    'ensuite il se passe quoi ?',
    'et une fois finie ?',
    'et une fois terminée ?',
    'il se passe quoi par la suite ?',
    'que se passe-t-il après ?',
  ];
  it.each(NEXT)('the trial period, then "%s": how the contract ends after the 45 days', async (follow) => {
    const { text } = await play('la periode d essai c combien de temps en apprentissage', follow);
    expect(text).toMatch(/commun accord|accord écrit|médiateur/);
    expect(text).not.toMatch(NOT_COVERED);
  });

  it.each(NEXT)('"%s" reads as the next phase', (m) => {
    expect(aspectAsked(normalize(m))).toBe('next_phase');
  });

  // Near misses: a step of one's own, another subject's next step, a case supposed.
  it.each(['je fais quoi après ?', 'il se passe quoi après le bac ?', "qu'est-ce qui se passe si je rate ?", 'quand est-ce que ça commence ?', "et quand c'est fini ?"])('"%s" is not the next phase', (m) => {
    expect(aspectAsked(normalize(m))).not.toBe('next_phase');
  });

  it('a new topic after the trial period keeps its own answer', async () => {
    const { text } = await play("c'est quoi la période d'essai en apprentissage ?", 'et le salaire à 17 ans ?');
    expect(text).toMatch(/brut/);
  });
});

/**
 * Round 30 (blind-36 faq-pas-patron): a search told with its length after how to find an employer is the rule on
 * starting at the CFA without one (3 months at most) and the help to find one (search-duration-told.ts).
 */
describe('a search told with its length', () => {
  const SEARCHES = [
    'ça fait 2 mois que je cherche',
    'je cherche depuis 3 semaines',
    'depuis septembre je galère',
    "voilà 4 mois que j'envoie des CV",
    'ça fait longtemps que je postule',
    'jcherche depuis la rentrée',
    'ça fait des semaines que je galère',
    'cela fait trois mois que je cherche',
  ];
  it.each(SEARCHES.map((s, i) => [i % 2 === 0 ? 'je trouve pas de patron' : 'comment trouver un employeur ?', s]))('"%s" then "%s": 3 months at the CFA without an employer', async (first, follow) => {
    const { text, rule } = await play(first, follow);
    expect(text).toMatch(/3 mois/);
    expect(text).not.toMatch(NOT_COVERED);
    expect(rule).toBe('search-duration-told');
  });

  it('the employer sought named, without anything before', async () => {
    const { text } = await play('ça fait 2 mois que je cherche un patron');
    expect(text).toMatch(/3 mois/);
  });

  // Near misses: an employer's search, a time in the contract, a town after the search.
  it.each([
    ['je trouve pas de patron', "ça fait 2 mois que je cherche un apprenti"],
    ['je trouve pas de patron', 'ça fait 2 mois que je suis en apprentissage'],
    ['je trouve pas de patron', 'et à Rouen ?'],
  ])('"%s" then "%s" is not a search told', async (first, follow) => {
    const { rule } = await play(first, follow);
    expect(rule).not.toBe('search-duration-told');
  });
});

/**
 * Round 30 (blind-36 con-mission-locale, ori-age-12): an age asked of the thing in view: the Missions Locales' range
 * after their card (age-in-range.ts), the minimum age's own rule for an age it writes (age-rule-nearby.ts).
 */
describe('an age asked of the thing in view', () => {
  it.each([
    ['c ou la mission locale la plus proche de lisieu', 'jai 27 ans ça me concerne ?', /Non/],
    ['où est la mission locale près de Caen ?', "j'ai 30 ans, c'est pour moi ?", /Non/],
    ['c ou la mission locale la plus proche de lisieu', "j'ai 26 ans, j'y ai droit ?", /Non/],
    ['où est la mission locale près de Caen ?', "j'ai 19 ans ça me concerne ?", /Oui/],
  ])('"%s" then "%s": the range of 16 to 25', async (first, follow, yesNo) => {
    const { text, rule } = await play(first, follow);
    expect(text).toMatch(yesNo);
    expect(text).toMatch(/16 (?:à|et) 25 ans/);
    expect(rule).toBe('age-in-entry-range');
  });

  it('past the range, the free line says who helps', async () => {
    const { text } = await play('c ou la mission locale la plus proche de lisieu', 'jai 27 ans ça me concerne ?');
    expect(text).toMatch(/0800 050 000/);
  });

  it.each([
    ['j ai 12 ans je peux etre apprenti', 'et a 15 ans ?'],
    ['à partir de quel âge on peut être apprenti ?', 'et à 15 ans ?'],
    ['j ai 12 ans je peux etre apprenti', 'et pour un 15 ans ?'],
    ['à partir de quel âge on peut être apprenti ?', 'mm a 15 ans'],
  ])('"%s" then "%s": the lower age rule', async (first, follow) => {
    const { text } = await play(first, follow);
    expect(text).toMatch(/3e/);
    expect(text).not.toMatch(/29 ans révolus/);
  });

  // Near misses: the other bound asked keeps the maximum age; a pay asked with the age keeps the pay.
  it('"et jusqu\'à quel âge ?" after the minimum age is the maximum', async () => {
    const { text } = await play('à partir de quel âge on peut être apprenti ?', "et jusqu'à quel âge ?");
    expect(text).toMatch(/29 ans|30 ans/);
  });
  it('"j\'ai 27 ans combien je gagne ?" after the Missions Locales is the pay', async () => {
    const { text } = await play('c ou la mission locale la plus proche de lisieu', "j'ai 27 ans combien je gagne en apprentissage ?");
    expect(text).toMatch(/brut/);
  });
});

/**
 * Round 30 (blind-36 emp-qui-paie): the thing paid changes the answer: the training asked with a who is the entry on
 * who finances it (the OPCO; free for the apprentice), not the salary's payer (training-payer-asked.ts).
 */
describe('who pays the training', () => {
  const TRAINING = [
    'Et la formation au CFA, qui la paie ?',
    'et la formation qui la paie ?',
    'qui paie la formation ?',
    "et le cfa c'est payé par qui ?",
    'qui finance les cours ?',
    'la formation elle est payée par qui ?',
    "et l'école, qui la paye ?",
    'qui prend en charge la formation ?',
  ];
  it.each(TRAINING.map((t, i) => [i % 2 === 0 ? "Qui paie le salaire de l'apprenti, l'État ou moi ?" : 'qui me paie pendant mon apprentissage ?', t]))('"%s" then "%s": the OPCO', async (first, follow) => {
    const { text, rule } = await play(first, follow);
    expect(text).toMatch(/OPCO/);
    expect(rule).toBe('training-payer-asked');
  });

  // Near misses: the person paid at the CFA is the salary; another thing paid is not the training.
  it.each([
    ["Qui paie le salaire de l'apprenti, l'État ou moi ?", 'et qui me paie quand je suis au cfa ?'],
    ["Qui paie le salaire de l'apprenti, l'État ou moi ?", 'qui paie le transport pour aller au cfa ?'],
    ['qui me paie pendant mon apprentissage ?', 'qui paie le salaire et la formation ?'],
  ])('"%s" then "%s" is not the training\'s payer', async (first, follow) => {
    const { rule } = await play(first, follow);
    expect(rule).not.toBe('training-payer-asked');
  });
});

/**
 * Round 30 (blind-36 rob-chiffres): a message starting with a unit continues the bare number sent just before
 * (number-continued.ts).
 */
describe('a message continued after a bare number', () => {
  it.each([
    ['17', 'ans, 1ère année, salaire', /504/],
    ['17', 'ans 1ere annee combien je touche', /504/],
    ['18', 'ans, première année, salaire', /802/],
    ['16', 'ans en 1ère année combien ?', /504/],
  ])('"%s" then "%s": the pay for that age', async (first, follow, amount) => {
    const { text } = await play(first, follow);
    expect(text).toMatch(amount);
  });

  it.each([
    ['17', 'ans, 1ère année, salaire', '17 ans, 1ère année, salaire'],
    ['17', 'ans', '17 ans'],
    ['2', 'mois que je cherche', '2 mois que je cherche'],
    ['300', 'salariés, quelle aide ?', '300 salariés, quelle aide ?'],
    ['50', 'km max', '50 km max'],
    ['2', 'ème année', '2 ème année'],
    ['1', 'ère année', '1 ère année'],
    ['20', 'Ans, 2e année', '20 Ans, 2e année'],
  ])('"%s" then "%s" reads "%s"', (number, text, read) => {
    expect(continuedText(bareNumberOf(number), text)).toBe(read);
  });

  // Near misses: no number before, a number in a sentence before, a message that does not start with a unit.
  it.each([
    [undefined, 'ans, 1ère année'],
    [bareNumberOf('j ai 17'), 'ans'],
    [bareNumberOf('17'), 'salaire en 1ère année ?'],
    [bareNumberOf('17'), 'annee 1'],
  ])('%s then "%s" stays as typed', (number, text) => {
    expect(continuedText(number, text)).toBe(text);
  });
});
