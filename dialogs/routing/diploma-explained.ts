import type { DiplomaKind } from '../../src/nlu/cues.js';
import { valuesAsked } from '../support/answer-words.js';
import type { RoutingInput } from './route.js';
import { DEFINITION_MAX_WORDS } from './thresholds.js';

/** The FAQ entry that explains each kind of diploma the cues name. */
export const DIPLOMA_KIND_ENTRY: Readonly<Record<DiplomaKind, string>> = {
  'titre-pro': 'diplome-titre-pro',
  bp: 'diplome-bp',
  bts: 'diplome-bts',
  cap: 'diplome-cap',
  'bac-pro': 'diplome-bac-pro',
};

/**
 * "ça veut dire quoi BTS ?", "un BP c'est quoi ?", "le CAP ça dure combien de temps ?", "un BP c'est au-dessus du
 * CAP ?": the FAQ entry that explains that one kind of diploma (its duration and level are there), not the contract's.
 */

function diplomaExplained(input: RoutingInput): string | undefined {
  const u = input.understanding;
  const asksAboutIt = u.cues.definition || (u.cues.courseAspect && !u.cues.aboutContract);
  // "c'est quoi les aides pour un CAP ?" asks the aids for that level, not what a CAP is.
  if (u.trade || u.commune || u.outside || !asksAboutIt || u.cues.aidWord || u.words > DEFINITION_MAX_WORDS) return undefined;
  // "quelle différence entre un CAP et un BP ?" names two kinds: the FAQ search handles it; "un BP c'est au-dessus du
  // CAP ?" asks where the first one stands, which its entry says.
  const placesFirst = u.cues.diplomaKinds.length === 2 && u.cues.ranksAgainst;
  if (u.cues.diplomaKinds.length !== 1 && !placesFirst) return undefined;
  const id = DIPLOMA_KIND_ENTRY[u.cues.diplomaKinds[0]!];
  return input.hasFaqEntry(id) ? id : undefined;
}

/** The explaining entry as a route, led by the value asked if any ("le CAP ça dure combien ?": the length first). */
export function diplomaExplainedRoute(input: RoutingInput): { kind: 'faq_entry'; id: string; focus?: readonly string[] } | undefined {
  const id = diplomaExplained(input);
  if (id === undefined) return undefined;
  const asked = valuesAsked(input.understanding.normalized);
  return { kind: 'faq_entry', id, ...(asked.length > 0 ? { focus: asked } : {}) };
}
