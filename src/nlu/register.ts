import type { Register } from '../knowledge/schema/vocabulary.js';

/** Words that address the reader as `vous` ("pouvez-vous", "votre fille"): a parent, an employer, anyone polite. */
const VOUS: ReadonlySet<string> = new Set(['vous', 'votre', 'vos']);
/**
 * Words that address the reader as `tu` ("tu peux", "t'es qui", "dis-moi toi"). Not "te": the normaliser also gives it
 * for the "-t-" of an inversion ("sera-t-elle").
 */
const TU: ReadonlySet<string> = new Set(['tu', 'toi', 'ton', 'tes']);

/**
 * The register the person writes in, from the words that address the bot: `vous` as soon as they write `vous`, `tu`
 * when they write `tu`; undefined when the message uses neither, or both (then the conversation's register stays).
 */
export function registerWritten(tokens: readonly string[]): Register | undefined {
  // "svp" and "stp" (expanded to "s'il vous plaît", "s'il te plaît") are everyone's shorthand, not a register.
  const words = tokens.join(' ').replace(/\bsi il (?:vous|te) plait\b/g, ' ').split(' ');
  const vous = words.some((t) => VOUS.has(t));
  const tu = words.some((t) => TU.has(t));
  // "Bonjour, je souhaiterais connaître…, cordialement": a formal letter addresses no one by name, yet it is vous.
  if (!vous && !tu && words.some((t) => FORMAL.has(t))) return 'vous';
  if (vous === tu) return undefined;
  return vous ? 'vous' : 'tu';
}

/** Words of a formal letter, written by someone who expects `vous` even when the message addresses no one. */
const FORMAL: ReadonlySet<string> = new Set(['souhaiterais', 'souhaiterions', 'cordialement', 'madame', 'monsieur', 'veuillez', 'salutations']);
