/**
 * Short diploma types, from the long type names of Certif Info, the abbreviations of the France compétences kit
 * and the first three characters of a CFD. Order matters: the first matching rule wins.
 */
const CERTIF_TYPE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Certificat d'aptitude professionnelle agricole/i, 'CAPA'],
  [/^Certificat d'aptitude professionnelle/i, 'CAP'],
  [/^Baccalauréat professionnel/i, 'Bac pro'],
  [/^Baccalauréat technologique/i, 'Bac techno'],
  [/^Brevet professionnel agricole/i, 'BPA'],
  [/^Brevet professionnel de la jeunesse/i, 'BPJEPS'],
  [/^Brevet professionnel/i, 'BP'],
  [/^Brevet de technicien supérieur agricole/i, 'BTSA'],
  [/^Brevet de technicien supérieur maritime/i, 'BTSM'],
  [/^Brevet de technicien supérieur/i, 'BTS'],
  [/^Brevet de technicien/i, 'BT'],
  [/^Brevet des métiers d'art/i, 'BMA'],
  [/^Diplôme des métiers d'art/i, 'DMA'],
  [/^Diplôme national des métiers d'art et du design/i, 'DN MADE'],
  [/^Diplôme supérieur des arts appliqués/i, 'DSAA'],
  [/^Diplôme national d'art/i, 'DNA'],
  [/^Mention complémentaire/i, 'MC'],
  [/^Certificat de spécialisation/i, 'CS'],
  [/^Diplôme de spécialisation professionnelle/i, 'DSP'],
  [/^Titre professionnel/i, 'Titre pro'],
  [/^Bachelor universitaire de technologie/i, 'BUT'],
  [/^Diplôme universitaire de technologie/i, 'DUT'],
  [/^Diplôme d'études universitaires scientifiques et techniques/i, 'DEUST'],
  [/^Licence professionnelle/i, 'Licence pro'],
  [/^Licence/i, 'Licence'],
  [/^Bachelor/i, 'Bachelor'],
  [/^Master/i, 'Master'],
  [/^Diplôme d'ingénieur/i, "Diplôme d'ingénieur"],
  [/^Diplôme d'école de commerce/i, "Diplôme d'école de commerce"],
  [/^Diplôme d'Etat supérieur de la jeunesse/i, 'DESJEPS'],
  [/^Diplôme d'Etat de la jeunesse/i, 'DEJEPS'],
  [/^Certificat professionnel de la jeunesse/i, 'CPJEPS'],
  [/^Autre diplôme d'Etat/i, "Diplôme d'État"],
  [/^Autre titre inscrit sur demande au RNCP/i, 'Titre RNCP'],
  [/^Certificat de qualification professionnelle/i, 'CQP'],
  [/^Doctorat/i, 'Doctorat'],
];

export function typeFromCertifInfo(longType: string): string | undefined {
  for (const [re, type] of CERTIF_TYPE_RULES) if (re.test(longType.trim())) return type;
  return longType.trim() ? 'Autre certification' : undefined;
}

const KIT_TYPES: Readonly<Record<string, string>> = {
  CAP: 'CAP',
  CAPA: 'CAPA',
  'BAC PRO': 'Bac pro',
  BP: 'BP',
  BPA: 'BPA',
  BTS: 'BTS',
  BTSA: 'BTSA',
  BTSMARIT: 'BTSM',
  BUT: 'BUT',
  DUT: 'DUT',
  CS: 'CS',
  MC4: 'MC',
  MC5: 'MC',
  TP: 'Titre pro',
  'LICENCE PROFESSIONNELLE': 'Licence pro',
  LICENCE: 'Licence',
  MASTER: 'Master',
  'TITRE INGÉNIEUR': "Diplôme d'ingénieur",
  'TITRE INGENIEUR': "Diplôme d'ingénieur",
  DE: "Diplôme d'État",
  BMA: 'BMA',
  DMA: 'DMA',
  DEUST: 'DEUST',
  BPJEPS: 'BPJEPS',
  DEJEPS: 'DEJEPS',
  DESJEPS: 'DESJEPS',
  DSP: 'DSP',
};

export function typeFromKit(abbrev: string): string | undefined {
  const k = abbrev.trim().toUpperCase();
  if (!k || k === 'NR') return undefined;
  return KIT_TYPES[k] ?? 'Titre RNCP';
}

/** Éduscol's "Diplôme" column: CAP, BAC PRO, BP, BTS, MC4, MC3, … */
export function typeFromEduscol(s: string): string | undefined {
  const k = s.trim().toUpperCase();
  if (k === 'CAP') return 'CAP';
  if (k === 'BAC PRO') return 'Bac pro';
  if (k === 'BP') return 'BP';
  if (k === 'BTS') return 'BTS';
  if (k.startsWith('MC')) return 'MC';
  if (k.startsWith('CS')) return 'CS';
  if (k === 'BMA') return 'BMA';
  return k ? 'Autre' : undefined;
}

/** BCN codes: the first three characters of a CFD give the kind of diploma. */
export function typeFromCfd(cfd: string): string | undefined {
  const p = cfd.slice(0, 3);
  const byPrefix: Record<string, string> = {
    '500': 'CAP', '503': 'CAPA', '400': 'Bac pro', '403': 'Bac pro', '450': 'BP', '453': 'BP', '320': 'BTS',
    '323': 'BTSA', '010': 'MC', '011': 'MC', '561': 'CS', '461': 'CS', '250': 'Licence pro',
  };
  return byPrefix[p];
}

/** European level from the old French level carried by the CFD's first digit (V → 3, IV → 4, III → 5, …). */
export function levelFromCfd(cfd: string): number | undefined {
  const d = cfd.charAt(0);
  const byDigit: Record<string, number> = { '0': 3, '5': 3, '4': 4, '3': 5, '2': 6, '1': 7 };
  return byDigit[d];
}

/** "Niveau 5" → 5; other text → undefined. */
export function levelFromText(s: string): number | undefined {
  const m = /(\d)/.exec(s);
  return m ? Number(m[1]) : undefined;
}
