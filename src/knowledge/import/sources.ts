import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../schema/common.js';
import { byString } from './text.js';

/** Ids of the sources, as they appear in each YAML file's `sources:` map and in records. */
export type SourceId =
  | 'rome'
  | 'rome_appellations'
  | 'lba'
  | 'onisep_metiers'
  | 'onisep_passage'
  | 'certif_info'
  | 'kit_apprentissage'
  | 'eduscol'
  | 'inserjeunes'
  | 'affelnet'
  | 'affelnet_apprentissage'
  | 'parcoursup'
  | 'parcoursup_bts'
  | 'cfa_conventions'
  | 'cog'
  | 'departements'
  | 'coords';

interface FileSpec {
  dir: string;
  /** File name pattern; group 1, when present, carries a date or year used as data date or version. */
  pattern: RegExp;
}

/**
 * File names carry the date of a release (kit_apprentissage_20231218.csv): match by pattern and take the newest,
 * so that dropping a newer export beside the old one is enough.
 */
export const FILE_SPECS: Record<SourceId, FileSpec> = {
  rome: { dir: 'rome', pattern: /^unix_referentiel_code_rome_v(\d+)_utf8\.csv$/ },
  rome_appellations: { dir: 'rome', pattern: /^unix_referentiel_appellation_v(\d+)_utf8\.csv$/ },
  lba: { dir: 'rome', pattern: /^lba_rome_sous_domaines_(\d{4}-\d{2}-\d{2})\.csv$/ },
  onisep_metiers: { dir: 'onisep', pattern: /^ideo_metiers_onisep\.csv$/ },
  onisep_passage: { dir: 'onisep', pattern: /^table_de_passage_certifinfo_rncp_cfd_onisep\.csv$/ },
  certif_info: { dir: 'certifications', pattern: /^certif_info\.csv$/ },
  kit_apprentissage: { dir: 'certifications', pattern: /^kit_apprentissage_(\d{8})\.csv$/ },
  eduscol: { dir: 'certifications', pattern: /^diplomes_professionnels_eduscol\.csv$/ },
  inserjeunes: { dir: 'formations_normandie', pattern: /^inserjeunes_normandie_par_formation\.csv$/ },
  affelnet: { dir: 'formations_normandie', pattern: /^affelnet_(\d{4})_offres_cfa_normandie\.csv$/ },
  // The 2025 Affelnet and 2024 Parcoursup exports of the ministries' steering tool (another shape, other columns).
  affelnet_apprentissage: { dir: 'formations_normandie', pattern: /^affelnet_(\d{4})_apprentissage_normandie\.csv$/ },
  parcoursup: { dir: 'formations_normandie', pattern: /^parcoursup_(\d{4})_formations_apprentissage_normandie\.csv$/ },
  parcoursup_bts: { dir: 'formations_normandie', pattern: /^parcoursup_(\d{4})_bts_apprentissage_normandie\.csv$/ },
  cfa_conventions: { dir: 'formations_normandie', pattern: /^cfa_normandie_conventions_regionales_(\d{4})\.csv$/ },
  cog: { dir: 'geo', pattern: /^communes_normandie\.json$/ },
  departements: { dir: 'geo', pattern: /^departements\.json$/ },
  coords: { dir: 'geo', pattern: /^communes_normandie_coords\.csv$/ },
};

export interface LocatedFile {
  /** Absolute or --from-relative path to read. */
  path: string;
  /** Path relative to the data folder, as written in the `sources:` map. */
  file: string;
  /** Group 1 of the pattern ('' when the pattern has none). */
  tag: string;
}

export function locateFile(dataDir: string, id: SourceId): LocatedFile {
  const spec = FILE_SPECS[id];
  const names = readdirSync(join(dataDir, spec.dir))
    .filter((n) => spec.pattern.test(n))
    .sort(byString);
  const name = names[names.length - 1];
  if (name === undefined) throw new Error(`no file matching ${String(spec.pattern)} in ${join(dataDir, spec.dir)}`);
  const tag = spec.pattern.exec(name)?.[1] ?? '';
  return { path: join(dataDir, spec.dir, name), file: `${spec.dir}/${name}`, tag };
}

const LO = 'Licence Ouverte 2.0';

/** Producer, URL and licence of each source; the data date is filled in by the import from the data itself. */
export const SOURCE_META: Record<SourceId, Omit<Source, 'data_date' | 'file'>> = {
  rome: { producer: 'France Travail — ROME 4.0', url: 'https://www.francetravail.org/opendata/repertoire-operationnel-des-meti.html', licence: LO },
  rome_appellations: { producer: 'France Travail — ROME 4.0 (appellations)', url: 'https://www.francetravail.org/opendata/repertoire-operationnel-des-meti.html', licence: LO },
  lba: { producer: 'La bonne alternance — sous-domaines par code ROME', url: 'https://labonnealternance.apprentissage.beta.gouv.fr' },
  onisep_metiers: { producer: 'ONISEP — Idéo métiers', url: 'https://www.onisep.fr', licence: LO },
  onisep_passage: { producer: 'ONISEP — table de passage Certif Info / RNCP / CFD / Idéo', url: 'https://www.onisep.fr', licence: LO },
  certif_info: { producer: 'Réseau des Carif-Oref — Certif Info', url: 'https://github.com/mission-apprentissage/tjp-pilotage' },
  kit_apprentissage: { producer: "France compétences — kit de l'apprentissage", url: 'https://www.francecompetences.fr' },
  eduscol: { producer: 'Éduscol — diplômes professionnels', url: 'https://eduscol.education.fr', licence: LO },
  inserjeunes: { producer: 'DEPP / Dares — InserJeunes (Normandie)', url: 'https://www.inserjeunes.education.gouv.fr', licence: LO },
  affelnet: { producer: 'Affelnet — offres en CFA après la 3e (Normandie)', licence: LO },
  affelnet_apprentissage: { producer: 'Affelnet — offres en apprentissage après la 3e (Normandie)' },
  parcoursup: { producer: 'Parcoursup — formations en apprentissage (Normandie)', licence: LO },
  parcoursup_bts: { producer: 'Parcoursup — BTS en apprentissage (Normandie)' },
  cfa_conventions: { producer: 'Région Normandie — CFA conventionnés' },
  cog: { producer: 'INSEE COG via @etalab/decoupage-administratif', url: 'https://github.com/etalab/decoupage-administratif', licence: LO },
  departements: { producer: 'INSEE COG via @etalab/decoupage-administratif (départements)', url: 'https://github.com/etalab/decoupage-administratif', licence: LO },
  coords: { producer: 'Centroïdes des communes (IGN ADMIN EXPRESS, INSEE COG)', licence: LO },
};
