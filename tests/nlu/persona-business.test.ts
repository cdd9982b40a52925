import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities.js';
import { normalize } from '../../src/text/normalize.js';

describe('persona: running a business', () => {
  it.each([
    ['je gère un garage', 'employeur'],
    ['nous dirigeons une PME de menuiserie', 'employeur'],
    ["quelle aide pour l'entreprise ?", 'employeur'],
    ['mon fils travaille dans un garage', 'parent'],
    ['je travaille dans un garage', undefined],
  ])('%s → %s', (raw, persona) => {
    expect(extractEntities(normalize(raw)).persona).toBe(persona);
  });
});

describe("persona: an employer who never says the word, a parent who says 'mon gamin'", () => {
  it.each([
    ["j'ai un petit jeune qui commence lundi", 'employeur'],
    ['dans ma boîte on est 4', 'employeur'],
    ['mon alternant a 19 ans, il a droit à quoi ?', 'employeur'],
    ['on cherche un apprenti pour la rentrée', 'employeur'],
    ['notre association voudrait accueillir une apprentie', 'employeur'],
    ['mes employés me disent que…', 'employeur'],
    ['mon gamin veut arrêter le lycée', 'parent'],
    ['je suis alternant dans une boîte de transport', 'jeune'],
    ["Je n'ai jamais pris d'apprenti. Quelles sont les étapes ?", 'employeur'],
    ["on a deja eu une apprentie l'an dernier", 'employeur'],
    ["nous n'avons encore jamais accueilli d'alternant", 'employeur'],
    ["j'ai jamais été apprenti, c'est dur ?", undefined],
  ])('%s → %s', (raw, persona) => {
    expect(extractEntities(normalize(raw)).persona).toBe(persona);
  });
});

describe('persona: said as "moi qui suis", "moi", "en tant que", or by the business one has', () => {
  it.each([
    ['et pour moi qui suis apprentie ?', 'jeune'],
    ['moi alternant, je peux avoir quoi ?', 'jeune'],
    ['moi en CAP, des aides ?', 'jeune'],
    ["en tant que patronne, j'ai droit à quoi ?", 'employeur'],
    ["en tant qu'enseignante je voudrais savoir", 'conseiller'],
    ["j'ai une petite boulangerie à Bayeux", 'employeur'],
    ['nous avons un garage et cherchons quelqu\'un', 'employeur'],
    ['je compte prendre une apprentie en septembre', 'employeur'],
    ["j'ai un CAP cuisine", 'jeune'],
    ['moi je sais pas trop', undefined],
  ])('%s → %s', (raw, persona) => {
    expect(extractEntities(normalize(raw)).persona).toBe(persona);
  });
});

describe('normalize: "sept" as a month or a number', () => {
  it.each([
    ['le 15 sept 2025', 'le 15 sept 2025'],
    ['fin sept', 'fin sept'],
    ['sept ans', '7 ans'],
    ['dix sept ans', '17 ans'],
    ['on est sept salariés', 'on est 7 salaries'],
  ])('%s → %s', (raw, normalized) => {
    expect(normalize(raw)).toBe(normalized);
  });
});

describe('persona: an employer who hires or looks for a young person, written in SMS (round 10)', () => {
  it.each([
    ['jembauche une apprentie en mars', 'employeur'],
    ['si jprends un petit jeune en cap ça me coûte combien', 'employeur'],
    ['on voudrait accueillir un alternant cet été', 'employeur'],
    ['comment trouver un apprenti motivé ?', 'employeur'],
    ['jtrouve pas de jeune pour mon équipe', 'employeur'],
    ['je cherche un patron pour mon apprentissage', 'jeune'],
    ['une entreprise peut prendre un jeune de 15 ans ?', undefined],
    ['je cherche un apprentissage en boulangerie', undefined],
  ])('%s → %s', (raw, persona) => {
    expect(extractEntities(normalize(raw)).persona).toBe(persona);
  });
});

describe('persona: what an apprentice costs "us" is the employer asking; a parent says "notre fils" (round 16)', () => {
  it.each([
    ["qu'est-ce qui reste à notre charge pour un apprenti en licence ?", 'employeur'],
    ['combien nous coûte une apprentie en BTS ?', 'employeur'],
    ['on paie quoi pour la formation d un alternant ?', 'employeur'],
    ['il reste quelque chose a notre charge pour la formation de notre fils ?', 'parent'],
  ])('%s → %s', (raw, persona) => {
    expect(extractEntities(normalize(raw)).persona).toBe(persona);
  });
});
