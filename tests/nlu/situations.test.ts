import { describe, expect, it } from 'vitest';
import { extractSituations } from '../../src/nlu/entities/situations.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const situationsOf = (text: string) => extractSituations(tokenize(normalize(text)));

/** What a person says of their own situation that changes an answer. Phrasings written by the team. */
describe('the situations a person tells', () => {
  it.each([
    "j'ai démissionné la semaine dernière",
    'si je demissionne je perds tout ?',
    "j'ai rompu mon contrat d'apprentissage moi-même",
    'je suis parti de moi meme',
    'ma fille a quitté son patron de son plein gré, non : de mon plein gré',
  ])('resigned: %s', (text) => {
    expect(situationsOf(text)).toContain('resigned');
  });

  it.each(["je n'ai jamais fait d'apprentissage", 'jamais été apprentie', "j'ai jamais fait d'alternance"])('never apprenticed: %s', (text) => {
    expect(situationsOf(text)).toEqual(['never-apprenticed']);
  });

  it.each(["j'ai déjà été apprenti chez un plombier", 'mon premier contrat s est fini en juin', "j'ai eu mon CAP en apprentissage"])(
    'apprenticed before: %s',
    (text) => {
      expect(situationsOf(text)).toContain('previous-apprenticeship');
    },
  );

  it.each(['je veux reprendre la boulangerie de mes parents', "je vais créer mon entreprise d'élagage", 'je reprends le garage de mon oncle'])(
    'business project: %s',
    (text) => {
      expect(situationsOf(text)).toContain('business-project');
    },
  );

  it('top-level athlete', () => {
    expect(situationsOf('je suis sportive de haut niveau en aviron')).toEqual(['top-athlete']);
  });

  it.each(['je veux reprendre des études en alternance', "j'ai 38 ans, c'est encore possible ?", 'mon contrat se termine en juin, j’ai droit au chômage ?'])(
    'nothing of the kind: %s',
    (text) => {
      expect(situationsOf(text)).toEqual([]);
    },
  );

  it.each(["jsuis apprentie g 23 ans et g un bébé", 'je suis maman solo de 24 ans en apprentissage', "j'ai 25 ans, apprenti et père de deux enfants", 'je suis enceinte et en alternance'])(
    'a child of their own: %s',
    (text) => {
      expect(situationsOf(text)).toContain('own-children');
    },
  );

  it.each(["je suis maman d'un apprenti de 17 ans", 'je suis maman, mon fils est apprenti', "j'ai un enfant en apprentissage"])(
    'their child is the apprentice: %s',
    (text) => {
      expect(situationsOf(text)).not.toContain('own-children');
    },
  );
});
