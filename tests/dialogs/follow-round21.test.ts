import { describe, expect, it } from 'vitest';
import { lastReplyOf, startConversation } from './harness.js';

/** Plays the messages; the last turn's replies: their text as read, whether a card came, and the rule. */
async function lastTurnOf(messages: readonly string[]): Promise<{ text: string; cards: number; rule: string | undefined }> {
  const c = await startConversation();
  let replies: Awaited<ReturnType<typeof c.send>> = [];
  for (const m of messages) replies = await c.send(m);
  const cards = replies.reduce((n, r) => n + (r.attachments?.length ?? 0), 0);
  return { text: c.read(replies).replace(/[\u202f\u00a0]/g, ' '), cards, rule: c.rule() };
}

/**
 * Round 21 (kind 5): a follow-up that led back to the card just shown got it again word for word ("c normal ou pas ??"
 * after the chores card, "puis-je rompre ?" after the rupture rules, "elle a 17 ans, peut-elle ?" after an aid). The
 * card is not sent again unchanged for another message: the sentence of it that answers, then the free line.
 */
describe('the card just shown is not sent again word for word for another message', () => {
  it.each([
    [["mon patron me fait faire le ménage toute la journée au lieu de m'apprendre le métier", 'c normal ou pas ??'], /te former au métier/],
    [["ma patronne me fait nettoyer le magasin tous les jours, j'apprends rien", "c'est normal ?"], /former au métier/],
    [['nous voulons rompre le contrat de notre apprenti, il est souvent absent', 'puis-je rompre ?'], /45 premiers jours/],
    [["Mon employeur peut-il rompre mon contrat d'apprentissage après 45 jours ?", 'il a le droit ou pas ?'], /45 premiers jours/],
  ])('%j', async (messages, answer) => {
    const { text, cards, rule } = await lastTurnOf(messages);
    expect(rule).not.toBe('no-repeat');
    expect(cards).toBe(0);
    expect(text).toMatch(/ma réponse juste au-dessus/);
    expect(text).toMatch(answer);
    expect(text).toMatch(/0800 050 000/);
  });

  it('an age asked about after an aid whose age bounds it fits: its yes for the age, from the aid', async () => {
    const { text, cards } = await lastTurnOf(['quelle aide pour le logement de ma fille apprentie ?', 'elle a 17 ans, peut-elle ?']);
    expect(cards).toBe(0);
    expect(text).toMatch(/^Oui pour l'âge : 17 ans/);
    expect(text).toMatch(/jusqu'à 29 ans/);
    expect(text).toMatch(/Action Logement/);
  });

  it('the same message sent again still gets its card', async () => {
    const { cards } = await lastTurnOf(["mon patron me fait faire le ménage toute la journée au lieu de m'apprendre le métier", "mon patron me fait faire le ménage toute la journée au lieu de m'apprendre le métier"]);
    expect(cards).toBe(1);
  });

  it('a card shown two turns before is shown again when asked again', async () => {
    const { cards } = await lastTurnOf(["mon patron me fait faire le ménage toute la journée au lieu de m'apprendre le métier", 'combien gagne un apprenti de 17 ans ?', "mon patron me fait faire le ménage au lieu de m'apprendre le métier"]);
    expect(cards).toBe(1);
  });
});

/**
 * Round 21 (kind 1): an age told with "ça change quelque chose ?" after an answer that is not the pay: that answer's
 * rule for that age (the entry linked to it for the under-21s), or said plainly that our sources have no rule of their
 * own for that age; never the pay grid, never the card again. After a pay answer, "et à 17 ans ?" is still the pay.
 */
describe('an age added to a follow-up on a topic other than the pay', () => {
  it.each([
    [["j'ai droit à combien de congés en apprentissage ?", "j'ai 17 ans ça change quoi ?"]],
    [['combien de semaines de vacances pour un apprenti ?', "et moi j'ai 19 ans, ça change quelque chose ?"]],
    [['Les apprentis ont-ils des vacances ?', 'mon fils a 17 ans, est-ce que ça change quelque chose ?']],
  ])('the under-21 leave rule: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/30 jours ouvrables/);
    expect(text).not.toMatch(/SMIC/);
  });

  it.each([
    [['mon employeur peut-il rompre le contrat de mon fils ?', 'mon fils a 17 ans, est-ce que ça change quelque chose ?']],
    [['mon patron veut me virer, il a le droit ?', "g 16 ans sa change qqch ?"]],
  ])('no rule of its own for that age in the entry: said so, not the card again: %j', async (messages) => {
    const { text, cards } = await lastTurnOf(messages);
    expect(cards).toBe(0);
    expect(text).toMatch(/ans, mes sources ne donnent pas de règle à part sur ce point/);
    expect(text).not.toMatch(/SMIC/);
  });

  it.each([
    [["j'ai droit à combien de congés en apprentissage ?", 'et à 17 ans ?'], /30 jours ouvrables/],
    [['les apprentis ont ils des vacances', 'et pour un 19 ans ?'], /30 jours ouvrables/],
    [['un apprenti de 16 ans peut travailler la nuit ?', 'et à 19 ans ?'], /À 19 ans, ces règles propres aux moins de 18 ans ne s'appliquent pas/],
  ])('"et à N ans ?" after an entry with a rule for an age: that rule: %j', async (messages, rule) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(rule);
    expect(text).not.toMatch(/SMIC/);
  });

  it('after an entry with no rule for any age, "et à 17 ans ?" keeps its reading (the pay)', async () => {
    const { text } = await lastReplyOf(['mon patron veut me virer, il a le droit ?', 'et à 17 ans ?']);
    expect(text).toMatch(/504,10 €/);
  });

  it('after a pay answer, "et à 17 ans ?" is still the pay', async () => {
    const { text } = await lastReplyOf(['combien gagne un apprenti de 18 ans en 1ere année ?', 'et à 17 ans ?']);
    expect(text).toMatch(/504,10 €/);
  });
});

/**
 * Round 21 (kind 2): a town told as where one lives ("moi j'habite à vernon en fait") right after places restarted the
 * guided orientation ("Quel âge as-tu ?"): the places of the same course near that town.
 */
describe('a town told after places moves the places there', () => {
  it.each([
    [['je voudrais faire coiffure en apprentissage vers évreux', "moi j'habite à vernon en fait"], /Vernon/],
    [['CAP coiffure près de Rouen', 'en fait je suis sur Lisieux'], /Lisieux/],
    [['je veux être boulanger, c où vers caen ?', 'ah non jhabite a bayeux'], /Bayeux/],
    [['je voudrais faire coiffure en apprentissage vers évreux', 'et le BP coiffure ça se fait où ?', "moi j'habite à vernon en fait"], /BP coiffure[^]*Vernon/],
  ])('%j', async (messages, town) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('carry-over');
    expect(text).toMatch(town);
    expect(text).not.toMatch(/Quel âge/);
  });

  it('a town told with a question of its own is not only a town', async () => {
    const { rule } = await lastReplyOf(['CAP coiffure près de Rouen', "j'habite à Lisieux, c'est combien le salaire ?"]);
    expect(rule).not.toBe('carry-over');
  });
});

/**
 * Round 21 (kind 3): a trade named with only words of liking it ("soigneur d'animaux ça me dit bien") while the quiz
 * asks the age got the quiz's question again: the trade picked, its card.
 */
describe('a trade picked during the guided quiz', () => {
  it.each([
    [['jaime bien les animaux et etre dehors mais je sais pas du tout quel metier faire', "soigneur d'animaux ça me dit bien"], /Soigneur animalier/],
    [["je sais pas quel métier faire, j'aime les animaux", 'palefrenier ça me plairait bien'], /Palefrenier/],
    [['je sais pas quoi faire plus tard', 'la cuisine', "cuisinier ça m'intéresse"], /Cuisinier/],
    [['aucune idée de métier, j aime bien bricoler', 'plutot plombier en fait'], /Plombier/],
  ])('%j', async (messages, trade) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(trade);
    expect(text).not.toMatch(/Quel âge as-tu/);
  });

  it('an age told to the quiz is still its answer', async () => {
    const { text } = await lastReplyOf(['jaime bien les animaux et etre dehors mais je sais pas du tout quel metier faire', "j'ai 16 ans"]);
    expect(text).not.toMatch(/Quel âge as-tu/);
    expect(text).not.toMatch(/Fiche ROME/);
  });
});

/**
 * Round 21 (kind 4): follow-ups the last answer holds: the cumulation of the disabled apprentice aid, the bakery
 * exception of the minors' night work, the year of the places' data, the net pay for the age told.
 */
describe('follow-ups whose answer is in the card just shown', () => {
  it.each([
    [['aide agefiph apprenti handicapé', "cumulable avec l'aide de l'État ?"]],
    [["l'agefiph aide pour un apprenti handicapé ?", 'ça se cumule avec l aide de l etat ?']],
  ])('the aid\'s cumulation: %j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/^Comme dans ma réponse juste au-dessus : cette aide se cumule avec celle de l'État/);
  });

  it.each([
    [['un apprenti de 16 ans peut travailler la nuit ?', 'et en boulangerie ?']],
    [['Un apprenti mineur peut-il travailler la nuit ?', 'Et pour la boulangerie ?']],
    [['apprenti mineur travail de nuit', 'et en patisserie ?']],
  ])('the bakery exception of the minors\' night work: %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('answer-follow-up');
    // The lead (first line) is the sentence of the bakery exception.
    expect(text.split('\n')[0]).toMatch(/dérogations.*boulangerie et pâtisserie (?:dès|à partir de) 4 h/);
  });

  it('a trade the night-work answer does not name keeps its own answer', async () => {
    const { rule } = await lastReplyOf(['un apprenti de 16 ans peut travailler la nuit ?', 'et en coiffure ?']);
    expect(rule).not.toBe('answer-follow-up');
  });

  it.each([
    [['CAP cuisine près de Bayeux', "c'est des infos de quand ?"]],
    [['je veux être coiffeuse vers Évreux', 'c de quand ces infos'],],
    [['CAP cuisine près de Bayeux', 'ces données sont de quand ?']],
  ])('the date of the places\' data: %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('answer-source');
    expect(text).toMatch(/données du 1er mai 2025/);
  });

  it.each([
    [["j'ai 19 ans combien je gagne en apprentissage 1ere année", 'et en net ?'], /À 19 ans en 1re année, le minimum est de 802,82 € brut par mois, soit 43 % du SMIC/],
    [['mon fils a 17 ans, il touchera combien en 2e année ?', "c'est en net ?"], /À 17 ans en 2e année, le minimum est de 728,14 € brut par mois/],
  ])('the net pay for the age told: %j', async (messages, lead) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(lead);
    expect(text).toMatch(/50 % du SMIC/);
  });
});

/**
 * Round 21 (kind 2): "et le plus proche en normandie alors ?" after a town elsewhere (Rennes): the places by département
 * came back with the same question. Our data place only Normandy towns: said why a Normandy town is needed, once.
 */
describe('the nearest asked after a town outside Normandy', () => {
  it.each([
    [['je cherche un cap menuisier a rennes', 'et le plus proche en normandie alors ?']],
    [['CAP cuisine à Paris', 'ya rien de plus proche en Normandie ?']],
    [['Je cherche un BTS MCO au Mans', 'Et le plus proche ?']],
  ])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/il me faut une ville de Normandie : je ne calcule les distances que depuis les villes normandes/);
    expect(text).not.toMatch(/je le trouve en apprentissage dans \d+ lieux/);
  });

  it('the Normandy town given then: the nearest places', async () => {
    const { text } = await lastReplyOf(['je cherche un cap menuisier a rennes', 'et le plus proche en normandie alors ?', 'avranches']);
    expect(text).toMatch(/près d'Avranches/);
    expect(text).toMatch(/\d+ km/);
  });
});
