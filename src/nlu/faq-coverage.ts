import { boundedEditDistance } from '../text/fuzzy.js';
import { normalize, tokenize } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { PLACE_CUES, TITLE_STOP_WORDS } from '../text/stop-words.js';

/** A FAQ entry's words: its ways of asking, its answers, its details (all the texts it was written with). */
export interface FaqWords {
  id: string;
  texts: readonly string[];
}

/** The FAQ's vocabulary: per entry, its stems; per stem, how many entries have it. */
export interface FaqVocabulary {
  readonly byEntry: ReadonlyMap<string, ReadonlySet<string>>;
  readonly entriesWith: ReadonlyMap<string, number>;
  readonly size: number;
  /** Every word the FAQ writes, whole (normalised), by its first letter: what a typo is measured against. */
  readonly wordsByInitial: ReadonlyMap<string, readonly string[]>;
}

/**
 * A word is distinctive when at most this share of the entries have it: "caces", "seconde", "stage" say what a question
 * is about; "contrat", "employeur", "cfa", which most entries write, do not.
 */
export const DISTINCTIVE_SHARE = 0.05;
/** Acronyms written in capitals ("CACES", "BAFA") that no entry has are distinctive: names of things, not typos. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{2,7}$/u;

/**
 * Words that say how a question is asked or who asks it, never what it is about, however rare in the FAQ: asking,
 * knowing, being sure, the person's family, how they feel (fed up, worried), politeness, SMS fillers, the qualities
 * wished in a person ("une apprentie sérieuse", "un jeune motivé"), words that stand for anyone or anything
 * ("remboursé par quelqu'un ?"), the words of "now" ("le SMIC en ce moment"), the weekdays a story happens on ("la
 * rentrée c'est lundi": not the weekend's or Sunday's work, which are topics), the words that say where ("je vis à
 * Alençon", "vers", "près"), the months (when, as the weekdays: "commencer en février"), "ça sert à quoi" and "par
 * rapport à" (asking what a thing is, comparing), the adverbs of manner ("concrètement", "franchement", "normalement": how the person
 * asks, never what), the words that turn to another question ("bon", "laisse tomber", "oublie ça", "peu importe"), the
 * formulas of a letter ("je me permets de vous contacter afin d'obtenir…", "je vous prie d'agréer… mes salutations
 * distinguées"), the pronouns of place that stand for the thing named ("s'inscrire dessus"), not understanding ("je
 * comprends rien à…": asking what it is), "un problème / des soucis", "c'est grave / gênant / bloquant ?" (that something is wrong, or whether it matters, not what), the kinds of workplace a story happens in
 * ("je finis à 23h30 au resto": where, not what is asked), and the words around an age ("29 ans et demi", "bientôt
 * 30 ans": the age is read as a fact of the person), and the words that ask for a comparison or the choices open ("ça paye
 * pareil ?", "quelles options ?", "quelles possibilités ?": how the question asks, the entry answers the thing), and "en poche" (a diploma held),
 * and the qualifiers of what is asked ("une aide spécifique ?", "des conditions particulières ?": this case's, which the
 * entry answers), and the forms of "aller", and the subjunctives of "être", "avoir", "faire" ("pour qu'il aille au CFA":
 * how the sentence is built, not a subject), and the conjunctions that join its clauses and the present participles of
 * "être" and "avoir" ("qui signe, puisqu'elle est mineure ?", "en étant apprenti, on a une carte ?": how the sentence
 * is built, never the thing asked).
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  `bonjour bonsoir salut merci svp stp slt mdr lol please exactement vraiment precisement exact exacte simplement
  juste bien alors donc aussi encore deja ok okay oui non ben bah euh hein voila quoi comment combien pourquoi
  fils fille enfant enfants gamin gamine ado parent parents mere pere maman papa chef cheffe boss
  soeur soeurs frere freres cousin cousine cousins oncle tante grand mere grands parents mamie papi papy neveu niece
  marre galere galerer stress stresse peur inquiet inquiete angoisse perdu perdue probleme problemes souci soucis pb
  grave genant genante bloquant bloquante
  resto restau restaurant restos restaurants magasin boutique garage chantier usine atelier salon hotel bar cafe
  boulangerie boucherie pharmacie supermarche entrepot bureau cuisine
  savoir sais sait connaitre demander demande question questions renseigner renseignement renseignements info infos information informations
  aimerais voudrais voudrait souhaite souhaiterais cherche cherchais besoin svp merci madame monsieur
  pouvait pourrait pourrais pourraient pouvez pouvons pouvaient devrait devrais faudrait
  serieux serieuse motive motivee fiable dynamique gentil gentille sympa agreable competent competente
  quelquun quelque chose truc trucs machin lundi mardi mercredi jeudi vendredi hier demain
  moment actuellement maintenant mtn aujourdhui
  demi demie bientot
  concretement precisement reellement simplement seulement uniquement normalement generalement habituellement
  franchement honnetement serieusement clairement rapidement vite directement personnellement totalement completement
  absolument forcement eventuellement justement finalement facilement exactement basiquement globalement
  bon bref laisse laisses tomber oublie oublies passons importe tant pis
  permets permet permettre permis contacter contacte ecrire ecris obtenir obtiens recevoir agreer agreez prie prions
  salutations salutation distinguees distingues cordialement cordiales respectueusement sentiments respectueux
  consideration remercie remercions remerciant remerciements avance veuillez expression meilleures
  filleul filleule petite petit fiston beau belle copain copine pote potes voisin voisine ami amie amis
  dessus dedans comprends comprend compris capte pige rien
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  sert servent servir rapport
  pareil pareille pareils pareilles idem options choix possibilite possibilites solutions alternatives poche
  specifique specifiques particulier particuliere particuliers particulieres special speciale speciaux speciales
  aller va vais vas vont allons allez aille ailles aillent irai iras ira irons irez iront irais irait soit sois soient ait aies aient fasse fasses fassent
  puisque puisqu lorsque lorsqu quoique quoiqu tandis etant ayant`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .concat([...PLACE_CUES])
    .map(stem),
);

/** The stems a text's own words count under (grammar, one-letter elisions and numbers dropped). */
export function coverageStems(normalized: string): string[] {
  return tokenize(normalized)
    .filter((w) => w.length > 2 && !TITLE_STOP_WORDS.has(w) && !/\d/.test(w))
    .map(stem);
}

export function faqVocabularyOf(entries: readonly FaqWords[]): FaqVocabulary {
  const byEntry = new Map<string, ReadonlySet<string>>();
  const entriesWith = new Map<string, number>();
  const words = new Set<string>();
  for (const e of entries) {
    // Each text normalised once (normalising is most of this build, which the first turn after a start pays).
    const texts = e.texts.map(normalize);
    const stems = new Set(texts.flatMap(coverageStems));
    byEntry.set(e.id, stems);
    for (const s of stems) entriesWith.set(s, (entriesWith.get(s) ?? 0) + 1);
    for (const t of texts) for (const w of tokenize(t)) words.add(w);
  }
  const wordsByInitial = new Map<string, string[]>();
  for (const w of words) {
    const same = wordsByInitial.get(w[0] as string);
    if (same) same.push(w);
    else wordsByInitial.set(w[0] as string, [w]);
  }
  return { byEntry, entriesWith, size: entries.length, wordsByInitial };
}

/**
 * The message's distinctive words that the entry chosen for it does not have: words few entries write (see
 * DISTINCTIVE_SHARE), and acronyms no entry writes. An entry that leaves one out answers a nearby question, not this
 * one ("le CACES il est pris en charge ?" read as the meals entry: "caces" is in no word of it). Words no entry has
 * otherwise (a typo, a town, "gastro") are not held against it: they may say nothing of what is asked.
 * `ignore`: stems of the message read as something else (a town, a trade), never held against the entry.
 * `namesOnly`: only the acronyms (for a guess told with other readings beside it, whose rare words may be incidental).
 */
export function uncoveredWords(
  vocabulary: FaqVocabulary,
  id: string,
  message: { text: string; normalized: string },
  ignore: ReadonlySet<string> = new Set(),
  namesOnly = false,
): string[] {
  const own = vocabulary.byEntry.get(id);
  if (!own) return [];
  const limit = Math.max(1, Math.floor(vocabulary.size * DISTINCTIVE_SHARE));
  const missing = new Set<string>();
  // A verb's forms say what is done, never the detail asked ("démarrer", "attendre", "je connais"): only the words
  // that name a thing count against an entry.
  const named = tokenize(message.normalized).filter((w) => !isVerbForm(w)).join(' ');
  for (const s of namesOnly ? [] : coverageStems(named)) {
    if (own.has(s) || ASKING_WORDS.has(s) || ignore.has(s) || ofOwnFamily(s, own)) continue;
    const n = vocabulary.entriesWith.get(s) ?? 0;
    if (n > 0 && n <= limit) missing.add(s);
  }
  for (const word of acronymsOf(message.text)) {
    const plain = normalize(word);
    const s = stem(plain);
    // "EST", "QUOI" in capitals are the grammar and the asking of a question, never names of things.
    if (TITLE_STOP_WORDS.has(plain) || ASKING_WORDS.has(s)) continue;
    if (!own.has(s) && !ignore.has(s) && !vocabulary.entriesWith.has(s)) missing.add(s);
  }
  return [...missing];
}

/**
 * A word family shares its first letters: from this many, a stem the entry writes as the start of the message's, or
 * the other way round, is the same word in another form ("imposée" for "imposable", "transmis" for "transmettre"),
 * which the stemmer cuts apart. Shorter prefixes say too little ("port" is in "porter" and "portable").
 */
const FAMILY_PREFIX = 5;
/** Whether the entry writes a word of the same family as the stem `s` (see FAMILY_PREFIX). */
function ofOwnFamily(s: string, own: ReadonlySet<string>): boolean {
  if (s.length < FAMILY_PREFIX) return false;
  for (const o of own) if (o.length >= FAMILY_PREFIX && (o.startsWith(s) || s.startsWith(o))) return true;
  return false;
}

/** A word with capitals and no small letter ("C", "D'", "PÉRIODE", "CACES"): shouted, or an acronym. */
const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * The words written in capitals, unless most of the message is ("SALAIRE APPRENTI 21 ANS", "C'EST QUOI LA PÉRIODE
 * D'ESSAI ?": capitals say nothing then). Every shouted word counts for that, the one-letter elisions ("C'", "D'") too.
 */
function acronymsOf(text: string): string[] {
  const words = text.split(/[^\p{L}\d]+/u).filter((w) => w.length > 0);
  const shouted = words.filter((w) => SHOUTED.test(w));
  return shouted.length * 2 > words.length ? [] : words.filter((w) => ACRONYM.test(w));
}

/** A word no entry writes says a topic only from this length (as a stem): "taf", "kiff", "chelou" say how, not what. */
const FOREIGN_MIN_STEM = 5;
/** When the detail asked is looked for (ForeignOptions.shortNouns), a shorter noun after a determiner: "la taxe", "le menu". */
const SHORT_NOUN_MIN_STEM = 3;

export interface ForeignOptions {
  /** Only the words after a determiner or a preposition: the things a long message names, not its story's words. */
  nounsOnly?: boolean;
  /** Short nouns too ("la taxe", "un visa"), after a determiner only. */
  shortNouns?: boolean;
}
/**
 * A verb's forms say what is done, rarely the subject asked, and the FAQ writes each verb in few of them ("sortir de
 * l'argent", "devoir payer"): infinitives and the usual endings of a conjugated verb are no subject of their own; nor
 * the adjectives of what can be done ("c'est jouable ?", "faisable", "envisageable"): how the question is asked.
 */
const VERB_FORM = /(?:er|ir|oir|ez|ons|ais|ait|aient|iez|ions|erai|eras|era|erons|eront|ables?|ibles?)$/;
/**
 * The infinitives in -re young people write ("attendre", "prendre", "mettre", "connaître"): verbs, whose ending
 * VERB_FORM cannot tell from a noun's ("centre", "chambre", "offre").
 */
const RE_VERB = /^(?:re|ap|com|sur|en|de|pour)?(?:attendre|prendre|mettre|suivre|vivre|dire|faire|lire|ecrire|inscrire|croire|perdre|rendre|repondre|descendre|entendre|dependre|conduire|construire|connaitre|paraitre|plaire|rejoindre|joindre|atteindre|craindre|plaindre|resoudre|convaincre|battre|rompre|interrompre|sortir|partir|venir|tenir)$/;
/**
 * A verb's form as a question says what is done: an infinitive or a conjugated ending. Plurals in -ons ("cotisations",
 * "allocations") and the nouns and adjectives in -er, -ir, -oir that name a subject are no verbs.
 */
const ASKED_VERB_FORM = /(?:er|ir|oir|ez|ais|ait|aient|iez)$/;
const NOT_VERBS: ReadonlySet<string> = new Set(
  `cahier cahiers loyer foyer dossier papier quartier premier premiere dernier hiver avenir loisir loisirs plaisir desir
  souvenir soir espoir devoir devoirs pouvoir savoir mer fer hier cuir cher fier entier leger etranger danger clavier
  frais anglais francais jamais mais palais relais marais delais delai biais rabais epais mauvais niais balai ballet
  boucher boulanger charcutier cuisinier plombier couvreur menuisier carrossier jardinier fermier pompier infirmier
  courrier janvier fevrier laser poker bar soutenir`.split(/\s+/),
);
/** A verb's form in a question ("démarrer", "attendre", "je connais"): what is done, never the detail asked. */
export const isVerbForm = (word: string): boolean => !NOT_VERBS.has(word) && (ASKED_VERB_FORM.test(word) || RE_VERB.test(word));
/** From this length a typo may be two letters off a word of the FAQ; shorter, one. */
const TWO_TYPOS_FROM = 9;

/**
 * The message's words that no FAQ entry writes, nor anything a typo away from them: "mutuelle", "enterrement",
 * "mariage" name a subject the FAQ does not treat, where "conger" is "congé" misspelt. A typo is measured on the whole
 * word, against the FAQ's words of the same first letter (a typo rarely hits it: "bourse" is not "course").
 * Names (a word written with its capital inside the message: "mon fils Lucas"), the asking words and `ignore` (a town,
 * a trade) are no subject either; nor a typo of `otherWords` (the trade read: "prothésiste dentere" is "dentaire"). The caller holds them against an entry only when that entry leaves much of the
 * message out (routing/decide.ts): a whole question read well is answered, whatever word of it no entry writes.
 */
export function foreignWords(
  vocabulary: FaqVocabulary,
  message: { text: string; normalized: string },
  ignore: ReadonlySet<string> = new Set(),
  otherWords: readonly string[] = [],
  { nounsOnly = false, shortNouns = false }: ForeignOptions = {},
): string[] {
  const named = new Set(namesIn(message.text).flatMap((w) => coverageStems(normalize(w))));
  const out = new Set<string>();
  const words = tokenize(message.normalized);
  const asked = askedClauseStart(words);
  for (const [i, w] of words.entries()) {
    const afterDeterminer = DETERMINER.test(words[i - 1] ?? '');
    if (nounsOnly && !afterDeterminer && i < asked) continue;
    const [s] = coverageStems(w);
    // A short word ("menu", "taxe", "visa") names a thing, when asked for, after a determiner only.
    const minStem = shortNouns && afterDeterminer ? SHORT_NOUN_MIN_STEM : FOREIGN_MIN_STEM;
    if (s === undefined || s.length < minStem || VERB_FORM.test(w) || vocabulary.entriesWith.has(s) || ASKING_WORDS.has(s) || ignore.has(s) || named.has(s)) continue;
    // A short noun is matched whole: one letter off, "menu" is "mène" and "visa" is "vise".
    const typos = s.length < FOREIGN_MIN_STEM ? 0 : w.length >= TWO_TYPOS_FROM ? 2 : 1;
    // The words read as a trade are typed worst ("prothesiste dentere"): one more typo is allowed against them.
    const typo =
      (vocabulary.wordsByInitial.get(w[0] as string) ?? []).some((k) => boundedEditDistance(w, k, typos) <= typos) ||
      otherWords.some((k) => k[0] === w[0] && boundedEditDistance(w, k, typos + 1) <= typos + 1);
    if (!typo) out.add(s);
  }
  return [...out];
}

/**
 * The words that open a noun phrase: a word after one of them names a thing ("le menu", "en dollars", "un visa",
 * "pour l'enterrement"); in a long message, the words after anything else are mostly the story's ("je déteste", "une
 * ferme laitière", "apprenti couvreur").
 */
const DETERMINER = /^(?:le|la|l|les|un|une|des|du|de|d|en|au|aux|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|nos|vos|leur|leurs|ce|cette|ces|pour|sur|avec|quel|quelle|quels|quelles)$/;

/** The words that open what is asked ("quelles démarches préfecture…", "comment…"): its words are the detail asked. */
const ASKING_OPENER = /^(?:quel|quelle|quels|quelles|comment|combien|pourquoi|quand|qui|quoi|koi)$/;
/** Where the question's own clause starts in a long message (the words' count when nothing opens one). */
function askedClauseStart(words: readonly string[]): number {
  const i = words.findIndex((w) => ASKING_OPENER.test(w));
  return i < 0 ? words.length : i;
}

/**
 * The words written with a capital after the message's first word: names ("Lucas", "Leclerc"), not the sentence start.
 * A capital inside the word after small letters ("PayPal", "TikTok", "LinkedIn") writes a brand, a thing the question
 * may be about, not a person's name.
 */
function namesIn(text: string): string[] {
  const words = text.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !BRAND_CASE.test(w));
}
const BRAND_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
