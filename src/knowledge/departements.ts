/**
 * The five départements of Normandy and their prefectures (INSEE COG: the chef-lieu of each département). A list of
 * the sites in a département starts from its prefecture, the town people of the département most often travel to.
 * Names as the COG writes them; how to say "in" each one is in messages.fr.yaml (`place.in_departement.<code>`).
 */
export interface NormandyDepartement {
  code: '14' | '27' | '50' | '61' | '76';
  name: string;
  /** INSEE code of the prefecture (Caen, Évreux, Saint-Lô, Alençon, Rouen). */
  prefecture: string;
}

export const NORMANDY_DEPARTEMENTS: readonly NormandyDepartement[] = [
  { code: '14', name: 'Calvados', prefecture: '14118' },
  { code: '27', name: 'Eure', prefecture: '27229' },
  { code: '50', name: 'Manche', prefecture: '50502' },
  { code: '61', name: 'Orne', prefecture: '61001' },
  { code: '76', name: 'Seine-Maritime', prefecture: '76540' },
];

export function normandyDepartement(code: string): NormandyDepartement | undefined {
  return NORMANDY_DEPARTEMENTS.find((d) => d.code === code);
}

export function isDepartementCode(code: string): boolean {
  return normandyDepartement(code) !== undefined;
}
