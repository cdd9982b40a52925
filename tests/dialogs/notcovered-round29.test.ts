import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 29 (r29-notcovered): no "not covered" and no fallback when the knowledge answers, and an honest "not known"
 * when it does not. Own phrasings over several subjects, tu and vous, SMS spelling; near misses keep their answer.
 */
const NOT_COVERED = /Mes sources ne couvrent pas ce point précis/;
const NOT_UNDERSTOOD = /Je n'ai pas bien compris/;

describe('a message sent here by mistake gets "no trouble" and the menu, not the fallback', () => {
  it.each([
    ['dsl je me suis trompé de conversation', /Pas de souci/],
    ['oups mauvaise fenêtre', /Pas de souci/],
    ["désolé, c'était pas pour toi", /Pas de souci/],
    ['pardon message envoyé par erreur', /Pas de souci/],
    ['c t pa pour toi dsl', /Pas de souci/],
    ['Excusez-moi, ce message ne vous était pas destiné', /Aucun souci/],
    ['jme suis gouré de discussion lol', /Pas de souci/],
    ['autant pour moi, mauvais onglet', /Pas de souci/],
    ['oups pas la bonne conv', /Pas de souci/],
  ])('"%s"', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('sent-by-mistake');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(NOT_UNDERSTOOD);
    expect(text).toMatch(/\[Salaire\]/);
  });

  it.each([
    ["oups mauvaise fenêtre, au fait c'est combien le salaire d'un apprenti ?", /SMIC/],
    ['je me suis trompé de formation, je peux changer ?', /employeur/],
    ['dsl pour les fautes', /fautes/],
  ])('near miss "%s" keeps its answer', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('sent-by-mistake');
    expect(text).toMatch(expected);
  });
});
