import { describe, expect, it } from 'vitest';
import { extractEmployerSector } from '../../src/nlu/entities/employer-sector.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

const sectorOf = (text: string) => extractEmployerSector(tokenize(normalize(text)));

describe('public or private employer named in a message', () => {
  it.each([
    "Je travaille pour une mairie, la commune peut-elle toucher l'aide à l'embauche ?",
    'nous sommes une collectivité territoriale et recrutons un apprenti',
    'le conseil départemental peut-il prendre un apprenti ?',
    "je suis DRH d'un centre hospitalier",
    'un EHPAD public a-t-il droit à la prime ?',
    'employeur public, apprenti RQTH, quelle aide ?',
    'la communauté de communes embauche un apprenti jardinier',
    'on est dans la fonction publique territoriale',
    "je suis maire d'un village du Calvados, on peut avoir l'aide ?",
    'en tant que maire je veux prendre une apprentie aux espaces verts',
    "adjoint au maire, on embauche un apprenti, quelle prime ?",
    'notre ehpad communal voudrait un apprenti aide-soignant',
  ])('public: %s', (text) => {
    expect(sectorOf(text)).toBe('public');
  });

  it.each(['nous sommes une entreprise privée de 40 salariés', 'secteur privé, 12 personnes'])('private: %s', (text) => {
    expect(sectorOf(text)).toBe('prive');
  });

  it.each([
    "j'habite dans une petite commune près de Caen",
    'je veux un BTS gestion de la PME',
    'boulangerie de 8 salariés, quelle aide pour un CAP ?',
    "je suis au lycée, je veux travailler dans l'administration",
    'ma commune est loin du CFA',
    "le maire de mon village m'a parlé de l'apprentissage",
    "je fais mon stage dans un ehpad, c'est payé ?",
  ])('neither (a town, a trade, a school, a firm of unknown kind): %s', (text) => {
    expect(sectorOf(text)).toBeUndefined();
  });
});
