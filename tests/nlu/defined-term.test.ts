import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { definedTermAsked } from '../../src/nlu/defined-term.js';
import { normalize } from '../../src/text/normalize.js';

const entry = (id: string, defines: string[]): FaqEntry =>
  ({ id, category: 'orientation', defines, questions: [], answer: { tu: '', vous: '' }, see_aids: [], see_contacts: [], related: [], sources: [], verified_on: '2026-12-05' }) as FaqEntry;
const FAQ = [entry('definition-apprentissage', ['apprentissage', "contrat d'apprentissage", 'apprenti']), entry('definition-cfa', ['CFA']), entry('definition-rqth', ['RQTH'])];
const asked = (text: string): string | undefined => definedTermAsked(normalize(text), FAQ)?.entryId;

describe('the term a message asks the meaning of', () => {
  it.each([
    ["c'est quoi l'apprentissage ?", 'definition-apprentissage'],
    ['lapprentissage ckoi', 'definition-apprentissage'],
    ["qu'est-ce qu'un contrat d'apprentissage exactement ?", 'definition-apprentissage'],
    ['un CFA ça veut dire quoi', 'definition-cfa'],
    ['les cfa c koi', 'definition-cfa'],
    ['RQTH définition', 'definition-rqth'],
    ["Qu'est-ce que la RQTH ?", 'definition-rqth'],
    ["c'est quoi un CFA aujourd'hui ?", 'definition-cfa'],
    ['la rqth c koi actuellement', 'definition-rqth'],
    // A relative clause after the term says where one heard of it (round 15), even naming another term.
    ["c'est quoi le cfa dont parle mon patron", 'definition-cfa'],
    ["qu'est-ce que la RQTH que le CFA m'a conseillée ?", 'definition-rqth'],
    ["c quoi la rqth dont on parle dans mon contrat d'apprentissage", 'definition-rqth'],
  ])('"%s" asks what %s defines', (text, id) => {
    expect(asked(text)).toBe(id);
  });

  it.each([
    // Another word beside the term asks something about it, not what it is.
    "c'est quoi le salaire d'un apprenti ?",
    "c'est quoi les horaires du cfa de Caen",
    // The clause is not after the term: the CFA's hours are asked.
    "c'est quoi les horaires que le cfa donne",
    // No definition asked.
    'je cherche un CFA à Rouen',
    "l'apprentissage c'est bien payé ?",
    // A definition asked of a term no entry defines.
    "c'est quoi un OPCO ?",
  ])('"%s" asks no definition of a defined term', (text) => {
    expect(asked(text)).toBeUndefined();
  });
});
