import { describe, expect, it } from 'vitest';
import { whenSpansOf } from '../../src/nlu/when-spans.js';
import { normalize } from '../../src/text/normalize.js';

const spans = (text: string): string[] => whenSpansOf(normalize(text));

describe('when, not what: the spans of a message that place it in time', () => {
  it.each([
    ["et s'il finit sa 3e l'an prochain ?", 'le an prochain'],
    ['je commence dans 3 mois', 'dans 3 mois'],
    ["d'ici la rentrée j'aurai 16 ans", 'de ici la rentree'],
    ['jusqu a 23h le samedi ?', 'le samedi'],
    ['je finis tard les vendredis soir', 'les vendredis soir'],
    ['tous les mercredis apres-midi je suis au cfa', 'tous les mercredis apres midi'],
    ['chaque lundi matin on a cours', 'chaque lundi matin'],
  ])('%s → %s', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  it('leaves Sunday and holidays to the question: they have rules of their own', () => {
    expect(spans('je peux bosser le dimanche ?')).toEqual([]);
    expect(spans('travail les jours feries apprenti')).toEqual([]);
  });

  it('finds no time where none is said', () => {
    expect(spans('combien gagne un apprenti de 17 ans')).toEqual([]);
    expect(spans('le samedien est un mot inventé')).toEqual([]);
  });
});
