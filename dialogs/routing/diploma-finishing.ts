import type { Understanding } from '../../src/nlu/understanding.js';
import { OWN_QUESTION_CONCEPTS, namesConcept, namesPlace } from './facts.js';

/** The entry on what follows each diploma one is finishing (the same as for the diploma held). */
const NEXT_AFTER: Readonly<Record<string, string>> = { CAP: 'poursuite-apres-cap', 'Bac pro': 'poursuite-apres-bac-pro' };

/**
 * Finishing a diploma now: "je finis mon bac pro", "je termine mon CAP", "je finis un CAP boulanger", "en terminale bac
 * pro", "en dernière année de CAP", "je passe mon bac pro cette année"; or holding it soon: "j'aurai mon CAP en juin". The diploma is then the one being prepared, not one aimed at.
 */
const FINISHING =
  /\b(?:finis|finit|fini|finir|termine|termines|terminer|acheve|passe|passes|prepare|prepares)\s+(?:mon|son|ma|sa|le|la|mes|ses|un|une)\b|\b(?:aurai|aura|auras|aurons|aurez|auront|vais avoir|va avoir|obtiendrai|obtiendra|passerai|passera)\s+(?:mon|son|ma|sa|ton|ta|notre|votre|le|la|un|une)\b|\b(?:en|suis en|est en|es en) (?:terminale|term|tle|derniere annee|2e annee|2eme annee|deuxieme annee|2nde annee|seconde annee)\b/;

/**
 * "je finis mon bac pro maintenance des véhicules, je veux continuer en alternance", "en terminale bac pro commerce, et
 * après en apprentissage ?": a CAP or a bac pro being finished and what may follow is the entry of what follows that
 * diploma (as for the diploma held: next-after-diploma), not the places of the diploma being finished, nor the entry
 * for a general bac, nor the honest guard. Pay, aids and hiring asked beside it are their own questions.
 */
export function nextAfterDiplomaFinishing(u: Understanding): string | undefined {
  const type = u.facts.diplomaType;
  if (u.kind !== 'text' || type === undefined || u.facts.diplomaHeldType !== undefined || !u.cues.asksNextStep) return undefined;
  if (namesPlace(u) || u.aid !== undefined || namesConcept(u, OWN_QUESTION_CONCEPTS) || !FINISHING.test(u.normalized)) return undefined;
  return NEXT_AFTER[type];
}
