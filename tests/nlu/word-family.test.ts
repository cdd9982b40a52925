import { describe, expect, it } from 'vitest';
import { workerTitles } from '../../src/nlu/word-family.js';

/** Titles that exist in this fixture (the real reader asks the trade index). */
const TITLES = new Set(['carreleur', 'soudeur', 'plombier', 'tourneur', 'reparateur', 'contacteur', 'automaticien']);
const isTitle = (w: string): boolean => TITLES.has(w);

describe('workerTitles: the worker named by what they do', () => {
  it.each([
    ['celui qui pose le carrelage', 'carreleur'],
    ['la personne qui soude les pieces', 'soudeur'],
    ['ceux qui soudent', 'soudeur'],
    ['un metier dans la plomberie', 'plombier'],
  ])('"%s" → %s', (message, title) => {
    expect(workerTitles(message, isTitle)).toContain(title);
  });

  it.each([['vers qui se tourner'], ['qui contacter pour le contrat'], ['a qui s adresser'], ['ce est automatique']])(
    '"qui" before an infinitive asks whom, no worker: "%s"',
    (message) => {
      expect(workerTitles(message, isTitle)).toEqual([]);
    },
  );
});
