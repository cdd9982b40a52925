import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 21 (lead), from review 15 and blind set 21's first run: questions about another country's rules; a town
 * outside Normandy after "au"; a student asking the aids (an employer-only entry answered them); a school sought in
 * a field near a town.
 */
describe("another country's rules are not in our sources", () => {
  it.each([
    ["Quel est le salaire d'un apprenti en Belgique ?", /règles françaises/],
    ['les aides pour un apprenti en suisse ?', /règles françaises/],
    ["Combien est payé un apprenti en Allemagne ?", /règles françaises/],
  ])('%s', async (message, expected) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('rules-abroad');
    expect(text).toMatch(expected);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/1 867,02/);
  });

  it.each([
    ['je vis en Belgique, combien serai-je payé en apprentissage ?'],
    ['combien gagne un apprenti en France ?'],
  ])('%s: the French pay (near miss)', async (message) => {
    const { rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('rules-abroad');
  });
});

describe('a town outside Normandy after "au"', () => {
  it('"et au mans ?" after a town elsewhere: Le Mans is not in Normandy either', async () => {
    const { text } = await lastReplyOf(['je cherche un cfa de mecanique auto a nantes', 'et au mans ?']);
    expect(text).toMatch(/Le Mans n'est pas en Normandie/);
    expect(text).not.toMatch(/Je ne trouve pas cette ville/);
  });
});

describe('a young person asking the aids is not answered with the employer’s steps', () => {
  it.each([
    ['je suis étudiant à la fac, 21 ans, quelles aides puis-je obtenir ?'],
    ["étudiante en BTS, 20 ans, j'ai droit à quelles aides ?"],
  ])('%s', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/l'employeur transmet le contrat à son OPCO/);
    expect(text).toMatch(/aide/i);
  });
});

describe('a school sought in a field near a town', () => {
  it.each([
    ['je cherche un cfa au havre pour la vente', /Havre/],
    ['je cherche une école vers caen dans la mécanique', /Caen/],
  ])('%s: the field’s trades with the nearest place', async (message, town) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toBe('field-courses-near-town');
    expect(text).toMatch(town);
  });
});
