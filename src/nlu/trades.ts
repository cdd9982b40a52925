import { TYPED_PREFIX_MIN_LETTERS } from '../knowledge/phrase-index.js';
import type { Search, TradeHit } from '../knowledge/search.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { allowedTypos, boundedEditDistance, matchKey } from '../text/fuzzy.js';
import { normalize, tokenize } from '../text/normalize.js';
import { TRADE_STOP_WORDS } from '../text/stop-words.js';
import { jobInShop } from './shop-workplace.js';
import { workerTitles } from './word-family.js';

/** How many hits are weighed: the best one may lack evidence while the next one has it. */
const TRADE_CANDIDATES = 3;

/**
 * The trade a normalised message names, if one stands out (score ≥ `min`) on enough evidence: one word of a title
 * of several words is not enough ("légal" is not "auditeur légal", "pain" is not "agent de plaine"); a title of
 * one word, even misspelt ("carossier", "plombié"), or two words of a longer one are.
 */
export function tradeInText(search: Search, normalized: string, min = 0.5, everyday: (word: string) => boolean = () => false): TradeHit | undefined {
  return tradeOfJobInShop(search, normalized, min, everyday) ?? tradeAsTyped(search, normalized, min, everyday);
}

/**
 * "vendeuse en boutique", "caissière en grande surface": a job in a shop (shop-workplace.ts). A job named with its
 * shop ("vendeuse en magasin", an alias) first; else the job alone, the shop being only where it is done ("caissière").
 * Only a title or an alias typed whole is taken: a title that the shop's own words name ("directeur de grande
 * surface") is read as typed.
 */
function tradeOfJobInShop(search: Search, normalized: string, min: number, everyday: (word: string) => boolean): TradeHit | undefined {
  const inShop = jobInShop(normalized);
  if (inShop === undefined) return undefined;
  const withShop = tradeAsTyped(search, inShop.asMagasin, min, everyday);
  if (withShop?.whole === true && withShop.phrase.split(' ').includes('magasin')) return withShop;
  const alone = tradeAsTyped(search, inShop.withoutShop, min, everyday);
  if (alone?.whole === true) return alone;
  return withShop?.whole === true ? withShop : undefined;
}

function tradeAsTyped(search: Search, normalized: string, min: number, everyday: (word: string) => boolean): TradeHit | undefined {
  const best = (text: string) => bestTrade(search, text, min, everyday);
  const wished = wishedWords(normalized);
  if (wished !== undefined) {
    const hit = best(wished);
    if (hit) return hit;
  }
  const whole = best(normalized);
  if (whole && whole.score >= EXACT_TRADE_NAME) return whole;
  const head = whole === undefined ? headWords(normalized) : undefined;
  if (head !== undefined) {
    const hit = best(head);
    if (hit) return hit;
  }
  const activities = activitiesOfOneTrade(normalized, best);
  // Activities of two trades ("faire du pain et des gâteaux") name neither: not the one the whole message leans to.
  return activities === 'several' ? undefined : (activities ?? whole);
}

/**
 * "tondre la pelouse et tailler les haies": several activities joined by "et", each half of the message, lower each
 * other's score until none stands out. Read one by one, the activities typed whole (phrases of several words) that
 * all name the same trade name it; two different trades ("faire du pain et des gâteaux") name none.
 */
function activitiesOfOneTrade(normalized: string, best: (text: string) => TradeHit | undefined): TradeHit | 'several' | undefined {
  const parts = normalized.split(' et ').filter((p) => p.trim().length > 0);
  if (parts.length < 2) return undefined;
  const activities = parts
    .map(best)
    .filter((h): h is TradeHit => h !== undefined && h.whole === true && h.phrase.split(' ').length >= 2);
  if (activities.length === 0) return undefined;
  if (new Set(activities.map((h) => h.trade.code)).size !== 1) return 'several';
  return activities.reduce((a, b) => (b.score > a.score ? b : a));
}

/**
 * A title of one word read through a typo needs a typed word that is not itself a word of everyday French
 * (`everyday`): "mieux" is not a misspelt "mineur" (the rock extractor's alias), "plombié" is a misspelt "plombier".
 * Only the evidence changes, never the scores: the other words of the message weigh as they always did.
 */
function bestTrade(search: Search, normalized: string, min: number, everyday: (word: string) => boolean): TradeHit | undefined {
  const hits = search
    .trades(normalized, TRADE_CANDIDATES)
    .map((hit) => (typedDespiteStopWord(hit, normalized) ? { ...hit, score: Math.max(hit.score, EXACT_TRADE_NAME), whole: true } : hit))
    .sort((a, b) => b.score - a.score);
  const best = hits.find((hit) => hit.score >= min && hasEvidence(hit, normalized) && !onlyEverydayTypo(hit, normalized, everyday));
  return best && (compoundAround(best, hits, normalized) ?? best);
}

/**
 * A compound title typed around the best hit's words: "vendeuse en boulangerie" is a seller in food retail (Vendeur en
 * boulangerie-pâtisserie), not the baker its last word names alone. The longer title wins when it holds every word of
 * the best one, its head word (the worker: "vendeur", "chef") is typed too, and it matches more of the message's words.
 */
function compoundAround(best: TradeHit, hits: readonly TradeHit[], normalized: string): TradeHit | undefined {
  const bestWords = best.phrase.split(' ');
  const typed = new Set(normalized.split(' ').map(matchKey));
  return hits.find((hit) => {
    if (hit === best || hit.wordsMatched === undefined || hit.wordsMatched <= bestWords.length) return false;
    const words = hit.phrase.split(' ');
    return bestWords.every((w) => words.includes(w)) && words[0] !== bestWords[0] && typed.has(matchKey(words[0]!)) && hasEvidence(hit, normalized);
  });
}

/**
 * A title of several words typed word for word, one of which the search drops as a stop word: "aide" (the aid word) in
 * "aide-soignant", "aide à domicile", "aide-boulanger". The search counts one word matched out of two and a long
 * message ("je voudrais faire le diplôme d'état d'aide-soignant") dilutes it below a trade; typed whole, the title
 * names the trade as surely as any title typed whole.
 */
function typedDespiteStopWord(hit: TradeHit, normalized: string): boolean {
  if (hit.whole || hit.words === undefined || hit.wordsMatched === undefined || hit.words < 2 || hit.wordsMatched >= hit.words) return false;
  return typedWordForWord(hit.phrase, normalized);
}

/** A trade title as typed: its words in order, side by side, each with a feminine or plural ending allowed. */
export function typedTitlePattern(phrase: string): string {
  return phrase.split(' ').map((w) => `${escapeRegExp(w)}(?:e|s|es)?`).join(' ');
}

/** Each word of the title in the message, in order and side by side (typedTitlePattern). */
function typedWordForWord(phrase: string, normalized: string): boolean {
  return new RegExp(`(?:^| )${typedTitlePattern(phrase)}(?: |$)`).test(normalized);
}

/**
 * The words after "devenir" or a wish to be or do ("je voudrais être", "j'aimerais faire"): where a person names the
 * trade they want. A story around it ("je travaille dans un entrepôt à Rouen et j'aimerais devenir boulanger, est-ce
 * encore possible à 38 ans ?") dilutes the whole message's match until no trade stands out, or names the job they
 * have now; the wished words are read first, the whole message when they name no trade.
 */
const WISH = /(?:^| )(?:devenir|(?:veux|voudrais|voudrait|veut|aimerais|aimerait|souhaite|souhaiterais|reve de|reve d) (?:etre|faire))((?: \S+){1,4})/;

/**
 * The trade wished "as" something: "je voudrais passer en alternance comme développeur web", "en apprentissage comme
 * électricien". Only after a wish or a word of apprenticeship: "je travaille comme cariste" is the job held now.
 */
const WISH_AS = /(?:(?:veux|voudrais|voudrait|veut|aimerais|aimerait|souhaite|souhaiterais)(?: \S+){0,4}?|alternance|apprentissage|apprenti|apprentie) comme((?: \S+){1,4})/;

function wishedWords(normalized: string): string | undefined {
  return (WISH.exec(normalized) ?? WISH_AS.exec(normalized))?.[1]?.trim();
}

/** Words that start the question said after a trade named first ("carossier, je commence par quoi ?"). */
const QUESTION_START = new Set(['je', 'j', 'tu', 'vous', 'on', 'ce', 'c', 'comment', 'quoi', 'quel', 'quelle', 'quels',
  'quelles', 'par', 'il', 'faut', 'qu', 'que', 'ou', 'est', 'combien', 'pour']);
/** A trade named first is a few words: "plombier", "carrossier peintre", "mécanicien poids lourds". */
const HEAD_MAX_WORDS = 3;

/**
 * The words a message starts with, before its question ("plombié c quoi la 1ere étape", "menuisié, par quoi je
 * commence ?"): the trade the question is about. The question's words dilute a misspelt title's match over the whole
 * message until it no longer stands out; read alone, the title does.
 */
function headWords(normalized: string): string | undefined {
  const words = normalized.split(' ');
  const end = words.findIndex((w) => QUESTION_START.has(w));
  return end >= 1 && end <= HEAD_MAX_WORDS ? words.slice(0, end).join(' ') : undefined;
}

function hasEvidence(hit: TradeHit, normalized: string): boolean {
  if (hit.whole || hit.words === undefined || hit.wordsMatched === undefined) return true;
  // The title is typed word for word, even when one of its words is a stop word of the search ("aide-soignant": the
  // search drops "aide", the aid word, and counts one word matched out of two).
  // Each word may take a feminine or plural ending ("aide-soignante").
  if (hit.words >= 2 && typedWordForWord(hit.phrase, normalized)) return true;
  // A title of one short word read through a typo is too often an everyday word one letter away ("même" → "mime",
  // "quand même ?" after a FAQ answer is no circus trade): a short title must be typed as it is.
  if (hit.words === 1 && hit.phrase.length <= SHORT_TITLE) return false;
  if (hit.words === 1 && onlyShortWordsChanged(hit, normalized)) return false;
  return hit.words === 1 || hit.wordsMatched >= 2;
}

/**
 * A one-word title reached only from short words with a letter changed ("loto" → "motos", "pote" → "poste"): a
 * word of four letters one letter away from a title is far more often another word of its own (the lottery, a friend)
 * than that title misspelt, so a message that names it does not name the trade. A short word that is the title less
 * its ending ("moto" for "motos") or its start ("info") still names it; longer misspellings ("plombié") do too.
 */
function onlyShortWordsChanged(hit: TradeHit, normalized: string): boolean {
  const title = matchKey(hit.phrase);
  const near = normalized.split(' ').filter((w) => {
    const key = matchKey(w);
    return key.length > 0 && boundedEditDistance(key, title, allowedTypos(title.length)) <= allowedTypos(title.length);
  });
  if (near.length === 0) return false;
  return near.every((w) => w.length <= SHORT_CHANGED_WORD && !title.startsWith(matchKey(w)) && !matchKey(w).startsWith(title));
}

/** Letters of a typed word at or under which a letter changed makes it another word rather than a title misspelt. */
const SHORT_CHANGED_WORD = 4;

/**
 * The one-word title is reached through a typo or as a typed prefix (the search reads "informati" as "informatique"),
 * and every word of the message that reaches it so is everyday French: "aller au cfa" names no allergologist.
 */
function onlyEverydayTypo(hit: TradeHit, normalized: string, everyday: (word: string) => boolean): boolean {
  if (hit.whole || hit.words !== 1) return false;
  const title = matchKey(hit.phrase);
  const reaches = (w: string): boolean => {
    const key = matchKey(w);
    return boundedEditDistance(key, title, allowedTypos(title.length)) <= allowedTypos(title.length) || (key.length >= TYPED_PREFIX_MIN_LETTERS && title.startsWith(key));
  };
  const near = normalized.split(' ').filter((w) => w.length > 0 && reaches(w));
  return near.length > 0 && near.every(everyday);
}

/** Letters of a one-word title at or under which one typo is a quarter of the word or more. */
const SHORT_TITLE = 4;

/** A trade matched this well names it word for word (an alias or a job title). */
const EXACT_TRADE_NAME = 1;

/**
 * A course request that names a diploma by its whole title ("CAP charcuterie-traiteur", "CAP menuisier fabricant")
 * keeps that diploma's trade: a trade read from some of its words ("traiteur" → cuisinier de collectivité,
 * "menuisier fabricant" → menuisier aluminium) that does not lead to it gives way to one that does (or to none).
 * An exact trade name, or a trade that leads to the diploma named, stays. Only diplomas of the kind said (`kind`,
 * the message's diplomaType) are names of the course asked.
 */
export function tradeOfNamedDiploma(search: Search, normalized: string, trade: TradeHit | undefined, kind?: string): TradeHit | undefined {
  if (trade && trade.score >= EXACT_TRADE_NAME) return trade;
  // "un BTS dans le commerce": a title of another kind that shares its words ("Bac pro métiers du commerce…") is not
  // the course asked for, nor its trade. The kind said covers its agricultural twin ("BTS" the BTSA, "CAP" the CAPA).
  const named = search.diplomasNamed(normalized).filter((d) => kind === undefined || d.type.toLowerCase().startsWith(kind.toLowerCase()));
  if (named.length === 0) return trade;
  if (trade && search.diplomasForTrade(trade.trade).some((d) => named.some((n) => n.id === d.id))) return trade;
  const leading = search.tradeLeadingTo(named[0]!);
  return leading ? { trade: leading, score: EXACT_TRADE_NAME, phrase: normalize(named[0]!.title), whole: true } : undefined;
}

/** A specialty's title this long (in meaningful words) names one diploma even without its kind ("CAP", "BTS"). */
const LONG_TITLE_WORDS = 3;

/**
 * The kind of diploma (its type, "BTS") a message names by the whole title of its specialty, said without the kind
 * ("management commercial opérationnel à Caen"): only a long title (three meaningful words at least: "cuisine" alone
 * is a trade, not "CAP cuisine"), and only when every diploma of that title is of one kind.
 */
export function typeOfLongTitleNamed(search: Search, normalized: string): string | undefined {
  const named = search.diplomasNamed(normalized).filter((d) => meaningfulTitleWords(d.title, d.type) >= LONG_TITLE_WORDS);
  const types = new Set(named.map((d) => d.type));
  return types.size === 1 ? [...types][0] : undefined;
}

function meaningfulTitleWords(title: string, type: string): number {
  const kind = new Set(tokenize(normalize(type)));
  return tokenize(normalize(title)).filter((w) => !kind.has(w) && !TRADE_STOP_WORDS.has(w) && !/^\d/.test(w)).length;
}

/**
 * The trade a message names: by a title or an alias (tradeInText), else by its worker's activity (tradeByActivity).
 * A title read from words apart and not word for word ("réparer les carrosseries de voitures" holds the car mechanic's
 * "réparer les voitures") gives way to the activity noun typed among them when that noun names another trade on its
 * own (carrosserie → carrossier): the person said which part of the car, and that part is the other trade's work.
 */
export function tradeOfMessage(search: Search, normalized: string, everyday: (word: string) => boolean, fieldWords: ReadonlySet<string>): TradeHit | undefined {
  const typed = tradeInText(search, normalized, TYPED_TRADE_MIN, everyday);
  if (typed !== undefined && (typed.score >= EXACT_TRADE_NAME || typedWordForWord(typed.phrase, normalized))) return typed;
  // "ai-je le droit d'interdire les tatouages à mon apprentie ?": what is allowed or forbidden is asked of an activity
  // noun, not a trade wished (the tattooist's trade read from "tatouages" sent an employer the esthetician's card).
  const activity = RIGHTS_ASKED.test(normalized) ? undefined : tradeByActivity(search, normalized, everyday, fieldWords);
  if (typed === undefined) return activity;
  return activity !== undefined && activity.trade.code !== typed.trade.code && typed.phrase.split(' ').length >= 2 && !titleHoldsActivity(typed.phrase, activity.phrase) ? { ...activity, describedWork: true } : typed;
}

/** Letters by which a word of a title and an activity's worker are compared ("boulangerie", "boulanger"). */
const WORD_HEAD = 5;

/**
 * Whether the trade's title read in the message holds the activity's own word ("vendeur en boulangerie pâtisserie"
 * holds "boulanger"'s): a compound title whose activity noun names its head trade only by that noun is that title
 * (first-round25: the seller in a bakery, not the baker). A title that does not hold it ("réparer les voitures" for
 * "réparer les carrosseries") leaves the activity noun its own worker (the body repairer).
 */
function titleHoldsActivity(phrase: string, activityPhrase: string): boolean {
  const worker = activityPhrase.split(' ')[0]?.slice(0, WORD_HEAD) ?? '';
  return worker.length === WORD_HEAD && phrase.split(' ').some((w) => w.slice(0, WORD_HEAD) === worker);
}

/** Whether something is allowed or forbidden is asked: "le droit de", "interdire", "autorisé", "permis". */
const RIGHTS_ASKED = /\b(?:le droit d|droit de|interdire|interdit|interdits|interdite|autoriser|autorise|autorisee|autorises|permis)\b/;

/** The least score at which a title or an alias read in a message names its trade. */
const TYPED_TRADE_MIN = 0.6;

/** A diploma's kind and the specialty after it ("cap horlogerie", "bac pro en chaudronnerie"): the diploma's title. */
const DIPLOMA_SPECIALTY = /\b(?:cap|capa|bp|bts|btsa|but|bac pro|bac|mc|cs|titre pro|licence pro) (?:en |d |de |de la |du )?\S+/g;

/**
 * The trade a message names by its worker's activity ("celui qui pose le carrelage" → carreleur): each activity word's
 * worker title (word-family.ts) read alone, as if typed. Only a title read word for word counts ("technique" →
 * "technicien" is a word of "technicien du son", not that trade), and only when the activities name one trade. The
 * name of a broad field (`fieldWords`: "agriculture", "mécanique") is no activity of one trade: its trades answer it;
 * a diploma's specialty after its kind ("CAP horlogerie") is read by the diplomas' titles.
 */
export function tradeByActivity(search: Search, normalized: string, everyday: (word: string) => boolean, fieldWords: ReadonlySet<string> = new Set()): TradeHit | undefined {
  // The field's words stay in place (so that an activity noun keeps the article it follows) but derive no title.
  const activities = normalized.replace(DIPLOMA_SPECIALTY, ' ').split(' ').filter((w) => w.length > 0).join(' ');
  const hits = workerTitles(activities, (w) => search.isTradeWord(w), (w) => fieldWords.has(w)).flatMap((title) => {
    const hit = bestTrade(search, title, 0.6, everyday);
    return hit !== undefined && hit.phrase === title ? [hit] : [];
  });
  return new Set(hits.map((h) => h.trade.code)).size === 1 ? hits[0] : undefined;
}
