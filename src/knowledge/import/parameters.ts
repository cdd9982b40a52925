/**
 * CLI: builds knowledge/parametres.yaml (SMIC and pay grids) from ../shared/data/aides/salaire_apprenti_grille.json.
 * Usage: npx tsx src/knowledge/import/parameters.ts [--data ../shared/data] [--out knowledge/parametres.yaml]
 * The numbers are copied, never typed by hand, so that the YAML always equals the source file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { stringify } from 'yaml';
import { parametersFileSchema, type Parameters } from '../schema/parameters.js';

const GRID_FILE = 'aides/salaire_apprenti_grille.json';
const FICHE_APPRENTISSAGE = 'https://travail-emploi.gouv.fr/le-contrat-dapprentissage';
const FICHE_PRO = 'https://travail-emploi.gouv.fr/le-contrat-de-professionnalisation';
const FICHE_TEMPS_MINEURS = 'https://travail-emploi.gouv.fr/le-temps-de-travail-des-jeunes-de-moins-de-18-ans';

const yearsSchema = z.object({ annee_1: z.number(), annee_2: z.number(), annee_3: z.number(), annee_4: z.number() });
const proSchema = z.object({ inferieurBac: z.number(), bacEtPlus: z.number() });

/** Only the fields we use; the source file may carry more. */
const gridSchema = z.object({
  date_derniere_mise_a_jour_lba: z.string(),
  smic_metropole: z.object({
    brut_horaire: z.number(),
    brut_mensuel: z.number(),
    net_horaire: z.number(),
    net_mensuel: z.number(),
    source: z.string(),
  }),
  apprentissage_pourcentage_smic: z.object({
    '14-17': yearsSchema,
    '18-20': yearsSchema,
    '21-25': yearsSchema,
    '26+': yearsSchema,
  }),
  contrat_professionnalisation_pourcentage_smic: z.object({
    '14-20': proSchema,
    '21-25': proSchema,
    '26+': proSchema,
  }),
});
type Grid = z.infer<typeof gridSchema>;

function years(y: z.infer<typeof yearsSchema>): Parameters['apprentice_pay']['bands'][number]['percent_by_year'] {
  return { year_1: y.annee_1, year_2: y.annee_2, year_3: y.annee_3, year_4: y.annee_4 };
}

export function buildParameters(grid: Grid): Parameters {
  const dataDate = grid.date_derniere_mise_a_jour_lba;
  const smicUrl = /https:\/\/\S+/.exec(grid.smic_metropole.source)?.[0];
  const a = grid.apprentissage_pourcentage_smic;
  const p = grid.contrat_professionnalisation_pourcentage_smic;
  const params = {
    data_date: dataDate,
    source: {
      producer: 'La bonne alternance (mission-apprentissage), simulateur alternant',
      file: GRID_FILE,
      licence: 'MIT',
      data_date: dataDate,
    },
    smic: {
      gross_hourly: grid.smic_metropole.brut_horaire,
      gross_monthly: grid.smic_metropole.brut_mensuel,
      net_hourly: grid.smic_metropole.net_horaire,
      net_monthly: grid.smic_metropole.net_mensuel,
      value_date: dataDate,
      source: { producer: 'Service-public.fr (DILA)', ...(smicUrl ? { url: smicUrl } : {}), file: GRID_FILE, data_date: dataDate },
    },
    apprentice_pay: {
      // Entry is from 16 (15 after the 3e) and before 30; the rule answers "out of range" outside 15-30.
      min_age: 15,
      max_age: 30,
      bands: [
        { id: '14-17', min_age: 14, max_age: 17, percent_by_year: years(a['14-17']), collective_minimum_may_apply: false },
        { id: '18-20', min_age: 18, max_age: 20, percent_by_year: years(a['18-20']), collective_minimum_may_apply: false },
        { id: '21-25', min_age: 21, max_age: 25, percent_by_year: years(a['21-25']), collective_minimum_may_apply: true },
        { id: '26+', min_age: 26, max_age: null, percent_by_year: years(a['26+']), collective_minimum_may_apply: true },
      ],
      // Fiche "Le contrat d'apprentissage aménagé" (25/07/2023): +15 points during the extra year.
      disability_extension_bonus_points: 15,
      source: { producer: 'Ministère du Travail (travail-emploi.gouv.fr)', url: FICHE_APPRENTISSAGE, data_date: '2026-02-12' },
    },
    professionalisation_pay: {
      bands: [
        // The contrat de professionnalisation starts at 16.
        { id: 'under-21', min_age: 16, max_age: 20, below_bac: p['14-20'].inferieurBac, bac_or_higher: p['14-20'].bacEtPlus, collective_minimum_may_apply: false },
        { id: '21-25', min_age: 21, max_age: 25, below_bac: p['21-25'].inferieurBac, bac_or_higher: p['21-25'].bacEtPlus, collective_minimum_may_apply: false },
        // Fiche "Le contrat de professionnalisation" (06/08/2025): from 26, at least the SMIC or 85 % of the branch's
        // conventional minimum if that is more; the grid file has no field for the 85 %.
        { id: '26+', min_age: 26, max_age: null, below_bac: p['26+'].inferieurBac, bac_or_higher: p['26+'].bacEtPlus, collective_minimum_may_apply: true, collective_minimum_percent: 85 },
      ],
      source: { producer: 'Ministère du Travail (travail-emploi.gouv.fr)', url: FICHE_PRO, data_date: '2025-08-06' },
    },
    // Not in the grid file: the law's limits for the under-18s, copied from the fiche "Le temps de travail des jeunes
    // de moins de 18 ans" (checked 2026-11-27, the date of the FAQ entries that state them), so that the rule reading
    // a minor's told hours (dialogs/support/work-time-over.ts) has them with a source instead of constants in code.
    minor_work_limits: {
      week_max_hours: 35,
      day_max_hours: 8,
      // Building, public-works and landscaping sites (R3162-1, décret n° 2018-1139): checked 2026-12-07.
      site_week_max_hours: 40,
      site_day_max_hours: 10,
      break_after_hours: 4.5,
      break_minutes: 30,
      night_from: 22,
      night_from_younger: 20,
      night_to: 6,
      daily_rest_hours: 12,
      daily_rest_hours_younger: 14,
      stricter_below_age: 16,
      legal_basis: 'Code du travail, art. L3162-1 (8 h par jour, 35 h par semaine), R3162-1 et décret n° 2018-1139 du 13 décembre 2018 (chantiers du bâtiment, des travaux publics et des espaces paysagers : jusqu\'à 10 h par jour et 40 h par semaine sans autorisation), L3162-2 (pause de 30 minutes après 4 h 30), L3163-1 et L3163-2 (nuit : 22 h-6 h, 20 h-6 h avant 16 ans), L3164-1 (repos quotidien de 12 h, 14 h avant 16 ans)',
      source: { producer: 'Ministère du Travail (travail-emploi.gouv.fr)', url: FICHE_TEMPS_MINEURS, data_date: '2026-11-27' },
      verified_on: '2026-11-27',
    },
  };
  return parametersFileSchema.parse(params);
}

export function readGrid(dataDir: string): Grid {
  return gridSchema.parse(JSON.parse(readFileSync(resolve(dataDir, GRID_FILE), 'utf8')));
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Writes knowledge/parametres.yaml from the grid in the data folder; returns the SMIC it holds. */
export function writeParametersFile(dataDir: string, out: string): Parameters {
  const params = buildParameters(readGrid(dataDir));
  const header =
    `# GENERATED by src/knowledge/import/parameters.ts from ../shared/data/${GRID_FILE}; do not edit by hand.\n` +
    '# SMIC and minimum pay grids (% of SMIC) for apprentices and contrats de professionnalisation; the under-18s\' working\n' +
    '# time limits (minor_work_limits: copied from the Ministère du Travail\'s fiche, with its date, not from the grid).\n' +
    // Blind writer 11 read the field name as any bac; the law and the bot's sentences say "bac professionnel ou plus".
    '# Contrat pro: below_bac / bac_or_higher = the qualification held before the contract, below or at least equal to a\n' +
    '# bac PROFESSIONNEL or a professional title or diploma of that level (Code du travail, art. D6325-15), not any bac.\n';
  writeFileSync(out, header + stringify(params, { lineWidth: 0 }));
  return params;
}

function main(args: readonly string[]): void {
  const out = argValue(args, '--out') ?? 'knowledge/parametres.yaml';
  const params = writeParametersFile(argValue(args, '--data') ?? '../shared/data', out);
  console.log(`wrote ${out} (SMIC ${params.smic.gross_monthly} € on ${params.smic.value_date})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
