import { normalize, tokenize } from '../../src/text/normalize.js';
import { ownWordStems } from '../support/answer-words.js';
import { NAMED_CONTACTS } from '../support/contact-questions.js';
import type { Route, RoutingInput } from './route.js';
import { ANSWER_FOLLOW_UP_MAX_WORDS, CLEAR_TRADE } from './thresholds.js';

/**
 * How to reach "them", pointed at rather than named: "c'est quoi leur site ?", "je les appelle où ?", "ils sont où ?",
 * "on les contacte comment ?", "leur numéro ?". Normalised text (no accents).
 */
const REACH_WORD = /\b(?:contact\w*|joindre|site|sites|lien|liens|url|numero|telephone|tel|appel\w*|mail|email|mel|ecrire|adresse|adresses|trouver|trouve)\b/;
/** The organisation pointed at: "leur", "les", "eux", "ils", "elles" (a single "la" or "le" may be the aid itself). */
const THEM = /\b(?:leur|leurs|les|eux|ils|elles)\b/;
/** "ils sont où ?", "c'est où chez eux ?", "où les trouver ?": where they are. */
const WHERE_THEY_ARE = /\b(?:ils|elles) sont ou\b|\bou (?:sont ils|sont elles|les trouver|les voir)\b|\b(?:ce est|c est) ou chez eux\b/;

/** Words a reach question says besides the organisation: they never make it a question of its own. */
const ASKING: ReadonlySet<string> = new Set(
  ownWordStems(
    'leur leurs les eux ils elles ou comment quoi quel quelle ce est c cest internet site sites lien liens url numero ' +
      'telephone tel appelle appeler appelles appelez appel contacter contacte contactez contact joindre mail email mel ecrire ' +
      'adresse adresses trouver trouve sont peux peut puis pouvez pourriez dois faut alors donc svp stp et aller vais va donner donne donnez envoyer envoie avoir as avez',
  ),
);

/** The services in contacts.yaml a text names (NAMED_CONTACTS), in the order of the text. */
function contactsNamedIn(text: string): string[] {
  const normalized = normalize(text);
  return NAMED_CONTACTS.map(([re, id]) => ({ id, at: normalized.search(re) }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.id);
}

/**
 * The organisation the last answer is about, when it names one of our contacts: the aid's provider (the Agefiph's
 * hiring aid: the Agefiph), else the FAQ entry's title (what a Mission Locale is: the Missions Locales), else the one
 * its answer names alone. Several in the same place (the CEJ: France Travail and the Missions Locales): none, the
 * message does not say which.
 */
function organisationInView(input: RoutingInput): string | undefined {
  const { data } = input;
  const one = (ids: string[]): string | undefined => (new Set(ids).size === 1 ? ids[0] : undefined);
  if (data.lastTopic === 'aids' && data.lastAid) {
    const aid = input.aids.find((a) => a.id === data.lastAid);
    return aid ? one(contactsNamedIn(aid.provider)) : undefined;
  }
  if (data.lastTopic === 'faq' && data.lastFaq) {
    const entry = input.faqEntry?.(data.lastFaq);
    if (!entry) return undefined;
    const inTitle = contactsNamedIn(`${entry.title ?? ''} ${entry.questions[0] ?? ''}`);
    if (inTitle.length > 0) return one(inTitle);
    return one(contactsNamedIn(entry.answer.tu));
  }
  return undefined;
}

/**
 * "c'est quoi leur site ?", "je les appelle où ?", "ils sont où ?" right after an answer about one organisation of
 * our contacts (the Agefiph's aid, what a Mission Locale is): that organisation's card (what it does, its site or how
 * to find the nearest), not the help menu, the source links of the answer, nor "not covered". A message that names a
 * place, a trade or words of a subject of its own is left to the other rules.
 */
export function organisationReachAsked(input: RoutingInput): Route | undefined {
  const { understanding: u } = input;
  if (u.kind !== 'text' || !input.inContext || u.commune || u.outside || u.departement) return undefined;
  if (u.trade && u.trade.score >= CLEAR_TRADE) return undefined;
  if (tokenize(u.normalized).length > ANSWER_FOLLOW_UP_MAX_WORDS) return undefined;
  const pointed = WHERE_THEY_ARE.test(u.normalized) || (REACH_WORD.test(u.normalized) && THEM.test(u.normalized));
  if (!pointed) return undefined;
  if (ownWordStems(u.normalized).some((w) => !ASKING.has(w))) return undefined;
  const id = organisationInView(input);
  return id === undefined ? undefined : { kind: 'contact_card', id };
}
