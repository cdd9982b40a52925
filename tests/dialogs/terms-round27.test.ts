import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 27 (integration): a question that only asks what a term is, with the words that wrap a follow-up ("et …",
 * "exactement"), is that term's definition: not the capability menu the wording reads as "help", not a sentence of the
 * last answer that names the term, and not two questions cut at its comma.
 */
describe('what a term is, asked with the words of a follow-up', () => {
  it.each([
    [["c'est quoi l'OPCO exactement ?"], /opérateur de compétences/],
    [["Et l'OPCO, c'est quoi exactement ?"], /opérateur de compétences/],
    [['et le CFA c koi exactement'], /centre de formation d'apprentis/],
    [["Première fois que je prends un apprenti dans mon salon. Par quoi je commence ?", "Et l'OPCO, c'est quoi exactement ?"], /opérateur de compétences/],
    [['mais la RQTH c quoi au juste ?'], /RQTH/],
    [["ok et l'Affelnet, c'est quoi ?"], /Affelnet/],
  ])('%j', async (messages, definition) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(definition);
    expect(text).not.toMatch(/autre question dans (?:ton|votre) message|Voici ce que je sais faire/);
  });

  it.each([
    // A question about the term, not what it is: it keeps its own answer.
    [["c'est quoi le salaire d'un apprenti exactement ?"], /SMIC/],
  ])('near miss: %j', async (messages, answer) => {
    const { text } = await lastReplyOf(messages);
    expect(text).toMatch(answer);
  });
});
