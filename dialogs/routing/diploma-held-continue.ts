import type { Understanding } from '../../src/nlu/understanding.js';
import { nextAfterDiplomaFinishing } from './diploma-finishing.js';
import { namesPlace } from './facts.js';
import type { Route } from './route.js';

/**
 * Going on in apprenticeship once a diploma is held: "je peux repartir en apprentissage ?", "refaire un contrat",
 * "rempiler en alternance", "signer un autre contrat", "continuer en apprentissage", "un nouvel apprentissage".
 */
const GOES_ON =
  /\b(?:(?:repartir|repars|repart|refaire|refais|recommencer|reprendre|repiquer|rempiler|resigner|continuer|continue|poursuivre|enchainer|encore faire|faire encore|rester|retourner|retenter|relancer) (?:encore )?(?:en |un |une |mon |ma |dans l |l |le |la )?(?:apprentissage|alternance|contrat|apprenti|apprentie|cfa)|(?:signer|faire|avoir|commencer|trouver) (?:un |une )?(?:autre|nouveau|nouvel|deuxieme|2e|2eme|second|seconde) (?:contrat|apprentissage|alternance)|(?:nouveau|nouvel|autre|deuxieme|2e|2eme|second) (?:contrat d apprentissage|apprentissage|contrat en alternance)|encore (?:en )?(?:apprentissage|alternance|apprenti|apprentie))\b/;
/** A failed exam keeps its entry (echec-examen). */
const FAILED = /\b(?:rate|ratee|echoue|echouee|echec|loupe|loupee|recale|recalee|pas eu|pas obtenu|pas reussi|pas valide|jamais eu)\b/;
/** Pay, an age limit or an aid asked keep their own rules (the successive-contracts pay entry, the age limit). */
const OTHER_QUESTION = /\b(?:combien|salaire|paye|paie|payee?s?|gagne|gagner|remunere|remuneration|smic|euros?|aides?|primes?|age|ans)\b/;

/** The entry on what may follow each diploma held (as in diploma-obtained.ts). */
const NEXT_AFTER: Readonly<Record<string, string>> = { CAP: 'poursuite-apres-cap', 'Bac pro': 'poursuite-apres-bac-pro' };

/**
 * "j'ai eu mon CAP, je peux repartir en apprentissage ?", "cap en poche, je peux refaire un contrat ?": a diploma held
 * and another apprenticeship asked. Yes, a new contract for a diploma above (BP, bac pro, certificat de
 * spécialisation): the entry on continuing after that diploma, not the upper age limit that "apprentissage" with a
 * question reaches. The diploma aimed at named ("un BP après mon CAP"), a place, pay or an age keep their rules.
 */
export function diplomaHeldContinueRoute(u: Understanding, hasFaqEntry: (id: string) => boolean): Route | undefined {
  if (u.kind !== 'text') return undefined;
  const held = u.facts.diplomaHeldType ?? (u.facts.persona === 'parent' ? u.facts.diplomaType : undefined);
  // A diploma being finished ("il passe son CAP cette année") is not held yet: diploma-finishing.ts answers what follows.
  if (held === undefined || nextAfterDiplomaFinishing(u) !== undefined) return undefined;
  const id = NEXT_AFTER[held];
  if (id === undefined || !hasFaqEntry(id)) return undefined;
  if (u.facts.diplomaType !== undefined && u.facts.diplomaType !== held) return undefined;
  if (namesPlace(u) || u.aid !== undefined || FAILED.test(u.normalized) || OTHER_QUESTION.test(u.normalized)) return undefined;
  if (!GOES_ON.test(u.normalized)) return undefined;
  return { kind: 'faq_entry', id, next: hasFaqEntry('remuneration-contrats-successifs') ? ['remuneration-contrats-successifs'] : [] };
}

/** The entries that put a new contract after a diploma in view. */
const NEW_CONTRACT_IN_VIEW: ReadonlySet<string> = new Set(['poursuite-apres-cap', 'poursuite-apres-bac-pro', 'changer-cfa-ou-diplome']);
/** The pay of the new contract set against the last one: "payé moins qu'avant ?", "mon salaire repart à zéro ?", "ça baisse ?". */
const PAY_AGAINST_BEFORE =
  /\b(?:(?:touch|gagn|pay)\w* moins|moins (?:qu avant|que avant|qu avant|que maintenant|que l an dernier|que l annee derniere|que mon ancien|que le premier)|(?:repart|repartir|revient|recommence|retombe)\w* a (?:zero|0)|(?:baisse|baisser|diminue|diminuer|plus bas|perdre|perd|reduit)\b)/;
const PAY_WORD = /\b(?:paye|payee|payes|paie|salaire|remunere|remuneration|gagner|gagne|gagnerai|toucher|toucherai|sous|smic)\b/;

/**
 * "et je serai payé moins qu'avant ?" right after the entry on continuing after a diploma: the pay of a second
 * contract against the first (at least the last year's), not the pay table asking the age again.
 */
export function payAgainstLastContractAsked(u: Understanding, lastFaq: string | undefined): boolean {
  if (u.kind !== 'text' || lastFaq === undefined || !NEW_CONTRACT_IN_VIEW.has(lastFaq)) return false;
  return PAY_WORD.test(u.normalized) && PAY_AGAINST_BEFORE.test(u.normalized);
}
