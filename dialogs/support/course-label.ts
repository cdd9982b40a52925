import type { Diploma } from '../../src/knowledge/schema/diploma.js';
import { normalizeKnown } from '../../src/text/normalize-known.js';

/**
 * How several courses of one kind are named together without inventing a diploma (dialogs/formation-dialog.ts): by
 * the words all their titles open on ("CAP maintenance des véhicules" for its options A, B and C), never by the kind
 * glued to a trade's name ("CAP mécanicien des véhicules des transports routiers" is no diploma: review 23).
 */

/** Words that cannot end a shared head of titles ("CAP maintenance des véhicules option" → "… véhicules"). */
const HEAD_TAIL_WORDS = new Set(['option', 'options', 'de', 'des', 'du', 'd', 'la', 'le', 'les', 'et', 'en', 'à', 'au', 'aux', '-', ':', ',']);
/** A shared head names the courses only with this many words of its own past the kind ("maintenance … véhicules"). */
const HEAD_MIN_OWN_WORDS = 2;

/** The words every title opens on, past the kind, when they say enough to name the courses together. */
export function sharedTitleHead(type: string, diplomas: readonly Diploma[]): string | undefined {
  if (diplomas.length < 2) return undefined;
  const titles = diplomas.map((d) => d.title.split(/\s+/));
  const first = titles[0]!;
  let n = 0;
  while (n < first.length && titles.every((t) => normalizeKnown(t[n] ?? '') === normalizeKnown(first[n]!))) n++;
  while (n > 0 && HEAD_TAIL_WORDS.has(first[n - 1]!.toLowerCase().replace(/[,:]$/, ''))) n--;
  const head = first.slice(0, n);
  const typeWords = type.split(/\s+/).length;
  const own = head.slice(normalizeKnown(head.slice(0, typeWords).join(' ')) === normalizeKnown(type) ? typeWords : 0);
  if (own.filter((w) => w.length > 3).length < HEAD_MIN_OWN_WORDS) return undefined;
  return head.join(' ').replace(/[,:]$/, '');
}
