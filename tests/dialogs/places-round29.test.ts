import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');
const ASKS_WHICH = /Quelle formation cherches|Quelle formation cherchez|Pour quel métier/;

/**
 * Round 29 (issue 11, review 19 "What to fix" 2): a place asked after a trade or a diploma was named — in a story, a
 * pay question, a FAQ answer, a field's trades — lost it ("Quelle formation cherches-tu ?", "pour quel métier ?", the
 * pay grid again). One subject in view (support/subject-in-view.ts), aged in messages, is used by every place asked
 * that names no trade of its own (routing/place-of-subject.ts).
 */
describe('a place asked keeps the trade or diploma in view', () => {
  it.each([
    // [messages before, the place asked, what the answer is about, the town]
    [["g raté mon cap cuisine, je fais quoi ?"], 'y a des cfa pour ça vers Vire ?', /cuisine/i, /Vire/],
    [['je voudrais être plombier, ça paye combien à 17 ans ?'], 'des endroits pour ça vers le Havre ?', /plomb/i, /Havre/],
    [['je veux devenir boulanger', "c'est quoi un CFA ?"], 'y en a un à Lisieux ?', /boulang/i, /Lisieux/],
    [['Ma fille voudrait être coiffeuse, combien serait-elle payée à 16 ans ?'], 'Et près de Saint-Lô, il y a des écoles ?', /coiff/i, /Saint-Lô/],
    [["électricien c'est payé combien ?"], 'dans le 14 ?', /électri/i, /Calvados/],
    [['jveu etre mecano c combien le salaire a 18 ans'], 'c ou a cherbourg ?', /mécani|maintenance/i, /Cherbourg/],
    [['je veux faire un CAP fleuriste, je serai payé combien à 19 ans ?'], 'il y a des CFA du côté de Rouen ?', /fleur/i, /Rouen/],
    [['Mon fils veut être menuisier. Quelles aides pour lui ?'], 'Y a-t-il un centre de formation vers Évreux ?', /menuis/i, /Évreux/],
    [["j'ai pas eu mon BP boulanger, ça se passe comment ?"], 'le cfa le plus proche de Caen ?', /BP boulanger/, /Caen/],
    [["Je suis employeur, je voudrais prendre un apprenti pâtissier, quelles aides ?"], "on peut le former où dans l'Orne ?", /pâtissier/, /Orne/],
  ])('%j then "%s"', async (before, question, subject, town) => {
    const c = await startConversation();
    for (const m of before) await c.send(m);
    const text = plain(read(await c.send(question)));
    expect(c.rule()).toBe('place-of-subject-in-view');
    expect(text).toMatch(subject);
    expect(text).toMatch(town);
    expect(text).not.toMatch(ASKS_WHICH);
  });

  it("a trade's card seen during the quiz, then a town: that trade's places, not the quiz's list", async () => {
    const c = await startConversation();
    await c.send("jsp trop quoi faire, j'aime dessiner et l'informatique");
    await c.send('graphiste ça se fait en alternance ?');
    const text = plain(read(await c.send('y en a vers evreux ?')));
    expect(c.rule()).toBe('place-of-subject-in-view');
    expect(text).toMatch(/designer graphique/i);
    expect(text).toMatch(/Évreux/);
    expect(text).not.toMatch(ASKS_WHICH);
  });

  it("a field's trades shown, then a town asked in vous: each trade's nearest place there", async () => {
    const c = await startConversation();
    await c.send('Notre fils de 15 ans adore la mécanique. Quel diplôme viser ?');
    const text = plain(read(await c.send('Nous habitons Argentan, y a-t-il un CFA près de chez nous ?')));
    expect(c.rule()).toBe('place-of-subject-in-view');
    expect(text).toMatch(/Argentan/);
    expect(text).toMatch(/Mécanicien/);
    expect(text).not.toMatch(ASKS_WHICH);
  });

  it.each([
    ['je veux un métier manuel', "j'habite près d'Évreux, y a quoi ?", /Évreux/],
    ["j'aime bien les animaux", 'yen a vers bayeux ?', /Bayeux/],
  ])('the quiz naming its field\'s trades, then "%s" / "%s": the field\'s trades near the town', async (first, question, town) => {
    const c = await startConversation();
    await c.send(first);
    const text = plain(read(await c.send(question)));
    expect(text).toMatch(town);
    expect(text).not.toMatch(ASKS_WHICH);
  });

  it('near miss: the quiz asking the town takes it (its proposals, by level)', async () => {
    const c = await startConversation();
    for (const m of ["j'aime les animaux", '16 ans', "j'ai le brevet"]) await c.send(m);
    await c.send('y a quoi vers Caen ?');
    expect(c.rule()).toBeUndefined();
  });

  it('near miss: a new trade named in the place question wins', async () => {
    const c = await startConversation();
    await c.send('je voudrais être plombier, ça paye combien à 17 ans ?');
    const text = plain(read(await c.send('et pour boulanger, y a quoi vers Caen ?')));
    expect(c.rule()).not.toBe('place-of-subject-in-view');
    expect(text).toMatch(/boulang/i);
    expect(text).not.toMatch(/plomb/i);
  });

  it('near miss: a place asked with nothing in view asks which course', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('y a des cfa près de Caen ?')));
    expect(c.rule()).not.toBe('place-of-subject-in-view');
    expect(text).toMatch(ASKS_WHICH);
  });

  it('near miss: a subject named many messages ago is not reused: which course is asked', async () => {
    const c = await startConversation();
    await c.send('je voudrais être plombier, ça paye combien à 17 ans ?');
    for (const m of ["c'est quoi la période d'essai ?", 'et les congés payés ?', "c'est quoi un maître d'apprentissage ?", 'on peut travailler le dimanche ?', 'et la nuit ?', "l'arrêt maladie c'est payé ?"]) await c.send(m);
    const text = plain(read(await c.send('y a des cfa vers Caen ?')));
    expect(text).toMatch(ASKS_WHICH);
    expect(text).not.toMatch(/plomb/i);
  });

  it('a subject named four messages before is still in view', async () => {
    const c = await startConversation();
    await c.send('je voudrais être plombier, ça paye combien à 17 ans ?');
    for (const m of ["c'est quoi la période d'essai ?", 'et les congés payés ?', 'on peut travailler le dimanche ?']) await c.send(m);
    const text = plain(read(await c.send('y a des cfa vers Caen ?')));
    expect(c.rule()).toBe('place-of-subject-in-view');
    expect(text).toMatch(/plomb/i);
  });

  it('near miss: an employer sought near a town is not a course', async () => {
    const c = await startConversation();
    await c.send('je voudrais être plombier, ça paye combien à 17 ans ?');
    await c.send('y a des patrons qui embauchent vers Caen ?');
    expect(c.rule()).not.toBe('place-of-subject-in-view');
  });

  it("near miss: the Mission Locale's entry, then a town: its office there, as before", async () => {
    const c = await startConversation();
    await c.send('je veux être plombier');
    await c.send("c'est quoi la mission locale ?");
    await c.send('et à Rouen ?');
    expect(c.rule()).not.toBe('place-of-subject-in-view');
  });
});

/**
 * Round 29 (review 19, J7): "t'as l'adresse ?" after a list of places got the same list again. The address of the
 * place meant when the data has it; else honestly that the list has only its town, with where to find it.
 */
describe('an address asked after a list of places', () => {
  it.each([
    ["t'as l'adresse ?"],
    ["c'est quoi l'adresse exacte ?"],
    ["vous avez l'adresse du CFA ?"],
    ['le premier il est où exactement ?'],
    ['adresse stp'],
    ["c koi l'adr ?"],
    ["On peut avoir l'adresse précise s'il vous plaît ?"],
    ['il est à quelle adresse ?'],
  ])('"%s" after a list with a street address', async (question) => {
    const c = await startConversation();
    await c.send('je veux être coiffeuse');
    const list = plain(read(await c.send("c'est où vers Caen ?")));
    const text = plain(read(await c.send(question)));
    expect(c.rule()).toBe('address-of-place');
    expect(text).toMatch(/2 rue Claude Bloch/);
    expect(text).not.toBe(list);
  });

  it('a place whose street the data does not hold: said so, with where to find it', async () => {
    const c = await startConversation();
    await c.send('je voudrais être plombier');
    await c.send('des lieux vers le Havre ?');
    const text = plain(read(await c.send("le plus proche c ou exactement ? tas l'adresse ?")));
    expect(c.rule()).toBe('address-of-place');
    expect(text).toMatch(/n'a pas l'adresse exacte/);
    expect(text).toMatch(/La bonne alternance/);
  });

  it('near miss: an e-mail address asked is not the street', async () => {
    const c = await startConversation();
    await c.send('je veux être coiffeuse');
    await c.send("c'est où vers Caen ?");
    await c.send("t'as l'adresse mail du CFA ?");
    expect(c.rule()).not.toBe('address-of-place');
  });
});
