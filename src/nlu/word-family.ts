/**
 * A trade named by what its worker does or works with: "celui qui pose le carrelage", "la plomberie", "qui soude",
 * "un métier dans la coiffure". French builds the worker's title from the activity's word by a handful of regular
 * derivations (carrel-age → carrel-eur, plomb-erie → plomb-ier, soud-ure → soud-eur, mécan-ique → mécan-icien,
 * électric-ité → électric-ien); the titles themselves come from the ROME appellations (the trade index), so the word
 * family reaches every trade whose title follows one of them, never a list of trades.
 */

/** An activity noun's ending and the endings its worker's title may take instead. */
const NOUN_FAMILIES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/erie$/, ['ier', 'er', 'iste', '']], // plomberie, boulangerie, ébénisterie, maçonnerie (maçonn → maçon below)
  [/age$/, ['eur', 'ier', 'iste']], // carrelage, jardinage, câblage
  [/ure$/, ['eur', 'ier', 'urier']], // soudure, coiffure, couture
  [/ique$/, ['icien']], // mécanique, informatique, esthétique
  [/ite$/, ['ien']], // électricité
  [/isme$/, ['iste']], // paysagisme, journalisme
];

/**
 * A verb said of the worker ("celui qui répare", "la personne qui soude les pièces"): its stem takes the agent's
 * ending. Only right after "qui": elsewhere a verb is the person's own wish ("je veux travailler"), not a title.
 */
const AFTER_WHO = /(?:^| )qui (?:s |se )?(\S+)/g;
// A conjugated verb only ("qui soude", "qui réparent"): "qui" before an infinitive asks whom ("vers qui se tourner ?",
// "qui contacter ?"), and "tourner" is no turner.
const VERB_ENDINGS = /(?:ent|es|e)$/;
const AGENT_ENDINGS = ['eur', 'ateur', 'ier', 'iste'];

/** The articles and prepositions an activity noun follows. */
const BEFORE_A_NOUN: ReadonlySet<string> = new Set('le la les l un une du de des d en dans au aux sa son ses ma mon mes pour'.split(' '));

/** Activity words shorter than this are too often everyday words with a title's letters ("page", "cure"). */
const MIN_WORD = 6;
/** A stem this short names no trade on its own ("vent" in "vente" is no "ventilation"). */
const MIN_STEM = 5;
/** A verb's stem may be shorter: "soud-e" after "qui" is a worker's verb. */
const MIN_VERB_STEM = 4;

/** Candidate titles for one activity noun, most regular first. */
function nounTitles(typed: string): string[] {
  // "les carrosseries", "des soudures": the plural of the activity names the same worker.
  const word = typed.length > MIN_WORD && /[^s]s$/.test(typed) ? typed.slice(0, -1) : typed;
  if (word.length < MIN_WORD) return [];
  const out: string[] = [];
  for (const [ending, agents] of NOUN_FAMILIES) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, '');
    if (stem.length < MIN_STEM) continue;
    for (const agent of agents) {
      out.push(stem + agent);
      // A doubled consonant before the ending drops in the short title: maçonn-erie → maçon.
      if (agent === '' && /(nn|ss|tt|ll)$/.test(stem)) out.push(stem.slice(0, -1));
    }
  }
  return out;
}

/** Candidate titles for one verb said after "qui". */
function verbTitles(word: string): string[] {
  const stem = word.replace(VERB_ENDINGS, '');
  if (stem === word || stem.length < MIN_VERB_STEM) return [];
  return AGENT_ENDINGS.map((agent) => stem + agent);
}

/**
 * The workers' titles the message's activity words derive to, when each is a word of some trade title (`isTitleWord`):
 * "celui qui pose le carrelage" → ["carreleur"]. The reading of the trade (trades.ts) weighs each as a title typed.
 * Skipped words (a broad field's name) derive nothing but keep their place.
 */
export function workerTitles(normalized: string, isTitleWord: (word: string) => boolean, isSkipped: (word: string) => boolean = () => false): string[] {
  const titles = new Set<string>();
  for (const m of normalized.matchAll(AFTER_WHO)) {
    if (isSkipped(m[1]!)) continue;
    const title = verbTitles(m[1]!).find(isTitleWord);
    if (title !== undefined) titles.add(title);
  }
  const words = normalized.split(' ');
  words.forEach((word, i) => {
    // A noun of activity follows its article or preposition ("la plomberie", "dans la mécanique", "du carrelage"); the
    // same letters after a verb are an adjective ("c'est automatique ?" names no automation technician).
    if (isSkipped(word) || !BEFORE_A_NOUN.has(words[i - 1] ?? '')) return;
    const title = nounTitles(word).find((t) => t !== word && isTitleWord(t));
    if (title !== undefined) titles.add(title);
  });
  return [...titles];
}
