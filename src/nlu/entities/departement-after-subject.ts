import { departementFromCode, NORMANDY_CODES, NORMANDY_NAMES, type DepartementFound } from './place.js';

/**
 * A Normandy département written bare at the end of a short search, after what is sought: "cap carrosserie eure",
 * "bac pro cuisine orne", "bts ndrc manche", "cap coiffure 14", "boulanger apprentissage 27". With an article ("dans
 * l'Eure", "le 27") place.ts reads it anywhere; bare, "eure", "orne" and "manche" are common words ("la manche de mon
 * pull") and a number is often an age or a length, so only the last word of a short search line counts, after a word
 * of training (a diploma, apprenticeship, a course) — the way people type a search box.
 */
// Glued as people type it in a search box ("seinemaritime"), besides the names place.ts reads.
const BARE_NAMES: ReadonlyMap<string, string> = new Map([...NORMANDY_NAMES, ['seinemaritime', '76']]);
/** A word of training that makes the line a search: a diploma, apprenticeship, a course, a school. */
const TRAINING_WORD = /^(?:cap|bac|bts|bp|but|bma|cs|mc|titre|licence|master|dut|brevet|diplome|formation|formations|apprentissage|alternance|apprenti|apprentie|cfa|ecole|lycee)$/;
/** A search line is short: the diploma, the trade, the place (longer messages say "dans l'Eure"). */
const MAX_TOKENS = 7;

export function departementAfterSubject(tokens: readonly string[]): DepartementFound | undefined {
  if (tokens.length < 2 || tokens.length > MAX_TOKENS) return undefined;
  const last = tokens[tokens.length - 1] as string;
  const lastTwo = tokens.slice(-2).join(' ');
  const named = BARE_NAMES.get(lastTwo) ?? BARE_NAMES.get(last);
  const span = BARE_NAMES.has(lastTwo) ? lastTwo : last;
  const code = named ?? (NORMANDY_CODES.has(last) ? last : undefined);
  if (code === undefined) return undefined;
  const before = tokens.slice(0, tokens.length - span.split(' ').length);
  if (before.length === 0 || !before.some((t) => TRAINING_WORD.test(t))) return undefined;
  return { ...departementFromCode(code), span };
}
