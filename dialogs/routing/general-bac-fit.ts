import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import { CLEAR_TRADE } from './thresholds.js';
import { APPRENTICESHIP_WORD } from '../../src/nlu/apprenticeship-word.js';

/** The entry on apprenticeship after a general (or technological) bac. */
export const AFTER_GENERAL_BAC_ENTRY = 'apres-bac-general';

/** In (or through) a general or technological final year: "en terminale générale", "j'ai un bac techno", "en tle STMG". */
const GENERAL_TRACK =
  /\b(?:terminale|term|tle|bac|bachelier|bacheliere)\s+(?:generale?s?|gene|techno|technologique|stmg|sti2d|st2s|stl|stav|std2a|sti|es|s|l)\b|\b(?:terminale|tle)\b(?!\s+(?:pro|professionnelle|bac pro|cap))(?=.*\b(?:generale?|techno|stmg|sti2d|st2s)\b)/;
/** Whether it suits or is open to them: "c'est fait pour moi ?", "c'est possible ?", "je peux ?", "ça vaut le coup ?". */
const FITS_ME =
  /\b(?:fait pour moi|pour moi|possible|envisageable|je peux|je pourrais|on peut|ca vaut le coup|vaut le coup|adapte|adaptee|une bonne idee|bonne idee|ouvert|ouverte)\b/;

/**
 * "je suis en terminale générale, l'apprentissage c'est fait pour moi ?", "bac techno, l'alternance c'est possible ?":
 * whether apprenticeship is open after a general bac is that entry's question (yes, mostly in higher education: BTS,
 * BUT, licence pro…). The class told first is an introduction the FAQ search leaves aside, so this reads it whole.
 */
export function generalBacFitAsked(u: Understanding): boolean {
  if (u.kind !== 'text' || u.aid !== undefined || namesPlace(u) || (u.trade !== undefined && u.trade.score >= CLEAR_TRADE)) return false;
  return GENERAL_TRACK.test(u.normalized) && APPRENTICESHIP_WORD.test(u.normalized) && FITS_ME.test(u.normalized);
}
