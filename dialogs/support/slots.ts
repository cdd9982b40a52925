import type { Activity } from 'botbuilder';
import type { Offer } from './actions.js';
import { reply } from './replies.js';
import type { Persona } from '../../src/knowledge/schema/vocabulary.js';
import type { Slot } from './state.js';
import { offerTitled, say, type Turn } from './turn.js';
import { tradesHeadedBy } from './trades-headed-by.js';
import { tradeShortName } from './knowledge-views.js';


const PERSONA_CHOICES: ReadonlyArray<[string, Persona]> = [
  ['choice.persona.jeune', 'jeune'],
  ['choice.persona.parent', 'parent'],
  ['choice.persona.employeur', 'employeur'],
  ['choice.persona.conseiller', 'conseiller'],
];

/** Level reached: 2 = collège or lycée without a diploma, 3 = CAP, 4 = bac, 5 = bac+2 or more. */
const LEVEL_CHOICES: ReadonlyArray<[string, number]> = [
  ['choice.level.college', 2],
  ['choice.level.lycee', 2],
  ['choice.level.cap', 3],
  ['choice.level.bac', 4],
  ['choice.level.superieur', 5],
];

const BIG_TOWNS = ['Caen', 'Rouen', 'Le Havre', 'Cherbourg-en-Cotentin', 'Évreux', 'Alençon'];

/** The question for a missing detail, with quick replies; the second time it is worded as a retry. */
export function askFor(slot: Slot, turn: Turn, tries: number): Partial<Activity> {
  const text = say(turn, `ask.${slot}${tries > 0 ? '.retry' : ''}`);
  return reply(text, { quickReplies: quickRepliesFor(slot, turn), inputHint: 'expectingInput' });
}

/**
 * Round 33: the quiz's first question with its domains, asked after an answer to someone lost ("je sais pas quoi faire
 * après la 3e"): answer first, then refine (DESIGN §6). Not a waiting prompt: a domain typed or clicked starts the quiz
 * through its own rules, and any other question keeps its own route.
 */
export function interestsQuestion(turn: Turn): Partial<Activity> {
  return reply(say(turn, 'orientation.interests_after_answer'), { quickReplies: quickRepliesFor('interests', turn) });
}

function quickRepliesFor(slot: Slot, turn: Turn): (string | Offer)[] {
  switch (slot) {
    case 'persona':
      return PERSONA_CHOICES.map(([key, persona]) => offerTitled(turn, say(turn, key), { do: 'persona', persona }));
    case 'levelHeld':
      return LEVEL_CHOICES.map(([key, level]) => offerTitled(turn, say(turn, key), { do: 'level', level }));
    case 'interests':
      // A field the message denies ("pas dans la vente") is not offered.
      return turn.kb.knowledge.files.interets.interests
        .filter((i) => i.featured && !(turn.understanding.facts.deniedInterests ?? []).includes(i.id))
        .map((i) => offerTitled(turn, i.label, { do: 'interest', id: i.id }));
    case 'commune':
      // Clicking a town sends its name, which the place matcher reads like a typed one.
      return [...BIG_TOWNS];
    case 'trade':
    case 'tradeOrType':
      // "vendeur": the trades whose titles it heads, to pick from.
      return tradesHeadedBy(turn).map((t) => offerTitled(turn, tradeShortName(t), { do: 'trade', code: t.code }));
    default:
      return [];
  }
}

/**
 * Reads the answer to the question asked last turn, for what general extraction cannot know alone: a bare "17"
 * is an age only when we asked for the age. Choices (persona, level, interests) come back as quick-reply actions.
 */
export function fillAwaitedSlot(slot: Slot, turn: Turn): void {
  const { understanding, data } = turn;
  const n = understanding.facts.bareNumber;
  if (slot === 'age' && understanding.facts.age === undefined && n !== undefined && n >= 5 && n <= 99) data.profile.age = n;
  // Said as the answer to the level question, or beside another question of the quiz ("il a pas de diplôme" while the
  // age is asked): the level is then known, and not asked again.
  const levelAnswer = slot === 'levelHeld' || (QUIZ_SLOTS.has(slot) && data.profile.levelHeld === undefined);
  if (levelAnswer && turn.chosen === undefined && noDiplomaYet(understanding.normalized)) data.profile.levelHeld = NO_DIPLOMA_LEVEL;
}

/** The details the guided orientation asks (slot-needs.ts). */
const QUIZ_SLOTS: ReadonlySet<Slot> = new Set(['interests', 'age', 'levelHeld', 'commune']);
/** Level 2 of the level question: collège, or lycée left without a diploma. */
const NO_DIPLOMA_LEVEL = 2;
/**
 * An answer to the level question that names no class nor diploma held: none yet ("il a pas de diplôme", "aucun"),
 * the brevet under way ("elle passe son brevet"), a diploma failed ("il a pas eu son bac": "eu" alone would read it
 * as held), school left ("il a arrêté l'école", "elle a décroché"). Read only as that answer: "sans diplôme" in a
 * question ("on peut entrer en apprentissage sans diplôme ?") says nothing of the person.
 */
const NO_DIPLOMA_YET = new RegExp([
  /\b(?:sans|pas de|pas d|aucun|zero) (?:\S+ )?diplomes?\b/.source,
  /^(?:aucun|rien|non|nada|pas de diplome)$/.source,
  /\b(?:pas|jamais) (?:eu|obtenu|reussi|valide) (?:mon|son|sa|le|la|son|ton) (?:brevet|dnb|bac|cap|bep|diplome)\b/.source,
  /\b(?:rate|loupe|echoue a) (?:mon|son|sa|le|la|ton) (?:brevet|dnb|bac|cap|bep)\b/.source,
  /\b(?:passe|prepare|passera|passer) (?:mon|son|le|ton) (?:brevet|dnb)\b/.source,
  /\b(?:lache|arrete|quitte|abandonne|stoppe|plaque)(?: \S+){0,2} (?:le lycee|lycee|le college|college|la ecole|le ecole|lecole|ecole|les cours|les etudes|mes etudes|ses etudes)\b/.source,
  /\b(?:decroch\w*|descolaris\w*)\b/.source,
].join('|'));

/** Whether the message, read as the answer to the level question, says no diploma is held yet. */
export function noDiplomaYet(normalized: string): boolean {
  return NO_DIPLOMA_YET.test(normalized);
}
