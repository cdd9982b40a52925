import { describe, expect, it } from 'vitest';
import { occupiedStatusTold } from '../../src/nlu/entities/occupied-status.js';
import { normalize } from '../../src/text/normalize.js';

const read = (text: string) => occupiedStatusTold(normalize(text));

describe('occupiedStatusTold: under contract, in a job, at school, told in the present', () => {
  it.each([
    ["quelles aides jpeux avoir en tant qu'apprenti ?", 'apprenti'],
    ["en tant qu'alternante j'ai droit à quoi", 'apprenti'],
    ["j'ai signé mon contrat d'apprentissage hier", 'apprenti'],
    ['on a signé le contrat la semaine dernière', 'apprenti'],
    ['c quoi les aides des apprentis ?', 'apprenti'],
    ['quelles aides pour une alternante de 20 ans', 'apprenti'],
    ['je travaille en CDI depuis un an', 'salarie'],
    ['jbosse dans un garage', 'salarie'],
    ['ma fille est salariée dans une boulangerie', 'salarie'],
    ["j'ai un CDD jusqu'en juin", 'salarie'],
    ['je suis en terminale', 'lyceen'],
    ['jsui en 2nde', 'lyceen'],
    ['mon fils est au lycée', 'lyceen'],
    ['il est en 3e', 'collegien'],
    ['je suis étudiante en licence', 'etudiant'],
    ['je suis à la fac', 'etudiant'],
  ])('"%s" → %s', (text, status) => {
    expect(read(text)).toBe(status);
  });

  it.each([
    ['je travaille pas'],
    ['je ne travaille plus depuis mars'],
    ['je veux travailler dans la coiffure'],
    ['je cherche un travail'],
    ["je suis plus au lycée"],
    ["je suis en première année de CAP"],
    ["quand je signerai mon contrat"],
    ["l'aide à l'embauche d'un apprenti"],
    ['je veux devenir apprenti, y a des aides ?'],
  ])('"%s" tells no such status', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
