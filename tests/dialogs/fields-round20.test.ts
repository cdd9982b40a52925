import { describe, expect, it } from 'vitest';
import { lastReplyOf, read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 20 (a fresh code-blind set's kinds, own phrasings): a field of work, a town and "which courses?" got "Quelle
 * formation cherches-tu ?", asking again what was said. The field's main trades answer, each with a diploma and the
 * place nearest the town that prepares it, and a button per trade for all its places there.
 */
describe('a field, a town and the courses asked', () => {
  it.each([
    ["je vis à Lisieux et j'aimerais travailler dans l'agriculture, quelles formations en alternance ?", /le plus proche de Lisieux/, /Exploitant agricole/],
    ['jsui a caen jveu faire de l info c koi les formations', /le plus proche de Caen/, /Développeur informatique/],
    ['dans la mécanique vers Cherbourg, y a quelles formations ?', /le plus proche de Cherbourg-en-Cotentin/, /Mécanicien/],
    ['Nous habitons à Vernon, notre fils voudrait travailler dans le bâtiment : quelles formations existent ?', /le plus proche de Vernon/, /Maçon/],
    ["j'habite Flers, le bâtiment ça me plaît, il y a quoi comme formations ?", /le plus proche de Flers/, /CAP maçon/],
  ])('"%s"', async (message, town, trade) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('field-courses-near-town');
    expect(text).toMatch(town);
    expect(text).toMatch(trade);
    expect(text).toMatch(/\(le plus proche : [^,]+, (?:< 1|\d+) km\)/);
    expect(text).not.toMatch(/Quelle formation (cherches-tu|recherchez-vous)/);
  });

  it('a trade no place of our data teaches says so, beside the others\' places', async () => {
    const { text } = await lastReplyOf(['je suis dans le 50, je veux bosser dans la logistique, quelles formations ?']);
    expect(text).toMatch(/le plus proche de Saint-Lô/);
    expect(text).toMatch(/Magasinier : .*\(le plus proche : /);
    expect(text).toMatch(/Conducteur de poids lourd : .*\(aucun lieu de formation en apprentissage dans mes données\)/);
  });

  it('vous is answered with vous', async () => {
    const { text } = await lastReplyOf(['Bonjour, nous sommes à Évreux et notre fille souhaite travailler dans la santé, quelles formations pouvez-vous nous indiquer ?']);
    expect(text).toMatch(/Choisissez un métier pour voir tous ses lieux de formation près d'Évreux/);
  });

  it("a trade picked then gives all its places near the town, not its card", async () => {
    const c = await startConversation();
    await c.send('je suis à Bayeux, je voudrais bosser dans le bâtiment, quelles formations ?');
    const text = plain(read(await c.send('Maçon')));
    expect(text).toMatch(/Pour « maçon » près de Bayeux, le lieu le plus proche/);
  });

  it.each([
    ['je veux être boulanger à Caen', 'trade-with-place'],
  ])('a trade and a town keep their places: "%s"', async (message, rule) => {
    const reply = await lastReplyOf([message]);
    expect(reply.rule).toBe(rule);
    expect(reply.text).toMatch(/Pour « boulanger » près de Caen/);
  });

  it.each([['bts MCO à Rouen', /près de Rouen/], ['un CAP vente vers Cherbourg', /près de Cherbourg-en-Cotentin/]])('a diploma named with the town stays the course search: "%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toMatch(/^field-/);
    expect(text).toMatch(expected);
  });
});

/**
 * "je cherche une alternance dans l'informatique" got the find-an-employer card only: an apprenticeship sought in a
 * field means both what to prepare (the field's trades with their diplomas) and where to sign (the employer search).
 */
describe('an apprenticeship sought in a field', () => {
  it.each([
    ["jcherche une alternance ds l'informatique", /Développeur informatique : BTS/],
    ['Je recherche un contrat d’apprentissage dans le bâtiment.', /Maçon : CAP maçon/],
    ['un apprentissage dans la logistique svp', /Magasinier : CAP/],
    ['je voudrais trouver une alternance en vente', /Vendeur/],
    ['Mon fils cherche un apprentissage dans l’agriculture', /Agriculteur|Éleveur/],
  ])('"%s": the field\'s trades, their diplomas and the employer search', async (message, trades) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('field-apprenticeship-sought');
    expect(text).toMatch(trades);
    expect(text).toMatch(/La bonne alternance/);
    expect(text).toMatch(/\[Trouver un employeur\]/);
  });

  it('vous is answered with vous', async () => {
    const { text } = await lastReplyOf(['Bonjour, je souhaiterais trouver une alternance dans la santé, pouvez-vous me guider ?']);
    expect(text).toMatch(/Choisissez-en un pour le détail/);
    expect(text).toMatch(/où signer le contrat/);
  });

  it.each([
    ['je cherche un patron', /Trouver un employeur/],
    ['je cherche une entreprise pour mon alternance dans le bâtiment', /Trouver un employeur/],
  ])('an employer sought stays the employer search: "%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toMatch(/^field-/);
    expect(text).toMatch(expected);
    expect(text).toMatch(/Pour trouver une entreprise/);
  });

  it.each([
    ['combien on gagne en alternance dans la vente ?'],
    ["une alternance dans l'informatique ça dure combien de temps ?"],
  ])('a question of its own beside the field keeps its answer: "%s"', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toMatch(/^field-/);
  });

  it.each([["j'aime la cuisine", /Quel âge as-tu/], ['boulanger', /Boulanger/]])('"%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toMatch(/^field-/);
    expect(text).toMatch(expected);
  });
});

/**
 * "c'est quel diplôme ?" right after a list of trades (the quiz's, a field's, the trades "vendeur" heads) asks the
 * diplomas of THOSE trades: the first ones of each, written out, not only "pour lequel veux-tu les voir ?".
 */
describe('the diplomas of the trades just listed', () => {
  it.each([
    [['je cherche une alternance dans la logistique', 'c koi comme diplome ?'], /• Magasinier : CAP/],
    [["les animaux j'adore", 'quel diplôme en alternance ?'], /• Éleveur de bovins : /],
    [['je veux être vendeur', "c'est quel diplôme ?"], /• Vendeur automobile : /],
    [['Ma fille voudrait être vendeuse', 'Quel diplôme doit-elle préparer ?'], /• Vendeur automobile : /],
    [['vendeur', 'il faut quel diplome'], /• Conseiller immobilier : BTS/],
  ])('%j', async (messages, expected) => {
    const c = await startConversation();
    let text = '';
    for (const m of messages) text = plain(read(await c.send(m)));
    expect(c.rule()).toBe('listed-trades-diplomas');
    expect(text).toMatch(/Chaque métier a ses diplômes. Les premiers qui y mènent en apprentissage/);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Pour lequel (veux-tu|souhaitez-vous) les voir/);
    // The answer's buttons are the choice: "quel métier ?" does not come back after it.
    expect(text).not.toMatch(/Quel métier (t'intéresse|vous intéresse)/);
    expect((await c.data()).awaiting).toBeUndefined();
  });

  it('at most three trades written out, two diplomas each', async () => {
    const c = await startConversation();
    await c.send('je veux être vendeur');
    const reply = (await c.send("c'est quel diplôme ?"))[0]?.text ?? '';
    const lines = reply.split('\n').filter((l) => l.startsWith('• '));
    expect(lines).toHaveLength(3);
    // Short: the first diplomas of three trades, the rest behind each trade's button.
    expect(reply.length).toBeLessThan(700);
  });

  it('a trade of the list named keeps its own card', async () => {
    const c = await startConversation();
    await c.send('je veux être vendeur');
    const text = plain(read(await c.send('vendeur automobile')));
    expect(text).toMatch(/Vendeur automobile/);
    expect(c.rule()).not.toBe('listed-trades-diplomas');
  });
});
