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
