/**
 * The diploma types a person names, as the `type` values of diplomes.yaml they cover: "BTS" also means the
 * agricultural BTSA, "CAP" the CAPA. Keys are the canonical names used in the profile.
 */
const TYPES: Readonly<Record<string, readonly string[]>> = {
  CAP: ['CAP', 'CAPA'],
  'Bac pro': ['Bac pro'],
  BP: ['BP', 'BPA'],
  MC: ['MC'],
  BTS: ['BTS', 'BTSA'],
  BUT: ['BUT', 'DUT'],
  'Licence pro': ['Licence pro'],
  Licence: ['Licence', 'Licence pro', 'Bachelor'],
  Master: ['Master'],
  'Diplôme d\'ingénieur': ["Diplôme d'ingénieur"],
  'Titre pro': ['Titre pro'],
};

export function diplomaTypesFor(type: string): readonly string[] {
  return TYPES[type] ?? [type];
}

export const KNOWN_DIPLOMA_TYPES = Object.keys(TYPES);

/** European level of a diploma type, for the aids (3 = CAP … 7 = master). */
export const LEVEL_OF_TYPE: Readonly<Record<string, number>> = {
  CAP: 3,
  'Bac pro': 4,
  BP: 4,
  BTS: 5,
  BUT: 6,
  'Licence pro': 6,
  Licence: 6,
  Master: 7,
  "Diplôme d'ingénieur": 7,
};
