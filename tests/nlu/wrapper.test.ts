import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { unwrap } from '../../src/nlu/wrapper.js';

/** The question inside its wrapper, as every reader sees it ('small-talk') or as the FAQ reads it ('all'). */
const core = (text: string, depth: 'small-talk' | 'all' = 'all'): string => unwrap(normalize(text), text, depth).core;
const acts = (text: string): string[] => unwrap(normalize(text), text, 'all').acts;

describe('the question inside its wrapper (wrapper.ts)', () => {
  it.each([
    ['Coucou, ça va ? combien on est payé en apprentissage', 'combien on est paye en apprentissage'],
    ['bjr madame, j espère que vous allez bien. c quoi un maitre d apprentissage ?', "c quoi un maitre d'apprentissage"],
    ['ok super merci. et les congés ça marche comment', 'et les conges ca marche comment'],
    ['question peut-être idiote mais un CFA c est payant ?', 'un cfa c est payant'],
    ['désolée de vous déranger, faut-il un bac pour un BTS ?', 'faut il un bac pour un bts'],
    ['salut ! ma question va paraître bête mais on signe avec qui le contrat', 'on signe avec qui le contrat'],
    ['oups je me suis trompé, c est quoi la durée d un CAP ?', "c'est quoi la durée d'un CAP"],
    ['au fait, est-ce que je peux commencer en janvier', 'est ce que je peux commencer en janvier'],
    ['Bonjour, je voulais savoir si on peut faire un BTS en 1 an', 'on peut faire un bts en 1 an'],
    ['ma question c est : le permis est il financé ?', 'le permis est il finance'],
    ['sinon pouvez-vous me dire où se trouve le CFA de Caen', 'ou se trouve le cfa de caen'],
    ['svp j aimerais savoir le salaire à 20 ans', 'le salaire a 20 ans'],
  ])('%s → %s', (text, expected) => {
    expect(core(text)).toBe(normalize(expected));
  });

  it.each([
    // a wrapper alone, or before a statement, is the message and keeps its reply
    'bonjour',
    'ok merci',
    'salut ça va ?',
    'ok, 17 ans',
    'désolé de vous déranger',
    // a bare greeting before a message keeps the message whole
    'bonjour nous sommes une entreprise de maçonnerie',
    // a complaint about the answer is never a wrapper
    "c'est nul ta réponse, combien gagne un apprenti ?",
    'tu comprends rien, je veux le salaire à 19 ans',
  ])('%s stays whole', (text) => {
    expect(core(text)).toBe(normalize(text));
  });

  it('small talk and hedges only at the shallow depth: corrections and formulas of asking stay for the follow-up readers', () => {
    for (const text of ['sinon c est quoi la durée du contrat', 'pardon je voulais dire : c quoi la durée d un contrat']) {
      expect(core(text, 'small-talk')).toBe(normalize(text));
    }
    expect(core('salut, question bête mais on peut faire un CAP à 25 ans', 'small-talk')).toBe(normalize('on peut faire un CAP à 25 ans'));
  });

  it('keeps what the wrapper did as speech acts', () => {
    expect(acts('merci beaucoup ! et pour les aides au logement ?')).toEqual(['thanks']);
    expect(acts('dsl de déranger, combien gagne un apprenti ?')).toEqual(['hedge', 'apology']);
    expect(acts('bonsoir, excusez-moi, je me suis trompée : c est quoi un BP ?')).toEqual(['greeting', 'correction', 'apology']);
    expect(acts('combien gagne un apprenti ?')).toEqual([]);
  });
});
