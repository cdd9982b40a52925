import type { Diploma } from '../../src/knowledge/schema/diploma.js';
import { normalize, tokenize } from '../../src/text/normalize.js';

/** Letters a word of the request and a word of a title share at their start to be of one family. */
const KIN_PREFIX = 6;

/**
 * The trade's diplomas whose titles carry a word of the request's family ("électricien" → the Bac pro "métiers de
 * l'électricité…", "carrossier" → "CAP carrosserie"): the courses of that trade at other levels, which a title match
 * on the whole request misses. The trade's links are wide (the baker's ROME also leads to a rural services CAPA):
 * only a shared word start ties a diploma to what was asked, so those linked by the ROME alone stay out.
 */
export function diplomasOfRequestFamily(request: string, diplomas: readonly Diploma[]): Diploma[] {
  const starts = tokenize(normalize(request))
    .filter((w) => w.length >= KIN_PREFIX)
    .map((w) => w.slice(0, KIN_PREFIX));
  if (starts.length === 0) return [];
  return diplomas.filter((d) => tokenize(normalize(d.title)).some((w) => starts.includes(w.slice(0, KIN_PREFIX))));
}
