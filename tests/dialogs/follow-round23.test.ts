import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 23 (follow-ups that change one detail or ask one more thing, own phrasings): "et pour avoir mon propre salon
 * plus tard ?" after the hairdresser's card was read as "à plus tard" and answered with a goodbye. A question mark
 * with more than leave-taking words asks (asks.ts); one's own business after a trade's card gets every diploma of
 * that trade, the higher ones included (own-business-later.ts).
 */
describe("one's own business later, after a trade's card", () => {
  it.each([
    [['je veux être coiffeuse', 'et pour avoir mon propre salon plus tard ?'], /propre affaire plus tard[\s\S]*BP coiffure/],
    [['jveu etre coiffeur', 'et si jveux ouvrir mon salon plus tard ?'], /propre affaire plus tard[\s\S]*BP coiffure/],
    [['je veux devenir boulanger', "et pour m'installer à mon compte un jour ?"], /propre affaire plus tard[\s\S]*BP boulanger/],
    [['Mon fils souhaite devenir boulanger.', 'Et s’il veut reprendre une boulangerie plus tard ?'], /Pour avoir sa propre affaire plus tard[\s\S]*vous aider/],
  ])('%j', async (messages, expected) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('trade-own-business');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Au revoir/);
  });

  it.each([['merci, à plus tard !'], ['ok merci a plus'], ['à plus tard']])('"%s" after a trade stays a goodbye', async (bye) => {
    const { text } = await lastReplyOf(['je veux être coiffeuse', bye]);
    expect(text).toMatch(/Au revoir/);
  });

  it('a new subject after the trade keeps its answer: "et les aides ?"', async () => {
    const { text, rule } = await lastReplyOf(['je veux être coiffeuse', 'et les aides ?']);
    expect(rule).not.toBe('trade-own-business');
    expect(text).toMatch(/aides/i);
  });
});

/**
 * Round 23: a sector of the answer just given, asked on its own ("et en restau ?", "et dans l'hôtellerie ?" after the
 * minors' night work), is that answer's sentence on it: "restau"/"resto" are the restaurant said short (sms-lexicon),
 * and "hôtellerie" is the word of the answer, not the commune of L'Hôtellerie (answer-word-place.ts).
 */
describe("a sector of the answer just given, after the minors' night work", () => {
  it.each([
    [['j ai 17 ans, je peux bosser la nuit en boulangerie ?', 'et en restau ?']],
    [['mon fils a 16 ans, il peut travailler la nuit dans une boulangerie ?', "et dans l'hôtellerie ?"]],
    [['jai 16 ans je px travailler de nuit a la boulangerie', 'et ds un resto ?']],
    [['Notre apprenti de 17 ans peut-il travailler de nuit en boulangerie ?', "Et dans l'hotellerie ?"]],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('answer-follow-up');
    expect(text).toMatch(/restauration et hôtellerie jusqu'à 23 h 30/);
    expect(text).not.toMatch(/ne couvre pas|près de L'Hôtellerie/);
  });

  it('a town named L\'Hôtellerie with nothing before is still a place', async () => {
    const { text } = await lastReplyOf(['je veux être boulanger', "je suis à L'Hôtellerie, c'est où le plus proche ?"]);
    expect(text).toMatch(/L'Hôtellerie/);
  });
});

/**
 * Round 23: "le diplôme c'est le même ?" right after lycée pro or apprenticeship, whose answer says "Le diplôme obtenu
 * est le même": that sentence (same-in-last-answer.ts), not the entry on signing without a diploma that "diplôme"
 * alone reads.
 */
describe('whether a thing stays the same, after the answer that compares', () => {
  it.each([
    [['lycée pro ou apprentissage ?', "le diplôme c'est le même ?"]],
    [['lycee pro ou alternance c quoi la diff', 'c le meme diplome a la fin ?']],
    [["Vaut-il mieux le lycée professionnel ou l'apprentissage pour notre fils ?", 'Et le diplôme est pareil ?']],
  ])('%j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('same-in-last-answer');
    expect(text).toMatch(/Le diplôme obtenu est le même/);
  });

  it('a diploma asked with no answer before keeps its own reading', async () => {
    const { rule } = await lastReplyOf(["c'est le même diplôme en apprentissage ?"]);
    expect(rule).not.toBe('same-in-last-answer');
  });
});

/**
 * Round 23: "c'est lui qui paie ma formation ?" after what the OPCO is: whether the one named does it (yes: the OPCO
 * finances the training), not whom to turn to, which gave the OPCO's definition again (who-handles.ts).
 */
describe('whether the one just named does it', () => {
  it.each([[["c'est quoi l'OPCO ?", "c'est lui qui paie ma formation ?"]], [["l'opco c'est quoi exactement ?", "c'est lui qui finance ma formation ?"]]])('%j', async (messages) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(/OPCO[^.]*financ|financ[^.]*OPCO/);
    expect(text).not.toMatch(/^L'OPCO \(opérateur de compétences\) est l'organisme/);
  });

  it('"c\'est qui qui paie ?" still asks who', async () => {
    const { rule } = await lastReplyOf(["c'est quoi l'OPCO ?", "c'est qui qui paie ?"]);
    expect(rule).not.toBe('faq-lead');
  });
});
