import type { DiplomaRecord } from './diplomas.js';
import { foldKey, uniqSorted } from './text.js';

/**
 * A BTS whose options share their first year has a code of its own for that year ("Services informatiques aux
 * organisations bts 1ère année", "… (1ère année commune)"). Catalogues list the course under that code (Parcoursup
 * 2024: BTS SIO in apprenticeship at eight sites), but the certification files give it no trade and no session, so
 * it was written inactive and tradeless: the course was in the data and never shown (review 18, X3).
 *
 * Here such a record takes what its options say: the trades they lead to, "still taking apprentices" when one of
 * them does, a title that says which diploma it is the first year of, and `common_year_of` naming the options.
 * Options are records of the same type and CFD group (first five characters) whose title holds the common year's
 * whole specialty; a common year with no option in the data is left as it is.
 */

/** "1ère année", "1ere annee commune", "première année" in a folded title. */
const FIRST_YEAR = /\b(?:1ere|1re|premiere) annee(?: commune)?\b/;
/** Words around the specialty that say the kind or the year, not the specialty. */
const NOT_SPECIALTY = /\b(?:bts|btsa|1ere|1re|premiere|annee|commune)\b/g;

/** The specialty of a common-year title, folded: "services informatiques aux organisations". */
function specialtyOf(title: string): string {
  return foldKey(title).replace(NOT_SPECIALTY, ' ').replace(/\s+/g, ' ').trim();
}

export function isCommonFirstYear(d: DiplomaRecord): boolean {
  return FIRST_YEAR.test(foldKey(d.title));
}

/** The records a common first year opens onto: same type, same CFD group, the whole specialty in their title. */
export function optionsOf(common: DiplomaRecord, all: readonly DiplomaRecord[]): DiplomaRecord[] {
  const specialty = specialtyOf(common.title);
  if (!common.cfd || specialty.length === 0) return [];
  const group = common.cfd.slice(0, 5);
  return all.filter(
    (d) => d.id !== common.id && d.type === common.type && d.cfd?.startsWith(group) === true && !isCommonFirstYear(d) && ` ${foldKey(d.title)} `.includes(` ${specialty} `),
  );
}

/** "BTS services informatiques aux organisations (1ère année commune)", from the first option's wording. */
function commonTitle(common: DiplomaRecord, options: readonly DiplomaRecord[]): string {
  const first = options[0];
  const cut = first ? first.title.search(/\s+(?:option|opt\.)\s/i) : -1;
  const base = first && cut > 0 ? first.title.slice(0, cut) : common.title;
  return `${base.replace(/\s*[-–(]*\s*1(?:è|e)re ann(?:é|e)e(?: commune)?\)?\s*$/i, '').trim()} (1ère année commune)`;
}

/** Each common first year with its options' trades, activity and a readable title; other records unchanged. */
export function withCommonYears(diplomas: readonly DiplomaRecord[]): DiplomaRecord[] {
  return diplomas.map((d) => {
    if (!isCommonFirstYear(d)) return d;
    const options = optionsOf(d, diplomas).sort((a, b) => a.id.localeCompare(b.id));
    if (options.length === 0) return d;
    const romes = uniqSorted([...(d.romes ?? []), ...options.flatMap((o) => o.romes ?? [])]);
    const { onisep, outcomes, sources, ...head } = d;
    // Key order is the order written to YAML: the links after the trades, as the schema lists them.
    return {
      ...head,
      title: commonTitle(d, options),
      active: d.active || options.some((o) => o.active && o.apprenticeship),
      ...(romes.length > 0 ? { romes } : {}),
      common_year_of: options.map((o) => o.id),
      ...(onisep ? { onisep } : {}),
      ...(outcomes ? { outcomes } : {}),
      sources,
    };
  });
}
