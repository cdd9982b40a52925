import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 27 (mine): the employer's side read from how the money or the contract is told. Money a business receives is
 * an aid (never the apprentice's pay); a contract signed WITH an apprentice is told by the employer, whose "j'ai droit
 * à quoi ?" asks the hiring aid.
 */
describe('money a business receives is an aid, not the pay', () => {
  it.each([
    ['Combien touche une PME pour un apprenti en licence pro en 2026 ?'],
    ["l'entreprise perçoit combien pour un alternant en BTS ?"],
    ["est-ce que l'employeur reçoit quelque chose pour un apprenti ?"],
    ['Je suis artisan, on touche quoi si on prend une apprentie en CAP ?'],
    ['cb touche une entreprise qui prend un apprenti ?'],
    ['une TPE reçoit combien pour embaucher en apprentissage ?'],
    ["Qu'est-ce que notre association perçoit pour un apprenti ?"],
    ['mon patron touche une aide pour moi ?'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/aides? (?:pour|à) l'employeur|employeur peut recevoir|embauche/i);
    expect(text).not.toMatch(/% du SMIC/);
  });

  it.each([
    ['combien touche un apprenti en bts'],
    ['mon fils touche combien en apprentissage ?'],
    ['il touche combien un apprenti de 17 ans ?'],
  ])('near miss, the apprentice receives: "%s" is the pay', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/SMIC/);
  });
});

describe('a contract signed with an apprentice is told by the employer', () => {
  it.each([
    ["Contrat signé le 10 février 2026 avec un apprenti en bac pro, j'ai droit à quoi ?", /5 ?000/],
    ["j'ai signé avec une apprentie en CAP le 3 mars 2026, quelle aide ?", /5 ?000/],
    ["Nous avons conclu un contrat avec un alternant en BTS, à quoi avons-nous droit ?", /4 ?500/],
    ["contrat passé avec un jeune en master, on a droit à quoi ?", /2 ?000/],
  ])('"%s"', async (message, figure) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(figure);
    expect(text).toMatch(/employeur/);
  });

  it.each([
    ["jai signé mon contrat avec un garage, j'ai droit a quoi"],
    ["j'ai signé avec une entreprise en bac pro, j'ai droit à quoi ?"],
  ])('near miss, the apprentice signed with a business: "%s" gets the apprentice\'s aids', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/aides pour l'employeur/);
  });
});

describe('work told by what one does, with its object: the trade, and its closest diploma first', () => {
  it.each([
    ['je veux reparer des camions', /transports routiers/, /option véhicules de transport routier/],
    ['monter des toits en bois comme métier ?', /Charpentier/, /charpentier/],
    ["je veux m'occuper des vaches comme mon oncle", /bovins/, /agricole/],
    ['je voudrais réparer des voitures', /automobile/, /voitures particulières|véhicules légers/],
    ['moi je veux faire des charpentes', /Charpentier/, /charpentier/],
    ['jveu traire les vaches plus tard', /bovins/, /agricole/],
    ['j aimerais reparer des poids lourds', /transports routiers/, /transport routier/],
    ['je veux bosser à préparer des commandes', /Préparateur/, /.*/],
  ])('"%s"', async (message, trade, first) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(trade);
    expect(text).toMatch(first);
  });

  it.each([
    ['je veux conduire des camions', /poids lourd/],
  ])('near miss, another verb on the same object: "%s"', async (message, trade) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(trade);
  });
});

describe('a first or a new apprentice taken on is told by the employer', () => {
  it.each([
    ['Je souhaite accueillir mon premier apprenti, par où commencer ?'],
    ['on accueille notre 1ere apprentie en septembre, par quoi on commence ?'],
    ['nous allons recruter notre premier alternant, quelles sont les étapes ?'],
    ['je vais prendre mon premier apprenti en janvier, je fais comment ?'],
  ])('"%s"', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).toMatch(/Recrutez votre apprenti|votre OPCO|Cerfa/);
    expect(text).not.toMatch(/\btu\b|\bton\b/);
  });

  it.each([
    ["je commence mon premier apprentissage, par où commencer ?"],
  ])('near miss, the apprentice: "%s" is not spoken to as an employer', async (message) => {
    const { text } = await lastReplyOf([message]);
    expect(text).not.toMatch(/Recrutez votre apprenti/);
  });
});
