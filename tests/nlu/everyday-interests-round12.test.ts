import { describe, expect, it } from 'vitest';
import { extractInterests } from '../../src/nlu/entities/interests.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const interestsOf = (text: string): string[] => extractInterests(tokenize(normalize(text))).sort();

/**
 * Round 12: more of a domain's everyday vocabulary (roofs, games and screens, clothes and sneakers, board sports,
 * looking after people) reaches the guided orientation's domains (knowledge/interets.yaml).
 */
describe('everyday interests, round 12', () => {
  it.each([
    ["j'aime bosser sur les toits", ['batiment']],
    ['les toitures ça me plait', ['batiment']],
    ['je suis tout le temps sur mon pc', ['informatique']],
    ['je suis un gros gamer', ['informatique']],
    ['jjoue a la console tous les soirs', ['informatique']],
    ['le gaming', ['informatique']],
    ["j'aime les fringues", ['couture_mode']],
    ['je suis fan de sneakers', ['couture_mode']],
    ['je fais du skate', ['sport_animation']],
    ['il fait de la boxe et du judo', ['sport_animation']],
    ["j'aime m'occuper des gens", ['sante_social']],
    ['elle aime prendre soin des autres', ['sante_social']],
    ['je fais des montages vidéo', ['art_creation']],
  ])('%s → %j', (text, expected) => {
    expect(interestsOf(text)).toEqual(expected);
  });

  it.each([
    ['je veux me consoler'],
    ['je vis sous le toit de mes parents'],
    ['il faut un pc pour la formation ?'],
  ])('no interest in: %s', (text) => {
    expect(interestsOf(text)).toEqual([]);
  });
});

/** Round 16: helping people said with a conjugated verb or as being useful to others; an aid question is not one. */
describe('helping people, round 16', () => {
  it.each([
    ["je cherche un métier où j'aide les gens", ['sante_social']],
    ['un taf ou je suis utile aux autres', ['sante_social']],
    ['jveux aider des gens dans mon travail', ['sante_social']],
  ])('%s → %j', (text, expected) => {
    expect(interestsOf(text)).toEqual(expected);
  });
  it.each([['quelle aide les gens ont pour le permis'], ["l'aide les autres années c'était combien"]])('no interest in: %s', (text) => {
    expect(interestsOf(text)).toEqual([]);
  });
});
