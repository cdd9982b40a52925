import type { Understanding } from '../../src/nlu/understanding.js';
import { namesPlace } from './facts.js';
import type { Route } from './route.js';
import { hasQuestionWord } from './asks.js';

/**
 * "j'ai eu mon CAP !", "jai obtenu mon bac pro", "ça y est je suis diplômée", "mon fils a décroché son CAP": a diploma
 * told as obtained (held, with a verb of getting it or of being graduated).
 */
const OBTAINED = /\b(?:(?:ai|a|as|avons|avez|ont|l ai|l a) (?:enfin )?(?:eu|obtenu|obtenue|reussi|reussie|valide|validee|decroche|decrochee)|(?:viens|vient|venons|venez|viennent) (?:de|d) (?:obtenir|avoir|decrocher|valider|reussir)|suis (?:enfin )?diplomee?|est (?:enfin )?diplomee?|ca y est (?:je ai|j ai|g) (?:mon|ma|le|la))\b/;
/** "j'ai raté mon CAP", "je l'ai pas eu", "recalé": the exam failed has its own entry (echec-examen). */
const FAILED = /\b(?:rate|ratee|echoue|echouee|echec|loupe|loupee|recale|recalee|pas eu|pas obtenu|pas reussi|pas valide|jamais eu)\b/;

/** The entry on what may follow each diploma held (as in the next-after-diploma rule). */
const NEXT_AFTER: Readonly<Record<string, string>> = { CAP: 'poursuite-apres-cap', 'Bac pro': 'poursuite-apres-bac-pro', Bac: 'apres-bac-general' };
/** The general bac, prepared at school: no contract ends with it. */
const GENERAL_BAC = 'Bac';
/** Being hired once the contract ends: the other way on after a diploma prepared in apprenticeship. */
const HIRED_AFTER = 'embauche-apres-apprentissage';

/** "CAP", "BTS" stay in capitals; "Bac pro" reads "bac pro" inside a sentence. */
const inSentence = (diploma: string): string => (/^[A-Z]+$/.test(diploma) ? diploma : diploma.toLowerCase());

/**
 * A diploma just obtained, told with no other question ("j'ai eu mon CAP !") or asking what comes next: congratulate
 * and give what comes next (the entry on continuing after that level, being hired offered beside it but after
 * the general bac), never the
 * diploma's card nor the entry on leaving the contract early that "obtenu" reaches. A question of its own ("j'ai eu
 * mon CAP, je peux partir avant la fin du contrat ?"), a place or an aid named keep their own rules.
 */
export function diplomaObtainedRoute(u: Understanding, hasFaqEntry: (id: string) => boolean): Route | undefined {
  // "mon fils a eu son CAP": the diploma a parent tells their child obtained is held by the child.
  const held = u.facts.diplomaHeldType ?? (u.facts.persona === 'parent' ? u.facts.diplomaType : undefined);
  if (held === undefined || !OBTAINED.test(u.normalized) || FAILED.test(u.normalized)) return undefined;
  // "j'ai réussi mon CAP et je cherche un BP": the diploma aimed at next is asked for, its own rules answer.
  if (namesPlace(u) || u.aid !== undefined || (u.facts.diplomaType !== undefined && u.facts.diplomaType !== held)) return undefined;
  const asksOther = (u.text.includes('?') || hasQuestionWord(u)) && !u.cues.asksNextStep;
  if (asksOther) return undefined;
  const next = NEXT_AFTER[held];
  const id = next !== undefined && hasFaqEntry(next) ? next : HIRED_AFTER;
  if (!hasFaqEntry(id)) return undefined;
  return {
    kind: 'faq_entry',
    id,
    lead: { key: 'diploma_obtained.congrats', values: { diploma: inSentence(held) } },
    // Being hired after the contract is a way on from a diploma prepared in apprenticeship, not from the general bac.
    next: id !== HIRED_AFTER && held !== GENERAL_BAC && hasFaqEntry(HIRED_AFTER) ? [HIRED_AFTER] : [],
  };
}
