import { normalize, tokenize } from '../../src/text/normalize.js';
import { officeNamedIn } from '../support/contact-questions.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * "et à Rouen ?", "y en a une à Lisieux ?", "et sur Caen ?" right after an answer that is no list of places (round 28,
 * issue 11): the same question, for that town. After a local office (the Mission Locale's entry, where its nearest
 * office is, France Travail, the CIO): that office near the town, which the knowledge can only say how to find. After
 * how to find an employer: the same ways (they are not local), never "quelle formation cherches-tu ?" that a town alone
 * read as a course search, nor a trade read from the office's name. After the trades of a field, where they are taught
 * there. After a trade or places, the course search for the town is carry-over's.
 */

/**
 * Words of a follow-up that only points at a town: "et", "à", "sur", "y en a une", "aussi", "alors"; and the words
 * of where one lives ("j'habite à Lisieux", "moi je suis sur Vire", "on vit vers Dieppe"), which say the town for the
 * answer in view as well.
 */
const POINTING: ReadonlySet<string> = new Set(
  [
    'et a sur vers pour dans de du des la le les l y en a une un aussi alors pareil ici ca sa ce est c cest quoi il elle ya yen on trouve trouver existe il y ou pres proche plus cote coin ville secteur stp svp',
    'j je jhabite habite habites habitons habitez moi nous suis sommes vis vit vivons reside chez perso',
  ].join(' ').split(' '),
);
/** The message says a town and nothing else of its own (at most one word besides the pointing ones). */
const TOWN_ONLY_EXTRA_WORDS = 1;
const TOWN_FOLLOW_UP_MAX_WORDS = 8;

/** The words of the message besides its town's and the pointing ones ("j'habite à Évreux" has none). */
function wordsBesidesTown(u: RoutingInput['understanding'], place: string): string[] {
  const townWords = new Set(tokenize(place));
  return tokenize(u.normalized).filter((w) => !townWords.has(w) && !POINTING.has(w));
}

/**
 * "j'habite à Évreux", "moi je suis sur Vire", "Dieppe": the message says where one is and nothing else. Told while a
 * question waits, it is a detail given (the town), never a course search read from the town's name.
 */
export function saysOnlyATown(u: RoutingInput['understanding']): boolean {
  const place = u.commune?.span ?? u.departement?.span;
  return u.kind === 'text' && place !== undefined && tokenize(u.normalized).length <= TOWN_FOLLOW_UP_MAX_WORDS && wordsBesidesTown(u, place).length === 0;
}

export function townAfterAnswer(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  const place = u.commune?.span ?? u.departement?.span;
  if (u.kind !== 'text' || place === undefined) return undefined;
  if (data.lastTopic === undefined || data.lastTopic === 'trade' || data.lastTopic === 'training') return undefined;
  const words = tokenize(u.normalized);
  if (words.length > TOWN_FOLLOW_UP_MAX_WORDS) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.facts.diplomaType !== undefined || u.facts.interests.length > 0 || u.aid !== undefined) return undefined;
  if (wordsBesidesTown(u, place).length > TOWN_ONLY_EXTRA_WORDS) return undefined;
  const office = officeNamedIn(normalize(data.lastQuestion ?? '')) ?? (data.lastTopic === 'faq' && data.lastFaq === 'mission-locale' ? 'missions-locales' : undefined);
  if (office !== undefined && (data.lastTopic === 'faq' || data.lastTopic === 'contact')) return { kind: 'office_near', office };
  // After the trades of a field ("j'aime les animaux", or the quiz's first examples): the field's trades with the
  // nearest place of each there (as "vers Bayeux, le bâtiment, quelles formations ?" gets them). Not after a trade's
  // card (its diploma shown: that trade is the thing in view, its places are carry-over's, places-round9), nor once the
  // quiz has its answers (the level held: its proposals are picked from first, listed-trades-where, readings-round17).
  if (data.diplomaShown === undefined && data.profile.levelHeld === undefined && data.lastTopic === 'orientation' && (data.listedTrades?.length ?? 0) > 0 && (data.profile.interests?.length ?? 0) > 0) return { kind: 'field_trades' };
  if (u.commune === undefined) return undefined;
  if (data.lastTopic === 'find_employer') return { kind: 'find_employer_in_town' };
  return undefined;
}
