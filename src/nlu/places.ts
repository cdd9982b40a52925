import type { Commune } from '../knowledge/schema/commune.js';
import type { Search } from '../knowledge/search.js';
import { normalize, tokenize } from '../text/normalize.js';
import { PLACE_CUES, STRONG_PLACE_CUES, TRADE_STOP_WORDS } from '../text/stop-words.js';

/** A Normandy commune named in a message, and how: its name, a postcode, a former name, or a misspelling. */
export interface CommuneHit {
  commune: Commune;
  via: 'name' | 'postcode' | 'former' | 'fuzzy';
  /** The normalised words of the message that named it. */
  span: string;
}

export interface OutsideHit {
  /** A French postcode outside Normandy. */
  postcode: string;
  department: string;
}

const NORMANDY_DEPARTMENTS = new Set(['14', '27', '50', '61', '76']);
/** Words that reject the place after them: "pas à Caen", "non Caen". */
const NEGATIONS: ReadonlySet<string> = new Set(['pas', 'non', 'plus']);
const MAX_PLACE_WORDS = 6;
/**
 * The five départements, as a message names them once normalised ("dans la manche", "dans l'orne" → "le orne"): a
 * département is not a misspelt town ("la manche" is not the hamlet of La Mouche). Towns are asked for instead.
 */
const DEPARTMENT_NAMES: ReadonlySet<string> = new Set(
  ['calvados', 'eure', 'manche', 'orne', 'seine maritime'].flatMap((d) => [d, `la ${d}`, `le ${d}`, `l ${d}`]),
);
/** An uncued misspelt town (see communeInText): long enough to be a name, and a town of this size at least. */
const UNCUED_TYPO_MIN_LENGTH = 5;
const UNCUED_TYPO_MIN_POPULATION = 5_000;
const NAMED_UNCUED_MIN_POPULATION = 5_000;

/** The Normandy commune named somewhere in a normalised message, by postcode, name or former name. */
export function communeInText(search: Search, normalized: string): CommuneHit | undefined {
  const tokens = tokenize(normalized);
  for (const t of tokens) {
    if (/^\d{5}$/.test(t)) {
      const hit = search.communesWithPostcode(t)[0];
      if (hit) return { commune: hit, via: 'postcode', span: t };
    }
  }
  // Longest span first, so "saint etienne du rouvray" wins over "saint". Of several towns, the one the message
  // does not reject ("non pas Caen, Bayeux"), and the last one said.
  const found: { hit: CommuneHit; start: number; end: number; negated: boolean }[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (let size = Math.min(MAX_PLACE_WORDS, tokens.length); size >= 1; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      if (taken.slice(i, i + size).some(Boolean)) continue;
      const span = tokens.slice(i, i + size).join(' ');
      const cued = i > 0 && PLACE_CUES.has(tokens[i - 1] as string) && !pastParticipleOfAvoir(tokens, i);
      const whole = size === tokens.length;
      const byName = search.communesNamed(span)[0];
      const former = search.formerCommuneNamed(span);
      let hit: CommuneHit | undefined;
      if (byName && acceptPlace(span, byName, cued || whole) && !articleLeftOut(span, byName, tokens[i - 1], whole)) hit = { commune: byName, via: 'name', span };
      else if (former && (cued || whole) && !TRADE_STOP_WORDS.has(span)) hit = { commune: former, via: 'former', span };
      if (!hit) continue;
      for (let k = i; k < i + size; k++) taken[k] = true;
      found.push({ hit, start: i, end: i + size, negated: NEGATIONS.has(tokens[i - 1] ?? '') || NEGATIONS.has(tokens[i - 2] ?? '') });
    }
  }
  if (found.length > 0) {
    const kept = found.filter((f) => !f.negated);
    const pool = kept.length > 0 ? kept : found;
    return pool.reduce((a, b) => (b.start > a.start ? b : a)).hit;
  }
  // A word after a strong place cue, or a message that is only a name, may be a misspelt town ("a lisieu",
  // "cean"); but not a word we know: a job title ("macon" is not the commune of Acon) or a word of our FAQ
  // ("c'est-à-dire" is not Vire).
  const known = (w: string) => TRADE_STOP_WORDS.has(w) || DEPARTMENT_NAMES.has(w) || search.isTradeWord(w) || search.isFaqWord(w);
  for (let i = 0; i < tokens.length; i++) {
    const cued = i > 0 && STRONG_PLACE_CUES.has(tokens[i - 1] as string);
    if (!cued && !(i === 0 && tokens.length <= 2)) continue;
    for (let size = Math.min(4, tokens.length - i); size >= 1; size--) {
      const span = tokens.slice(i, i + size).join(' ');
      // "à l'heure" is "a le heure": an article and a word we know is that word, not a misspelt "Le Havre".
      if (span.length < 4 || known(span) || known(span.replace(/^(?:le|la|les) /, ''))) continue;
      const fuzzy = search.closestCommune(span);
      if (fuzzy) return { commune: fuzzy.commune, via: 'fuzzy', span };
    }
  }
  // Without a cue, the town usually ends the message ("cap peintre granvile", "je suis de cherbour"): its last word
  // is read as a misspelt town only at one typo from one of the bigger towns, the ones people name most, and never
  // when it is a word we know (a trade word, or one of our FAQ's: "jours de congé" is not Condé).
  const last = tokens[tokens.length - 1];
  if (last !== undefined && last.length >= UNCUED_TYPO_MIN_LENGTH && !known(last)) {
    const fuzzy = search.closestCommune(last);
    // A typo rarely hits the first letter, and that rule keeps everyday words out ("le monde" is not Condé).
    const sameStart = fuzzy !== undefined && normalize(fuzzy.commune.name).startsWith(last[0] as string);
    if (fuzzy && sameStart && fuzzy.typos <= 1 && fuzzy.commune.population >= UNCUED_TYPO_MIN_POPULATION) {
      return { commune: fuzzy.commune, via: 'fuzzy', span: last };
    }
  }
  return undefined;
}

/** A French postcode outside Normandy in the message ("je suis à 75011"). */
export function outsidePostcodeInText(search: Search, normalized: string): OutsideHit | undefined {
  for (const t of tokenize(normalized)) {
    if (/^\d{5}$/.test(t) && search.communesWithPostcode(t).length === 0) {
      const department = t.startsWith('97') ? t.slice(0, 3) : t.slice(0, 2);
      if (!NORMANDY_DEPARTMENTS.has(department)) return { postcode: t, department };
    }
  }
  return undefined;
}

/** The articles a commune's name may begin with ("Les Places", "La Couture", "Le Havre"). */
const NAME_ARTICLE = /^(?:les|la|le|l) /;

/**
 * A commune whose name begins with its article, read from the noun alone after a weak cue ("combien de places il
 * reste": Les Places, in the Eure): the noun of the sentence, not the town. Said with its article ("à Les Places"),
 * after a cue that says a place ("à", "vers", "au Havre"), or with no cue at all (a big town's name: "cap cuisine
 * havre"), it is the town.
 */
function articleLeftOut(span: string, commune: Commune, cue: string | undefined, whole: boolean): boolean {
  const name = normalize(commune.name);
  if (whole || !NAME_ARTICLE.test(name) || NAME_ARTICLE.test(`${span} `)) return false;
  // "de" is the one cue without the article ("du", "au", "aux" hold it: "du Havre"); "de Les Places" is not said. A
  // big town is read by its name alone anyway ("à côté de Havre").
  return cue === 'de' && commune.population < NAMED_UNCUED_MIN_POPULATION;
}

/** What follows the past participle "eu" when it is the verb: "il a eu son CAP", "elle a eu des soucis". */
const AFTER_EU_VERB = new Set(['mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'votre', 'leur', 'leurs', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'pas', 'rien', 'que', 'besoin', 'peur', 'envie', 'raison', 'tort', 'droit']);

/** "il a eu son CAP": "a eu" is the verb avoir ("à" and "a" normalise alike), not "à Eu" the town. */
function pastParticipleOfAvoir(tokens: readonly string[], i: number): boolean {
  return tokens[i] === 'eu' && tokens[i - 1] === 'a' && AFTER_EU_VERB.has(tokens[i + 1] ?? '');
}

/** Short or common words ("eu", "bois", "vire") are towns only when the message says it is a place. */
function acceptPlace(span: string, commune: Commune, cued: boolean): boolean {
  if (cued) return true;
  if (TRADE_STOP_WORDS.has(span)) return false;
  return span.length >= 4 && commune.population >= NAMED_UNCUED_MIN_POPULATION;
}
