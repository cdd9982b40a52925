import { ADULT_AGE } from '../support/knowledge-views.js';
import { CONTRACT_ENDED } from './rupture-time-told.js';
import type { Route, RoutingInput } from './route.js';
import { partKeys } from '../support/answer-parts.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * Round 33 (review 24): "ma fille a 17 ans, peut-elle rompre son contrat sans notre accord ?", "j'ai 17 ans, je peux
 * arrêter mon apprentissage sans l'accord de mes parents ?": ending a minor's contract asked of the parents' consent is
 * the entry on the legal representative's signature (the act of rupture is cosigned by them; the mediator steps in if
 * they do not answer), not the employer's rules nor the steps to resign that the rupture's words read.
 */
export const MINOR_SIGNATURE_ENTRY = 'signature-contrat-mineur';

/** The parents' consent named as such, whoever speaks: "sans l'accord de ses parents", "mes parents doivent signer". */
const PARENTS_NAMED =
  /\b(?:sans (?:(?:le |l )?accord|(?:la )?signature|(?:l )?autorisation|(?:l )?avis) (?:de |des |d )?(?:ses|mes|tes|leurs|les) parents|sans (?:ses|mes|tes|les) parents|(?:ses|mes|tes|les) parents (?:doivent|doit|vont|peuvent|refusent|refuse|veulent|voudront|ne veulent|sont contre|signent|signer)|(?:representant|responsable|tuteur) legal|autorisation parentale|accord parental)\b/;
/** The parent's own consent, said by the parent: "sans notre accord", "sans nous", "faut-il ma signature". */
const OWN_CONSENT = /\b(?:sans (?:notre|mon|ma|leur) (?:accord|signature|autorisation|avis)|sans nous|sans moi|(?:notre|ma|mon) (?:signature|accord|autorisation) (?:est|sont|pour|de|d)|(?:nous|je) (?:devons|dois|doit) (?:signer|donner notre accord|donner mon accord)|(?:faut il|faut|il faut|faudra t il|faudra) (?:notre|ma|mon) (?:signature|accord|autorisation))\b/;
/** The apprentice said to be a minor in words. */
const MINOR_WORD = /\b(?:mineur|mineure|mineurs|moins de 18 ans)\b/;

/** The legal representative's entry, for a minor's rupture asked of the parents' consent (see the module's comment). */
export function minorRuptureConsent(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !CONTRACT_ENDED.test(u.normalized) || !input.hasFaqEntry(MINOR_SIGNATURE_ENTRY)) return undefined;
  const persona = u.facts.persona ?? data.profile.persona;
  const consent = PARENTS_NAMED.test(u.normalized) || (persona === 'parent' && OWN_CONSENT.test(u.normalized));
  if (!consent) return undefined;
  const age = u.facts.age ?? data.profile.age;
  if (age !== undefined && age >= ADULT_AGE) return undefined;
  // A minor in the age told or the words, or a parent speaking of their child (the parents' consent is a minor's rule).
  if (age === undefined && !MINOR_WORD.test(u.normalized) && persona !== 'parent') return undefined;
  const entry = input.faqEntry?.(MINOR_SIGNATURE_ENTRY);
  const focus = entry === undefined ? [] : ruptureSentenceKeys(entry.answer);
  return focus.length > 0 ? { kind: 'faq_entry', id: MINOR_SIGNATURE_ENTRY, focus } : { kind: 'faq_entry', id: MINOR_SIGNATURE_ENTRY };
}

/** The keys of the answer's sentences on the rupture (in both registers): they lead, the signature of the contract after. */
function ruptureSentenceKeys(answer: { tu: string; vous: string }): string[] {
  const keys = new Set<string>();
  for (const text of [answer.tu, answer.vous]) {
    for (const sentence of sentencesOf(text)) {
      const n = normalize(sentence);
      if (CONTRACT_ENDED.test(n)) for (const key of partKeys(n)) keys.add(key);
    }
  }
  return [...keys];
}
