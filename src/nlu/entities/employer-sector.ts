import type { EmployerSector } from '../../knowledge/schema/aid.js';

/**
 * Public or private employer, when the message names one. Why: the State's hiring aid excludes public employers
 * (collectivités, établissements publics administratifs); without this a town hall was told the private-sector
 * amounts. Only words that name an employer count: "commune" alone also means the person's town, so it counts only
 * as the subject of hiring ("la commune peut…", "pour notre commune"); "administration" or "lycée" are trades and
 * schools as often as employers, and are left out.
 */
const PUBLIC = new RegExp(
  `\\b(?:${[
    'mairies?',
    // A mayor speaks for the town hall: "je suis maire", "en tant que maire", "maire d'une commune", "adjoint au maire".
    '(?:je suis|en tant que|en tant qu|nous sommes) (?:le |la |l )?(?:maire|adjointe? au maire)',
    'maire (?:d une|de (?:la|notre|ma)) (?:commune|ville|village|petite commune)',
    'adjointe? au maire',
    '(?:la|notre|une) commune (?:peut|peuvent|recrute|embauche|touche|voudrait|veut|souhaite|cherche|accueille|prend)',
    'pour (?:la|notre) commune',
    // The speaker introducing the town hall as "we": "nous sommes une commune de l'Orne", "on est une petite commune".
    // Only as what "we" are: "on est dans une commune" is where one lives.
    '(?:nous sommes|on est|on represente|je represente) (?:une|la|notre) (?:petite |grande )?(?:commune|municipalite|ville|mairie|collectivite)',
    'collectivites?',
    'communaute (?:de communes|d agglomeration|urbaine)',
    'intercommunalite',
    'conseil (?:departemental|regional|municipal)',
    'fonction publique',
    '(?:employeurs?|secteur|structure|etablissement|organisme|service|hopital|ehpad) publics?',
    'chu',
    'hopitaux publics',
    'ehpad (?:public|publics|communal|municipal|territorial)',
    'centre hospitalier',
  ].join('|')})\\b`,
);
const PRIVATE = /\b(?:employeurs? prives?|entreprise privee|secteur prive|societe privee|structure privee|clinique privee)\b/;

export function extractEmployerSector(tokens: readonly string[]): EmployerSector | undefined {
  const text = tokens.join(' ');
  if (PRIVATE.test(text)) return 'prive';
  return PUBLIC.test(text) ? 'public' : undefined;
}
