import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** Robotic echoes (review 17, J6): the interests told, named back by one or two words, never the categories read out. */
describe('the interests told, named back naturally', () => {
  it.each([
    ["j'aime bricoler, travailler de mes mains, et l'art", /^Super, bricoler et art : par exemple/],
    ["jkiff le batiment construire des trucs", /^Super, bâtiment, construire : par exemple/],
    ["J'aime la mécanique, les animaux et la nature", /^Super, \S+(?: \S+)? et \S+(?: \S+)? : par exemple/],
    ["j'aime la cuisine, la vente, la coiffure et le sport", /^Super, \S+ et \S+ : par exemple/],
  ])('"%s"', async (message, expected) => {
    const c = await startConversation();
    await c.send('je sais pas quel métier faire');
    const text = c.read(await c.send(message));
    expect(text).toMatch(expected);
    // Several interests: each by its first name, two at most.
    if (/ et /.test(text.split(':')[0] ?? '')) expect(text).not.toMatch(/travailler de mes mains|, création|, restauration/);
  });
});

/** "C'est noté" at most once in one message (review 17, X5), whatever pieces the message is made of. */
describe("\"C'est noté\" once per message", () => {
  it.each([
    ['je veux être rappelé', 'Julie, 06 12 34 56 78, le matin'],
    ['rappelez-moi svp', 'Karim 0612345678 plutôt l’après-midi'],
    ['je veux qu on me rappelle', 'moi c Inès, 07 98 76 54 32, le soir'],
  ])('"%s" then "%s"', async (first, told) => {
    const c = await startConversation();
    await c.send(first);
    const text = c.read(await c.send(told));
    expect((text.match(/c'est noté/gi) ?? []).length).toBeLessThanOrEqual(1);
  });
});

/** The card shows what the text says (review 17, J5): the pay after a coming birthday is a row of the card too. */
describe('a birthday coming: the card has the row of the age told', () => {
  it.each([
    [["j'ai 17 ans je suis en 2e année", 'combien je touche ?', "je vais avoir 18 ans en mars, ça change quoi ?"], /952,18/],
    [['Mon fils a 17 ans, en 1re année de CAP. Il aura 18 ans en juin, combien touchera-t-il ?'], /802,82/],
    [["jai 20 ans en 1ere annee et g 21 ans le mois prochain, mon salaire ?"], /53 %/],
  ])('%j', async (messages, expected) => {
    const c = await startConversation();
    let replies: Awaited<ReturnType<typeof c.send>> = [];
    for (const m of messages) replies = await c.send(m);
    const card = JSON.stringify(replies.flatMap((r) => r.attachments ?? []));
    expect(card).toMatch(/dès (?:18|21) ans/);
    expect(card.replace(/[\u202f\u00a0]/g, ' ')).toMatch(expected);
  });
});

/** A site that teaches more of what was asked than its line shows says how many more (review 17, P5). */
describe('a place list says when a site has more', () => {
  it.each([
    ['Quels CFA proposent des CAP vers Évreux ?'],
    ['cap pres de evreux'],
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    const card = JSON.stringify(replies.flatMap((r) => r.attachments ?? []));
    expect(card).toMatch(/et \d+ autres? sur ce site/);
  });

  it('near miss: one diploma asked, one line, no "autres"', async () => {
    const c = await startConversation();
    const card = JSON.stringify((await c.send('CAP couvreur à Évreux')).flatMap((r) => r.attachments ?? []));
    expect(card).not.toMatch(/autres? sur ce site/);
  });
});

/**
 * A question asked in a detour is not brought back after the person went back to their thread (review 17, P7): the
 * pay asked an age in the middle of questions about an accident; a follow-up on the accident gets its answer alone.
 */
describe('no leftover question after the person went back to their thread', () => {
  it.each([
    [['je me suis blessé au boulot hier, je dois faire quoi ?', 'je serai payé pendant mon arrêt ?', 'et mon patron peut me virer pour ça ?']],
    [["j'ai raté mon CAP, je fais quoi ?", 'et je serai payé combien pendant la prolongation ?', 'et je peux changer d’employeur ?']],
    [["Notre fils s'est blessé sur un chantier, que devons-nous faire ?", 'Sera-t-il rémunéré pendant son arrêt ?', 'Son patron peut-il le licencier ?']],
  ])('%j', async (messages) => {
    const c = await startConversation();
    let text = '';
    for (const m of messages) text = c.read(await c.send(m));
    expect(text).not.toMatch(/revenir à ma question|Quel âge/);
    expect((await c.data()).awaiting).toBeUndefined();
  });

  it.each([
    [['combien gagne un apprenti ?', 'c koi la période d essai ?']],
    [['Quel est le salaire d’un apprenti ?', 'Le CFA est-il payant pour la famille ?']],
  ])('near miss: a new question of its own still brings the question back once, %j', async (messages) => {
    const c = await startConversation();
    let text = '';
    for (const m of messages) text = c.read(await c.send(m));
    expect(text).toMatch(/revenir à ma question/);
  });
});
