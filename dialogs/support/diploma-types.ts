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
  Ingénieur: ["Diplôme d'ingénieur"],
  'Titre pro': ['Titre pro'],
};

export function diplomaTypesFor(type: string): readonly string[] {
  return TYPES[type] ?? [type];
}
