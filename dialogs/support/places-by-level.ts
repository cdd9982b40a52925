import type { Diploma } from '../../src/knowledge/schema/diploma.js';
import type { NearbyEstablishment } from '../../src/knowledge/search.js';
import type { Profile } from './state.js';

/**
 * Review 16 (J1): near Argentan the only place within 20 km taught a BTS, which needs the bac, to a young person about
 * to start; the CAP and Bac pro 57 km away were never named. The places shown are weighed against the level the person
 * can enter: when none of them fits, the nearest places that do are named too, in one line of the answer.
 */

/**
 * The highest diploma level the person can enter now: after the 3e (or without a diploma) a CAP or a bac pro (level
 * 4 at most); with a diploma, the next level. Unknown, the courses entered without the bac (level 4 at most): the
 * person may be about to start, and a bac holder may still take them.
 */
export function entryLevelMax(profile: Profile): number {
  const held = profile.levelHeld;
  if (held === undefined || held <= 2) return 4;
  return held + 1;
}

/** The diplomas the person can enter, among those asked: the other-level search is about these. */
export function diplomasThatFit(diplomas: readonly Diploma[], max: number): Diploma[] {
  return diplomas.filter((d) => d.level <= max);
}

/** No offer shown at the places found fits, while some diplomas asked do: the nearer places teach other levels only. */
export function onlyOtherLevelsShown(results: readonly NearbyEstablishment[], shownPerPlace: number, max: number): boolean {
  const shown = results.flatMap((r) => r.offers.slice(0, shownPerPlace));
  return shown.length > 0 && shown.every((o) => o.diploma.level > max);
}

/** "CAP", "Bac pro", "BTS"… from a diploma's title, to name a level in words ("seulement un BTS"). */
export function diplomaKind(d: Diploma): string {
  const m = /^(CAPa|CAP|Bac pro|BTSA|BTS|BP|BUT|BMA|MC|Licence professionnelle|Licence pro|Licence|Master|Titre professionnel|Diplôme d'ingénieur)\b/i.exec(d.title);
  return m ? m[1]! : d.title;
}

/** Kinds in order of level, each once: "CAP ou Bac pro". */
export function kindsOf(diplomas: readonly Diploma[]): string[] {
  const sorted = [...diplomas].sort((a, b) => a.level - b.level);
  return [...new Set(sorted.map(diplomaKind))];
}
