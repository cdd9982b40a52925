import { describe, expect, it } from 'vitest';
import { extractInterests } from '../../src/nlu/entities/interests.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const interestsOf = (text: string): string[] => extractInterests(tokenize(normalize(text))).sort();

/** Round 11: interests said in everyday words reach the guided orientation's domains (knowledge/interets.yaml). */
describe('everyday interests', () => {
  it.each([
    ['elle adore la couture', ['couture_mode']],
    ['il aime coudre', ['couture_mode']],
    ['les vêtements, la mode', ['couture_mode']],
    ['jaime bien faire des retouches de vetements', ['couture_mode']],
    ["elle aime s'occuper des enfants", ['petite_enfance']],
    ['la petite enfance', ['petite_enfance']],
    ['il fait du baby-sitting', ['petite_enfance']],
    ['travailler en crèche', ['petite_enfance']],
    ['parler aux clients', ['vente']],
    ["j'aime le contact avec les gens", ['vente']],
    ['le contact humain', ['vente']],
    ['il aime le foot', ['sport_animation']],
    ['la danse', ['sport_animation']],
    ['jaime la musique', ['art_creation']],
    ['il passe son temps à faire des gâteaux', ['alimentation']],
    ['elle veut conduire des camions', ['transport_logistique']],
    ['réparer des vélos', ['bricolage', 'mecanique']],
  ])('%s → %j', (text, expected) => {
    expect(interestsOf(text)).toEqual(expected);
  });

  it.each([
    ['je voudrais un contact à la mission locale'],
    ['mes enfants sont grands'],
    ['le mode de calcul du salaire'],
    ["j'ai des enfants, je peux prendre un apprenti ?"],
    ["l'aide au permis de conduire"],
  ])('no interest in: %s', (text) => {
    expect(interestsOf(text)).toEqual([]);
  });
});
