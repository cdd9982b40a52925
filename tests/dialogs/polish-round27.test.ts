import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

/** Plays the messages; the last turn's replies: their text as read, how many cards came, and the rule. */
async function lastTurnOf(messages: readonly string[]): Promise<{ text: string; cards: number; rule: string | undefined }> {
  const c = await startConversation();
  let replies: Awaited<ReturnType<typeof c.send>> = [];
  for (const m of messages) replies = await c.send(m);
  const cards = replies.reduce((n, r) => n + (r.attachments?.length ?? 0), 0);
  return { text: c.read(replies).replace(/[\u202f\u00a0]/g, ' '), cards, rule: c.rule() };
}

/** The sentences between "Comme dans ma réponse juste au-dessus :" and the free line for the person's own case. */
function pointedSentences(text: string): number {
  const m = /ma réponse juste au-dessus : (.*?) Pour (?:ton|votre) cas précis/s.exec(text);
  if (!m) return -1;
  return (m[1]!.match(/[.!?](?=\s|$)/g) ?? []).length;
}

/**
 * Round 27 (review 17, "Comme dans ma réponse juste au-dessus"): when the answer to a new question is the card just
 * shown, one sentence of it — the one sharing the question's words — never the card's paragraphs again.
 */
describe('the card just shown, asked about again: one sentence of it', () => {
  it.each([
    [['jai raté mon bac pro', 'je peux redoubler en apprentissage ?'], /prolongé d'un an au plus\./],
    [['g raté mon cap boulanger jfais koi', 'on peut le repasser sans perdre mon contrat ?'], /prolongé d'un an au plus\./],
    [["Notre apprenti a échoué à son BTS, que se passe-t-il ?", 'Peut-il redoubler chez nous ?'], /prolongé d'un an au plus\./],
    [["A-t-il droit à la prime d'activité ?", 'faut-il résider en France ?'], /résider en France de façon stable\./],
    [["mon patron me fait faire le ménage toute la journée au lieu de m'apprendre le métier", 'c normal ou pas ??'], /te former au métier/],
  ])('%j', async (messages, expected) => {
    const { text, cards } = await lastTurnOf(messages);
    expect(cards).toBe(0);
    expect(text).toMatch(/^Comme dans ma réponse juste au-dessus : /);
    expect(text).toMatch(expected);
    expect(pointedSentences(text)).toBe(1);
    expect(text).toMatch(/0800 050 000/);
  });
});

/**
 * The same card chosen again for a question about what none of its sentences writes: the next entry the question is
 * read as, when it writes what is asked; else "not covered" with the free line — never the last card's lead as if it
 * answered.
 */
describe('the same card for a question it does not answer', () => {
  it.each([
    [["Mon employeur peut-il rompre mon contrat d'apprentissage après 45 jours ?", 'et si je suis malade longtemps ?'], /arrêt de travail/],
    [['mon patron peut me virer apres 45 jours ?', 'et si jsuis en arret maladie longtemps ?'], /arrêt de travail/],
    [["Mon fils de 19 ans est apprenti, a-t-il droit à la prime d'activité ?", 'Et pour la CAF, il reste à notre charge ?'], /à charge/],
  ])('the entry that writes it: %j', async (messages, expected) => {
    const { text } = await lastTurnOf(messages);
    expect(text).not.toMatch(/juste au-dessus/);
    expect(text).toMatch(expected);
  });

  it.each([
    [["c'est quoi mobili-jeune ?", 'et si je suis en colocation ?']],
    [["c'est quoi mobili-jeune ?", 'et en coloc ça marche aussi ?']],
  ])('nothing writes it: not covered, %j', async (messages) => {
    const { text, cards } = await lastTurnOf(messages);
    expect(cards).toBe(0);
    expect(text).not.toMatch(/^Comme dans ma réponse/);
    expect(text).toMatch(/ne (?:parle|couvre) pas/);
    expect(text).toMatch(/0800 050 000/);
  });

  it('near miss: an amount asked after an aid is still its amount, first', async () => {
    const { text } = await lastTurnOf(["c'est quoi mobili-jeune ?", 'ça monte à combien par mois ?']);
    expect(text).toMatch(/^Comme dans ma réponse juste au-dessus : participation au loyer : de 10 € à 100 € par mois\./);
  });

  it('near miss: an age told after an aid is still its yes for the age', async () => {
    const { text } = await lastTurnOf(['quelle aide pour le logement de ma fille apprentie ?', 'elle a 17 ans, peut-elle ?']);
    expect(text).toMatch(/Oui pour l'âge/);
  });
});

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
