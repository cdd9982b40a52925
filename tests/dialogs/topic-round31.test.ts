import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const play = (...messages: string[]): Promise<{ text: string; rule: string | undefined }> => lastReplyOf(messages);

/**
 * Round 31 (review 21, kind 2: the question matched to the wrong topic). Each block: the kind in phrasings of our own,
 * then near misses that keep their old answer.
 */

/**
 * An entry whose answer is only for a disability (applies_when: [disability]) does not win for someone who never named
 * one, whether or not an age was told (person-conditions.ts entryFits): "mon contrat se prolonge comment ?" after a
 * failed exam is the extension after a failure, not the RQTH's extra year.
 */
describe('an answer for a disability, to someone who never spoke of one', () => {
  const FAILED = ['jai rate mon cap cuisine cette annee chui trop nul', "j'ai raté mon CAP"];
  const EXTEND = [
    'mon contrat il se prolonge comment ?',
    'le contrat peut être prolongé avec mon patron ?',
    'la prolongation ça se passe comment ?',
    'on fait comment pour prolonger ?',
    'comment on prolonge le contrat ?',
    'la prolongation elle dure combien ?',
    "prolonger mon apprentissage c'est possible ?",
    'il se prolonge de combien mon contrat ?',
  ];
  it.each(EXTEND.map((m, i) => [FAILED[i % FAILED.length]!, m]))('"%s" then "%s": the extension after a failure, no RQTH', async (first, follow) => {
    const { text } = await play(first, follow);
    expect(text).not.toMatch(/RQTH|handicap/);
    expect(text).toMatch(/prolong/);
  });

  it.each(['mon contrat peut être prolongé d\'un an ?', 'comment se passe la prolongation du contrat ?'])('"%s" alone: no RQTH answer', async (m) => {
    const { text } = await play(m);
    expect(text).not.toMatch(/^Oui : avec une RQTH|^Avec une RQTH/);
  });

  // Near misses: the person names their disability, now or before: the RQTH's extra year is their answer.
  it.each([
    ['jsuis reconnu travailleur handicape', 'mon contrat peut durer un an de plus ?'],
    ["j'ai une RQTH, ma formation peut durer plus longtemps ?"],
    ['je suis handicapé, mon contrat peut être prolongé ?'],
    ['un apprenti handicapé peut-il avoir plus de temps pour sa formation ?'],
  ])('"%s" … : the RQTH extension', async (...messages) => {
    const { text } = await play(...messages);
    expect(text).toMatch(/RQTH|handicap/);
  });
});

/**
 * A pay word with a situation away from work (a sick leave, an accident, a holiday, a strike) asks the pay in that
 * situation (pay-during-absence.ts): its entry answers, never the pay grid's "Quel âge … ?".
 */
describe('the pay during a situation away from work', () => {
  const ACCIDENT = 'Bonjour, mon fils apprenti a eu un accident sur son lieu de travail. Est-il couvert ?';
  const AFTER_ACCIDENT = [
    "Et son salaire est-il maintenu pendant l'arrêt ?",
    'il est payé pendant son arrêt ?',
    'et pendant son arrêt de travail, qui le paie ?',
    'il garde son salaire pendant son arrêt maladie ?',
  ];
  it.each(AFTER_ACCIDENT)('the work accident, then "%s": the daily allowances, not the grid', async (follow) => {
    const { text, rule } = await play(ACCIDENT, follow);
    expect(text).toMatch(/indemnités journalières/);
    expect(text).not.toMatch(/Quel âge/);
    expect(rule).not.toBe('apprentice-pay-asked');
  });

  const ALONE: Array<[string, RegExp]> = [
    ['je suis en arret maladie, je suis payé quand meme ?', /indemnités journalières/],
    ['chui malade cette semaine, mon salaire il est maintenu ?', /indemnités journalières/],
    ['notre fille apprentie est en arrêt maladie, est-elle payée ?', /indemnités journalières/],
    ['est-ce que je suis payée pendant mes congés ?', /congés payés/],
  ];
  it.each(ALONE)('"%s": that situation\'s entry', async (m, expected) => {
    const { text } = await play(m);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Quel âge/);
  });

  // Near misses: the pay at an age, or the pay of the apprentice after the accident card asked as such.
  it.each([
    ['combien je serai payé en 1re année à 17 ans ?'],
    ["j'ai arrêté l'école, combien je serai payé à 17 ans ?"],
    [ACCIDENT, 'il a 17 ans, combien doit-il être payé en 1re année ?'],
  ])('"%s" … : the pay grid', async (...messages) => {
    const { text } = await play(...messages);
    expect(text).toMatch(/€/);
    expect(text).toMatch(/SMIC/);
  });
});

/**
 * One's own CFA or workplace far away is the entry on the trip to the CFA; a public transport named alone is the
 * transport entry, the employer's half of the pass (trip-far.ts).
 */
describe('a long trip and the transport asked after it', () => {
  const FAR = [
    'jhabite a vire et mon cfa est a caen ca fait loin jai pas le permis',
    'mon cfa est trop loin de chez moi',
    "mon entreprise est à 45 km et j'ai pas de voiture",
    "ma boite est super loin, j'ai pas le permis",
    'mon CFA est à une heure et demie de bus',
    'notre fils a son cfa à 60 km, comment il fait ?',
    "j'habite à Lisieux et mon école est à Rouen, c'est loin",
    'mon lieu de travail est loin de chez moi, je fais comment ?',
  ];
  it.each(FAR)('"%s": the trip to the CFA', async (m) => {
    const { text } = await play(m);
    expect(text).toMatch(/moitié de (?:ton |l'|votre )abonnement/);
    expect(text).toMatch(/CFA loin de chez soi/);
  });

  const TRANSPORT = ['et pour le train ?', 'et le bus ?', 'et en tram ?', 'le train aussi ?', 'et les transports en commun ?', 'et avec le bus alors ?', 'et le TER ?', 'et en métro ?'];
  it.each(TRANSPORT)('the ended licence aid, then "%s": the transport entry', async (follow) => {
    const { text, rule } = await play('ya une aide pour le permis pour les apprentis ?', follow);
    expect(text).toMatch(/moitié de (?:ton |l'|votre )abonnement/);
    expect(text).not.toMatch(/Mission Locale t'accompagne/);
    expect(rule).not.toBe('answer-follow-up');
  });

  // Near misses: a place searched near a town, the boarding school at a far CFA, a trade of the railways.
  it('"y a un cfa pas trop loin de vire pour etre boulanger ?": the places', async () => {
    const { text } = await play('y a un cfa pas trop loin de vire pour etre boulanger ?');
    expect(text).toMatch(/boulanger/);
    expect(text).toMatch(/km/);
  });
  it('"mon CFA est à 90 km, l\'internat est pris en charge ?": the boarding school, not the trip', async () => {
    const { rule } = await play("mon CFA est à 90 km, l'internat est pris en charge ?");
    expect(rule).not.toBe('far-trip');
  });
  it('"je veux être conducteur de train": the trade', async () => {
    const { rule } = await play('je veux être conducteur de train');
    expect(rule).not.toBe('transport-named-alone');
  });
});

/**
 * A follow-up does not go to an entry related to the last answer whose answer is not for the person
 * (follow-up-in-entry.ts): at 24, "et après 26 ans c'est fini ?" after the age limit is not the exceptions to 35.
 */
describe('after 26, at 24', () => {
  const AFTER_26 = [
    'et apres 26 ans c fini ?',
    "et passé 26 ans c'est mort ?",
    'et après 26 ans ça s arrête ?',
    'après 26 ans on peut plus ?',
    'et au dela de 26 ans ?',
    'et plus de 26 ans c est possible ?',
    'et une fois 26 ans passés ?',
    'et après 26 ans, fini ?',
  ];
  it.each(AFTER_26)('the age limit at 24, then "%s": 29 years, not the exceptions to 35', async (follow) => {
    const { text } = await play('salut jai 24 ans je peux encore faire un apprentissage ?', follow);
    expect(text).toMatch(/29 ans/);
    expect(text).not.toMatch(/dans deux cas/);
  });

  // Near misses: the exceptions asked as such, a previous apprenticeship told, the pay at 26.
  it('"dans quels cas peut-on être apprenti jusqu\'à 35 ans ?": the exceptions', async () => {
    const { text } = await play("dans quels cas peut-on être apprenti jusqu'à 35 ans ?");
    expect(text).toMatch(/35 ans/);
  });
  it('"combien je gagne à 26 ans ?": the pay grid at 26', async () => {
    const { text } = await play('combien je gagne à 26 ans en apprentissage ?');
    expect(text).toMatch(/100 %/);
  });
});

/** "c'est quoi le diplôme qu'il faut ?" with a trade in view: that trade's diplomas (trade-diploma-asked.ts). */
describe('the diploma asked with a trade in view', () => {
  const TRADES = [
    ['slt jsuis en 3eme et jveux faire boulanger en apprentissage c possible ?', /boulanger/],
    ['je veux devenir plombier', /plomb|sanitaire/],
    ['jveux etre mecano', /mécani|maintenance/],
  ] as const;
  const ASKED = [
    "cest quoi le diplome qu il faut",
    'il faut quel diplôme ?',
    'quel diplôme je dois passer ?',
    'quelle formation il faut faire ?',
    'c quoi la formation ?',
    'faut quoi comme diplome',
    'quels diplomes pour ça ?',
    "qu'est-ce que le diplôme à avoir ?",
  ];
  it.each(ASKED.map((m, i) => [TRADES[i % TRADES.length]![0], m, TRADES[i % TRADES.length]![1]] as const))('"%s" then "%s": that trade\'s diplomas', async (first, follow, trade) => {
    const { text } = await play(first, follow);
    expect(text).toMatch(/CAP|Bac pro|BTS|BP/);
    expect(text).toMatch(trade);
    expect(text).not.toMatch(/la condition est ton âge, pas un diplôme/);
  });

  // Near misses: whether a diploma is needed to sign, asked alone or after a trade; a diploma asked with no trade.
  it('"faut il un diplome pour signer un contrat d apprentissage ?": no diploma is needed to sign', async () => {
    const { text } = await play('faut il un diplome pour signer un contrat d apprentissage ?');
    expect(text).toMatch(/pas un diplôme/);
  });
  it('"je veux devenir boulanger", then "faut-il un diplôme pour signer un contrat ?": not the trade rule', async () => {
    const { rule } = await play('je veux devenir boulanger', 'faut-il un diplôme pour signer un contrat ?');
    expect(rule).not.toBe('trade-diploma-asked');
  });
  it('"quel diplôme faut-il ?" with no trade: not the trade rule', async () => {
    const { rule } = await play('quel diplôme faut-il ?');
    expect(rule).not.toBe('trade-diploma-asked');
  });
});

/** An employer asks how to find an apprentice: the search for one, not the courses near the town (candidate-sought.ts). */
describe('an employer looking for a candidate', () => {
  const ASKED = [
    'Bonjour, je cherche un apprenti en plomberie près de Cherbourg. Comment trouver un candidat ?',
    'je suis patron d une boulangerie, ou recruter un apprenti ?',
    'comment trouver une apprentie pour mon salon de coiffure à Caen ?',
    'comment recruter un alternant en boulangerie à Rouen ?',
    'on cherche un apprenti, comment le trouver ?',
    'où chercher un alternant pour notre garage ?',
    'quel site pour trouver des candidats en apprentissage ?',
    'des conseils pour dénicher un bon apprenti ?',
  ];
  it.each(ASKED)('"%s": where to find a candidate', async (m) => {
    const { text } = await play(m);
    expect(text).toMatch(/La bonne alternance/);
    expect(text).not.toMatch(/Autour de/);
  });

  // Near misses: the courses near a town, a young person looking for an employer.
  it('"y a un cfa de plomberie pres de cherbourg ?": the places', async () => {
    const { text } = await play('y a un cfa de plomberie pres de cherbourg ?');
    expect(text).toMatch(/Autour de Cherbourg/);
  });
  it.each(['comment trouver un employeur ?', 'comment devenir apprenti boulanger ?'])('"%s": not the candidate rule', async (m) => {
    const { rule } = await play(m);
    expect(rule).not.toBe('candidate-sought');
  });
});

/** The bot asked to write an application: it says it does not, then the services that help (letter-written-asked.ts). */
describe('a letter or a CV asked of the bot', () => {
  const ASKED = [
    'écris-moi une lettre de motivation',
    "tu peux m'écrire une lettre de motivation pour un poste de vendeuse ?",
    'rédige moi mon CV',
    'tu pourrais me faire une lettre de motivation ?',
    'peux-tu rédiger ma lettre de motivation ?',
    'fais moi un cv stp',
    'vous pouvez me rédiger une lettre de candidature ?',
    'écris ma lettre de motivation à ma place',
  ];
  it.each(ASKED)('"%s": said plainly, then the services', async (m) => {
    const { text, rule } = await play(m);
    expect(text).toMatch(/^Je ne peux pas (?:écrire|rédiger)/);
    expect(text).toMatch(/La bonne alternance/);
    expect(rule).toBe('letter-writing-asked');
  });

  // Near misses: help asked with an application, not the writing itself.
  it.each(['comment faire un cv ?', 'qui peut relire ma lettre de motivation ?', "j'ai besoin d'aide pour ma lettre de motivation"])('"%s": the services, no refusal', async (m) => {
    const { text } = await play(m);
    expect(text).not.toMatch(/Je ne peux pas (?:écrire|rédiger)/);
  });
});
