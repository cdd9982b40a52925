import { everydayWordsOf } from '../../src/nlu/everyday-words.js';
import { TITLE_STOP_WORDS } from '../../src/text/stop-words.js';
import { ASKING_WORD } from '../routing/asks.js';
import { diplomaObtainedRoute } from '../routing/diploma-obtained.js';
import { namesPlace } from '../routing/facts.js';
import { asksWhetherThereIs } from '../routing/listed-trades-where.js';
import type { Slot } from './state.js';
import type { Turn } from './turn.js';

/**
 * A message that does not answer the question the bot asked, and reads as a question of its own: it is routed
 * afresh (the whole routing), never taken as a failed answer ("Je ne trouve pas cette ville", "je n'ai pas compris
 * ton âge"). Testers' kinds: "jpeux le dire a qui sans qu'il sache que c moi" while the town was asked; "avec quel
 * diplôme ?" while the quiz asked the age.
 *
 * - An asking word (qui, quoi, combien, quel…; "où" left out: at the town question it asks where back, which the
 *   question's own first answer says) at the town, age or level question, or at the course question in three words
 *   or more (a course may be asked in a question: "c'est quoi le CAP cuisine").
 * - At the town question, five words or more, all of everyday French: no word of it can be a misspelt town ("bah
 *   en vrai je sais pas du tout"), while "j'habite à Caan" keeps its retry with the postcode.
 * A message about the town asked ("je sais pas quelle ville mettre") stays with the question: its retry helps.
 * The interests question takes free text ("j'aime bien quand ça bouge"): it is left to its own reading.
 */
export function asksOwnQuestionAtSlot(slot: Slot, turn: Turn): boolean {
  const u = turn.understanding;
  if (turn.chosen !== undefined) return false;
  const asks = ASKING_WORD.test(u.normalized);
  switch (slot) {
    case 'commune':
      // "je sais pas quelle ville mettre": about the town asked, which the retry (a postcode) helps with.
      if (TALKS_OF_THE_TOWN.test(u.normalized)) return false;
      return asks || (u.words >= MIN_WORDS_OF_A_SENTENCE_ALONE && allEveryday(turn));
    case 'age':
    case 'levelHeld':
      return asks;
    case 'trade':
    case 'tradeOrType':
      return asks && u.words >= MIN_WORDS_OF_A_SENTENCE;
    default:
      return false;
  }
}

/**
 * A diploma told as obtained with what to do next ("j'ai eu mon CAP boulanger, je fais quoi après ?") while a
 * question waits: its own route (the next-step entry), even though its trade or its field would also answer the
 * guided quiz's question.
 */
export function tellsDiplomaObtained(turn: Turn): boolean {
  return turn.chosen === undefined && diplomaObtainedRoute(turn.understanding, (id) => turn.kb.search.faqEntry(id) !== undefined) !== undefined;
}

/**
 * "y en a un à Argentan ?" right after the guided quiz proposed its trades, while it asks the age or the level: where
 * those trades are taught near that town, not the quiz's next question. At the quiz's town question a town is the
 * answer; a trade or a diploma named is a course request of its own.
 */
export function asksWhereListedTradesAre(slot: Slot, turn: Turn): boolean {
  const { understanding: u, data } = turn;
  if (turn.chosen !== undefined || slot === 'commune' || (data.listedTrades ?? []).length === 0) return false;
  if (u.trade !== undefined || u.facts.diplomaType !== undefined || !namesPlace(u)) return false;
  return u.text.includes('?') || asksWhetherThereIs(u) || u.cues.asksWhere || u.cues.nearTown || u.cues.whereToLearn;
}

/**
 * "avec quel diplôme ?" right after the guided quiz proposed its trades, while it asks the age or the level: the
 * diplomas of those trades (listed-trades-diplomas), not "je n'ai pas compris ton âge".
 */
export function asksDiplomasOfListedTrades(slot: Slot, turn: Turn): boolean {
  const { understanding: u, data } = turn;
  if (turn.chosen !== undefined || slot === 'commune' || (data.listedTrades ?? []).length === 0) return false;
  return u.cues.whichDiploma && u.trade === undefined && u.facts.diplomaType === undefined && !namesPlace(u);
}

/**
 * "c'est quel diplôme ?" while the trade question offers, to pick from, the trades a word heads ("vendeur": en
 * prêt-à-porter, automobile…): the diplomas of those trades on screen, not "quel métier ?" asked again. Their codes.
 */
export function offeredTradesAskedDiplomas(slot: Slot, turn: Turn): string[] | undefined {
  const u = turn.understanding;
  if (turn.chosen !== undefined || (slot !== 'trade' && slot !== 'tradeOrType')) return undefined;
  if (!u.cues.whichDiploma || u.trade !== undefined || u.facts.diplomaType !== undefined || namesPlace(u)) return undefined;
  const codes = (turn.data.offered ?? []).flatMap((o) => (o.action?.do === 'trade' ? [o.action.code] : []));
  return codes.length >= 2 ? codes : undefined;
}

/** Fewer words may be a town's name, even a misspelt one ("st etienne du rouvrai" is four). */
const MIN_WORDS_OF_A_SENTENCE = 3;
/**
 * Without an asking word, a sentence is told by its length: "je sais pas trop" stays with the question (the routing
 * would read its words alone as the quiz), "bah je sais pas du tout en fait" is a sentence.
 */
const MIN_WORDS_OF_A_SENTENCE_ALONE = 5;
/** Words about the town asked ("ma ville est pas dans la liste"): an answer of sorts, which the retry helps. */
const TALKS_OF_THE_TOWN = /\b(?:ville|villes|commune|village|bled|patelin|code postal|cp|habite|habites|habitons|habitez|vis|vit)\b/;

function allEveryday(turn: Turn): boolean {
  const everyday = everydayWordsOf(turn.kb.knowledge);
  return turn.understanding.normalized.split(' ').every((w) => w.length === 0 || everyday.has(w) || TITLE_STOP_WORDS.has(w));
}
