import type { RoutingInput } from './route.js';

/** The entry saying what to do when not taken into the course wished: other CFAs, 3 months without employer, offers. */
export const NOT_ADMITTED_ENTRY = 'pas-pris-formation-apprentissage';

/**
 * Not taken, told or supposed: "et si je suis pas pris ?", "si elle n'est pas acceptée", "j'ai été refusé", "recalé
 * partout", "aucun cfa me prend", "personne veut de moi". Said of the person (or their child), not of an employer who
 * refuses something ("mon patron refuse").
 */
const NOT_TAKEN =
  /\b(?:suis|sui|es|est|sommes|etes|sont|serai|sera|serons|seront|soit|sois|ete|etait|etais|serais|serait) (?:pas|pa|jamais|toujours pas|nulle part) (?:pris|pri|prise|prises|accepte|acceptee|acceptes|retenu|retenue|retenus|admis|admise|refuse|refusee|refuses|recale|recalee)\b|\b(?:suis|sui|es|est|sommes|etes|sont|serai|sera|soit|sois|ete|etait|etais|serais|serait) (?:refuse|refusee|refuses|recale|recalee)\b|\b(?:pas|jamais|toujours pas) (?:ete )?(?:pris|prise|accepte|acceptee|retenu|retenue|admis|admise)\b|\b(?:aucun|aucune|personne|nul) (?:cfa |ecole |formation |patron |entreprise )?(?:ne )?(?:me|le|la|nous) (?:prend|prendra|veut|accepte|retient)\b|\b(?:recale|recalee|refuse|refusee) (?:partout|de partout|par tous|sur parcoursup)\b/;

/** An application named in the message: the course, the CFA, the platform. */
const APPLICATION_NAMED = /\b(?:parcoursup|affelnet|cfa|formation|ecole|bts|but|licence|master|cap|bac pro|bp|dut|lycee|candidature|candidatures|dossier|voeu|voeux|inscription|alternance|apprentissage)\b/;

/** The answers about applying to a course: after them, "pris" is taken into the course. */
const APPLICATION_ENTRIES: ReadonlySet<string> = new Set(['parcoursup-apprentissage', 'affelnet-apres-3e', 'sans-employeur']);

/**
 * "et si je suis pas pris ?" right after how to apply (Parcoursup, Affelnet, the CFA), or "j'ai été refusé au CFA, je
 * fais quoi ?" anywhere: what to do when not taken (NOT_ADMITTED_ENTRY), not the same answer again nor "not
 * understood".
 */
export function notAdmittedAsked(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || !input.hasFaqEntry(NOT_ADMITTED_ENTRY) || !NOT_TAKEN.test(u.normalized)) return false;
  if (u.commune !== undefined || u.outside !== undefined || u.aid !== undefined) return false;
  const { lastTopic, lastFaq } = input.data;
  const afterApplying = lastTopic === 'faq' && lastFaq !== undefined && APPLICATION_ENTRIES.has(lastFaq);
  return afterApplying || APPLICATION_NAMED.test(u.normalized);
}
