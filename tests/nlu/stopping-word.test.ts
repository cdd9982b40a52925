import { describe, expect, it } from 'vitest';
import { withStoppingRead } from '../../src/nlu/stopping-word.js';
import { normalize } from '../../src/text/normalize.js';

describe('"arrêter" meaning to stop a contract, not the sick-leave noun (round 12)', () => {
  it.each([
    "il pourra rester au CFA s'il arrête ?",
    "si j'arrête mon contrat je perds quoi ?",
    "et si elle arrête l'apprentissage ?",
    'si jarrete mon contrat g droit a quoi',
    'Si notre apprenti arrête son contrat, que devons-nous faire ?',
    'je veux arreter mon apprentissage comment faire',
  ])('"%s" reads the stopping', (message) => {
    const read = withStoppingRead(normalize(message));
    expect(read).toContain('rupture');
    expect(read.split(' ')).toHaveLength(normalize(message).split(' ').length);
  });

  it.each([
    'je suis en arrêt maladie, je suis payé ?',
    "le médecin m'a arrêté une semaine",
    'il est arrêté depuis lundi',
    "l'aide s'arrête quand ?",
    'si il arrete de venir au cfa',
    "je veux arrêter l'école pour faire un apprentissage",
    "mon contrat s'arrête en juin",
  ])('"%s" keeps the verb', (message) => {
    expect(withStoppingRead(normalize(message))).not.toContain('rupture');
  });
});
