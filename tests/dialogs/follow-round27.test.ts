import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 27 (r27-follow): a short follow-up asking ONE aspect of the thing just answered is answered by the sentence of
 * that thing nearest to it (sentence-in-view.ts: the FAQ matcher's features plus the ideas a question word and an
 * answer word share), where small talk, the same card again or "not covered" answered it. Own phrasings over several
 * things in view: an aid for the young (tu), an employer's aid (vous), a rights entry (the trial period), a pay entry
 * (gross and net).
 */
describe('an aspect of the aid in view: its sentence that answers it', () => {
  it.each([
    ["c'est quoi mobili-jeune ?", 'je la demande où ?', /La demande se fait en ligne sur le site d'Action Logement/],
    ["c'est quoi mobili-jeune ?", 'on la demande ou exactement', /La demande se fait en ligne sur le site d'Action Logement/],
    ["c'est quoi mobili-jeune ?", 'et elle se demande où ?', /La demande se fait en ligne sur le site d'Action Logement/],
    ["c'est quoi mobili-jeune ?", 'y a des conditions ?', /Nouveau logement à plus de 70 km/],
    ["c'est quoi mobili-jeune ?", 'qui me la verse ?', /Action Logement/],
    ["aide à l'embauche d'un apprenti pour une entreprise", 'il y a des conditions pour nous ?', /doit commencer à être exécuté avant le 1er janvier 2027/],
    ["aide à l'embauche d'un apprenti pour une entreprise", "c'est versé par qui ?", /l'État vous verse/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
    expect(text).not.toMatch(/je suis un robot|D'accord ! Tu as une autre question/);
  });
});

describe('an aspect of the FAQ answer in view: its sentence, in the person\'s register', () => {
  it.each([
    ["période d'essai d'un apprenti", "c'est notifié à qui ?", /Il faut prévenir le CFA et l'OPCO/],
    ["le salaire d'un apprenti c'est du brut ou du net ?", 'y a des cotisations ?', /tu ne paies pas de cotisations/],
    ["le salaire d'un apprenti c'est du brut ou du net ?", 'y a des charges dessus ?', /tu ne paies pas de cotisations/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text, rule } = await lastReplyOf([first, message]);
    expect(rule).toBe('sentence-in-view');
    expect(plain(text)).toMatch(expected);
  });
});

/**
 * "c'est où exactement ?" after a trade's card or a diploma's places: the places of the thing in view, never
 * "d'accord ! une autre question ?" that "exactement" read as agreement.
 */
describe('where, after a trade or its places: those places', () => {
  it.each([
    ['je veux devenir boulanger', "c'est où exactement ?", /boulanger.*en Normandie, je le trouve en apprentissage dans \d+ lieux/],
    ['je veux devenir boulanger', 'c ou le plus pres', /boulanger.*en Normandie, je le trouve en apprentissage dans \d+ lieux/],
    ['je veux devenir coiffeuse', 'ça se passe où concrètement ?', /coiffeur.*en Normandie, je le trouve en apprentissage dans \d+ lieux/],
    ['je veux être mécanicien auto', "et c'est où svp ?", /mécanicien automobile.*en Normandie, je le trouve/],
    ['je veux être mécanicien auto', 'on le prépare dans quel endroit ?', /mécanicien automobile.*en Normandie, je le trouve/],
    ["c'est quoi un CAP cuisine", 'le premier il est où ?', /CAP cuisine.*en Normandie, je le trouve/],
    ["c'est quoi un CAP cuisine", 'où exactement ?', /CAP cuisine.*en Normandie, je le trouve/],
    ['je voudrais être électricien', "c'est où précisément ?", /électricien.*en Normandie, je le trouve/],
  ])('"%s" then "%s"', async (first, message, expected) => {
    const { text } = await lastReplyOf([first, message]);
    expect(plain(text)).toMatch(expected);
    expect(text).not.toMatch(/D'accord ! Tu as une autre question/);
  });
});

/** Near misses: a new subject in a short message is no follow-up; "ou" between two choices is no "où". */
describe('near misses keep their own answer', () => {
  it('"et l\'aide au permis ?" after a pay entry is that aid', async () => {
    const { text } = await lastReplyOf(["le salaire d'un apprenti c'est du brut ou du net ?", "et l'aide au permis ?"]);
    expect(plain(text)).toMatch(/permis de conduire/);
  });

  it('"c\'est quoi un BTS ?" after an aid explains the BTS, not the aid again', async () => {
    for (const message of ["c'est quoi un BTS ?", "c'est quoi un bts", 'cest quoi un BTS']) {
      const { text } = await lastReplyOf(["c'est quoi mobili-jeune ?", message]);
      expect(plain(text)).toMatch(/brevet de technicien supérieur/);
    }
  });

  it('"c\'est quoi un CAP ?" after a rights entry explains the CAP', async () => {
    const { text } = await lastReplyOf(['combien de congés payés pour un apprenti ?', "c'est quoi un CAP ?"]);
    expect(plain(text)).toMatch(/certificat d'aptitude professionnelle/);
  });

  it('"payé ou pas ?" after a trade asks the pay, not its places', async () => {
    const { text, rule } = await lastReplyOf(['je veux être mécanicien auto', 'payé ou pas ?']);
    expect(rule).not.toBe('place-in-view');
    expect(plain(text)).toMatch(/SMIC/);
  });

  it('"où je trouve un patron ?" after a trade is the employer search', async () => {
    const { rule } = await lastReplyOf(['je veux devenir boulanger', 'où je trouve un patron ?']);
    expect(rule).not.toBe('place-in-view');
  });

  it('a thanks after an aid stays a thanks', async () => {
    const { text } = await lastReplyOf(["c'est quoi mobili-jeune ?", 'merci beaucoup']);
    expect(text).toMatch(/Avec plaisir/);
  });

  it('an aid\'s amount asked keeps its card led by its amounts', async () => {
    const { text } = await lastReplyOf(["c'est quoi mobili-jeune ?", 'ça fait combien max ?']);
    expect(plain(text)).toMatch(/participation au loyer/);
  });
});
