import { normandyDepartement } from '../../src/knowledge/departements.js';
import type { UnplacedSite } from '../../src/knowledge/search.js';
import { say, type Turn } from './turn.js';

/** Sites named one by one in the sentence; the rest are counted only (La bonne alternance has them all). */
const SITES_NAMED = 3;
/** Courses named per site, newest catalogue first. */
const COURSES_PER_SITE = 2;

/**
 * Whether the answer says that the course exists at sites it cannot place ("also": after a list of places it could
 * place; "only": when it could place none), and the sentence that says so.
 */
export interface UnplacedMention {
  sites: readonly UnplacedSite[];
  text: string;
  /** The catalogues quoted, for the card's sources. */
  sourceIds: readonly string[];
}

/**
 * The sites of one département (else, when `orAnywhere`, of all Normandy) that a catalogue lists with one of the
 * courses but that no file places in a commune (review 21, J11: "rien à moins de 100 km de Rouen" while Parcoursup
 * 2024 lists a BTS SIO at a Seine-Maritime UAI). Said as existing there but not placed, with their UAI (or name) and
 * who can say where they are, never given a distance: no absence is stated that the data contradicts.
 */
export function unplacedMention(turn: Turn, diplomaIds: readonly string[], where: { departement?: string; orAnywhere?: boolean; also: boolean }): UnplacedMention | undefined {
  if (diplomaIds.length === 0) return undefined;
  const search = turn.kb.search;
  let sites = where.departement ? search.unplacedOffering(diplomaIds, where.departement) : [];
  if (sites.length === 0 && (where.orAnywhere || !where.departement)) sites = search.unplacedOffering(diplomaIds);
  if (sites.length === 0) return undefined;
  const departements = [...new Set(sites.map((s) => s.departement))];
  const inArea = departements.length === 1 ? say(turn, `place.in_departement.${departements[0]!}`) : inNormandy(turn, sites);
  const years = [...new Set(sites.flatMap((s) => s.offers.map((o) => o.year)))].sort((a, b) => b - a);
  // One course at every site is named once, in the sentence; several, each site with its own.
  const titles = [...new Set(sites.flatMap((s) => s.offers.map((o) => o.diploma.title)))];
  const course = titles.length === 1 ? say(turn, 'training.unplaced.course', { title: titles[0]! }) : say(turn, 'training.unplaced.this_course');
  const named = sites.slice(0, SITES_NAMED).map((s) => siteWords(turn, s, titles.length > 1));
  const listed = sites.length > SITES_NAMED ? `${named.join(' ; ')} ; …` : named.join(' ; ');
  const key = `training.unplaced.${where.also ? 'also' : 'only'}.${sites.length === 1 ? 'one' : 'many'}`;
  const text = say(turn, key, { in_area: where.also ? inArea : capitalised(inArea), year: years.map(String).join(', '), count: sites.length, sites: listed, course });
  return { sites, text, sourceIds: [...new Set(sites.flatMap((s) => s.offers.map((o) => o.source)))].sort() };
}

/** "code UAI 0763522R", with its courses when the sites differ in them, and the site's name first when the data has it. */
function siteWords(turn: Turn, site: UnplacedSite, withCourses: boolean): string {
  const courses = [...new Set(site.offers.map((o) => o.diploma.title))].slice(0, COURSES_PER_SITE).join(', ');
  const key = `training.unplaced.site${site.name ? '_named' : ''}${withCourses ? '_courses' : ''}`;
  return say(turn, key, { name: site.name ?? '', uai: site.uai, courses });
}

/** "en Normandie (Calvados 2, Seine-Maritime 3)": sites of several départements, counted by département. */
function inNormandy(turn: Turn, sites: readonly UnplacedSite[]): string {
  const counts = new Map<string, number>();
  for (const s of sites) counts.set(s.departement, (counts.get(s.departement) ?? 0) + 1);
  const byDepartement = [...counts]
    .map(([code, count]) => say(turn, 'training.where_taught_count', { departement: normandyDepartement(code)?.name ?? code, count }))
    .join(', ');
  return say(turn, 'training.unplaced.in_normandy', { by_departement: byDepartement });
}

/** "en Seine-Maritime" → "En Seine-Maritime": the place opens the sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
