import type { Route, RoutingInput } from './route.js';

/**
 * Review 22 (P4): after the card comparing the vocational lycée and the apprenticeship ("…ce qui suppose de trouver un
 * employeur"), "Et s'il ne trouve pas d'entreprise ?" got that card a third time: its words are the card's, but it asks
 * the case the card only names, the search failing. The follow-up's subject is not the card: a hypothetical failure of
 * the search for an employer ("si … ne trouve pas", "et si on trouve personne ?"), read by the classifier as the
 * employer search and told after another card, is answered by the entry the search's own FAQ entry points to that the matcher
 * reads as writing most of its words (starting at the CFA without an employer), not by the card in view nor by the
 * search advice again.
 */

/** Finding said: "trouve", "trouver", "trouvé". */
const FINDING = /\btrouv\w*\b/;
/** Finding nobody, in everyday French ("ne trouve pas", "personne", "rien", "aucune"). */
const NONE_FOUND = /\b(?:pas|personne|rien|aucun|aucune|jamais)\b/;
/** The entry must be read as writing most of the follow-up's content words ("trouve", "employeur"/"entreprise"). */
const COVERAGE_MIN = 0.7;

/** The entry answering a hypothetical failed search for an employer, told as a follow-up after another card. */
export function searchFailedAfterCard(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic === undefined || data.lastTopic === 'find_employer') return undefined;
  if (u.intent !== 'find_employer' || !u.cues.hypothetical) return undefined;
  if (!FINDING.test(u.normalized) || !NONE_FOUND.test(u.normalized)) return undefined;
  // The entries the search's own FAQ entry points to (what to do when it fails among them), as the matcher reads them.
  const pointed = new Set((input.faqEntries?.() ?? []).filter((e) => e.topic === 'find_employer').flatMap((e) => e.related ?? []));
  const hits = u.faq.filter((h) => pointed.has(h.entry.id) && h.entry.id !== data.lastFaq && h.coverage >= COVERAGE_MIN);
  const hit = hits.sort((a, b) => b.coverage - a.coverage || b.probability - a.probability)[0];
  return hit ? { kind: 'faq_entry', id: hit.entry.id } : undefined;
}
