import type { Diploma } from '../../src/knowledge/schema/diploma.js';
import { normalizeKnown } from '../../src/text/normalize-known.js';

/**
 * How several courses of one kind are named together without inventing a diploma (dialogs/formation-dialog.ts): by
 * their own titles when they are few ("CAP monteur en installations sanitaires ou thermiques"), else by the words all
 * their titles open on ("CAP maintenance des véhicules" for its options), never by the kind glued to a trade's name
 * ("CAP mécanicien des véhicules des transports routiers" is no diploma: review 23).
 */

/** Words that cannot end a shared head of titles ("CAP maintenance des véhicules option" → "… véhicules"). */
const HEAD_TAIL_WORDS = new Set(['option', 'options', 'de', 'des', 'du', 'd', 'la', 'le', 'les', 'et', 'en', 'à', 'au', 'aux', '-', ':', ',']);
/** A shared head names the courses only with this many words of its own past the kind ("maintenance … véhicules"). */
const HEAD_MIN_OWN_WORDS = 2;
/** Up to this many courses are named each by its title, when that stays short enough to read in a sentence. */
const NAMED_EACH_MAX = 3;
const NAMED_EACH_MAX_CHARS = 110;

/** The courses' titles said together, their shared opening once ("… sanitaires ou thermiques"), when few and short. */
export function titlesTogether(diplomas: readonly Diploma[]): string | undefined {
  const titles = [...new Map(diplomas.map((d) => [normalizeKnown(d.title), d.title])).values()];
  if (titles.length < 2 || titles.length > NAMED_EACH_MAX) return undefined;
  const words = titles.map((t) => t.split(/\s+/));
  const n = commonOpening(words);
  const tails = words.map((w) => w.slice(n).join(' '));
  if (tails.some((t) => t === '')) return undefined;
  const label = n > 0 ? `${words[0]!.slice(0, n).join(' ')} ${tails.join(' ou ')}` : titles.join(' ou ');
  return label.length <= NAMED_EACH_MAX_CHARS ? label : undefined;
}

/** The words every title opens on, past the kind, when they say enough to name the courses together. */
export function sharedTitleHead(type: string, diplomas: readonly Diploma[]): string | undefined {
  if (diplomas.length < 2) return undefined;
  const titles = diplomas.map((d) => d.title.split(/\s+/));
  const first = titles[0]!;
  let n = commonOpening(titles);
  while (n > 0 && HEAD_TAIL_WORDS.has(first[n - 1]!.toLowerCase().replace(/[,:]$/, ''))) n--;
  const head = first.slice(0, n);
  const typeWords = type.split(/\s+/).length;
  const own = head.slice(normalizeKnown(head.slice(0, typeWords).join(' ')) === normalizeKnown(type) ? typeWords : 0);
  if (own.filter((w) => w.length > 3).length < HEAD_MIN_OWN_WORDS) return undefined;
  return head.join(' ').replace(/[,:]$/, '');
}

/** How many words every title opens on alike. */
function commonOpening(titles: readonly string[][]): number {
  const first = titles[0]!;
  let n = 0;
  while (n < first.length && titles.every((t) => normalizeKnown(t[n] ?? '') === normalizeKnown(first[n]!))) n++;
  return n;
}
