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
 * Alençon", "vers", "près"), the adverbs of manner ("concrètement", "franchement", "normalement": how the person
 * asks, never what), the words that turn to another question ("bon", "laisse tomber", "oublie ça", "peu importe"), the kinds of workplace a story happens in
 * ("je finis à 23h30 au resto": where, not what is asked), and the words around an age ("29 ans et demi", "bientôt
 * 30 ans": the age is read as a fact of the person).
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  `bonjour bonsoir salut merci svp stp slt mdr lol please exactement vraiment precisement exact exacte simplement
  juste bien alors donc aussi encore deja ok okay oui non ben bah euh hein voila quoi comment combien pourquoi
  fils fille enfant enfants gamin gamine ado parent parents mere pere maman papa
  marre galere galerer stress stresse peur inquiet inquiete angoisse perdu perdue
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
  bon bref laisse laisses tomber oublie oublies passons importe tant pis`
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
  for (const e of entries) {
    const stems = new Set(e.texts.flatMap((t) => coverageStems(normalize(t))));
    byEntry.set(e.id, stems);
    for (const s of stems) entriesWith.set(s, (entriesWith.get(s) ?? 0) + 1);
  }
  return { byEntry, entriesWith, size: entries.length };
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
  for (const s of namesOnly ? [] : coverageStems(message.normalized)) {
    if (own.has(s) || ASKING_WORDS.has(s) || ignore.has(s)) continue;
    const n = vocabulary.entriesWith.get(s) ?? 0;
    if (n > 0 && n <= limit) missing.add(s);
  }
  for (const word of acronymsOf(message.text)) {
    const s = stem(normalize(word));
    if (!own.has(s) && !ignore.has(s) && !vocabulary.entriesWith.has(s)) missing.add(s);
  }
  return [...missing];
}

/** The words written in capitals, unless the whole message is ("SALAIRE APPRENTI 21 ANS": capitals say nothing then). */
function acronymsOf(text: string): string[] {
  const words = text.split(/[^\p{L}\d]+/u).filter((w) => w.length > 0);
  const capitals = words.filter((w) => ACRONYM.test(w));
  return capitals.length * 2 > words.length ? [] : capitals;
}
