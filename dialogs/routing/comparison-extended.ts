import type { DiplomaKind } from '../../src/nlu/cues.js';
import { DIPLOMA_KIND_ENTRY } from './diploma-explained.js';
import { namesPlace } from './facts.js';
import { entryComparing, type Path, pathsComparedBy, pathsNamed } from './paths-compared.js';
import type { RoutingInput } from './route.js';

/** The kind of diploma each path is, for the entry that explains it (the general bac has none). */
const KIND_OF_PATH: Readonly<Partial<Record<Path, DiplomaKind>>> = { cap: 'cap', bacpro: 'bac-pro', bp: 'bp', bts: 'bts' };

/** "et un BTS ?", "mais le BP ?", "pareil avec un bts", "et par rapport au BTS ?", "et comparé à un BTS ?". */
const EXTENDS = /^(?:et|mais|pareil|meme|puis|ok et|d accord et|dac et)\b|\b(?:par rapport|compare|comparer|comparaison|difference|diff|dans tout ca|la dedans|au milieu)\b/;
/** "après", "ensuite": what follows a path, not how it compares. */
const AFTER = /\b(?:apres|ensuite)\b/;
/** A follow-up that adds one path is short: a longer message asks a question of its own. */
const EXTENDS_MAX_WORDS = 8;
/** Where it is taught ("et un BTS, c'est où ?"), what it pays, what it costs: other questions, other rules. */
const OTHER_ASPECT = /\b(?:ou ca|c est ou|ce est ou|ou le|ou la|ou en faire|ou faire|salaire|paye|paie|combien|aide|aides|prix|cout|coute)\b|\bou\s*$/;

/**
 * Round 30 (blind-36 for-bts-diff): after "la différence entre un CAP et un bac pro", "et un BTS ?" got the same
 * comparison again. A path named in a short follow-up of a comparison, not one of those compared, asks its place among
 * them: the entry explaining that kind of diploma (its level, its length, what it comes after), else the entry comparing
 * it with one of them (the general bac). A path already compared ("et le CAP ?") keeps the comparison.
 */
export function comparisonExtended(input: RoutingInput): string | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || data.lastFaq === undefined) return undefined;
  const compared = pathsComparedBy(data.lastFaq);
  if (compared.size < 2 || u.words > EXTENDS_MAX_WORDS || !EXTENDS.test(u.normalized) || OTHER_ASPECT.test(u.normalized)) return undefined;
  if (u.trade !== undefined || namesPlace(u) || u.outside !== undefined || u.aid !== undefined || u.cues.asksAmount || u.cues.aidWord) return undefined;
  // "et après un CAP ?" after what follows a bac pro asks what follows a CAP (its own entry, paths-compared.ts), not
  // the CAP's place in a comparison: the entries of ENTRY_OF_PAIR also say what leads from one path to the next.
  if (AFTER.test(u.normalized)) return undefined;
  const named = pathsNamed(u.normalized);
  const added = named.filter((p) => !compared.has(p));
  if (added.length !== 1 || named.length > 2) return undefined;
  const path = added[0]!;
  const kind = KIND_OF_PATH[path];
  const explaining = kind !== undefined ? DIPLOMA_KIND_ENTRY[kind] : undefined;
  if (explaining !== undefined && input.hasFaqEntry(explaining)) return explaining;
  const pair = [...compared].map((c) => entryComparing(path, c)).find((id) => id !== undefined && id !== data.lastFaq && input.hasFaqEntry(id));
  return pair;
}
