import type { DiplomaShown } from '../support/state.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { partKeys } from '../support/answer-parts.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { namesPlace } from './facts.js';
import { levelNamed } from './trade-level.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * The diploma in view and what a short follow-up asks of it (issue 11, round 28): after a trade's card, a list of
 * places for a diploma, or the FAQ entry of a kind of diploma, "c'est quel niveau ?", "il s'appelle comment ?", "il faut
 * quoi pour y entrer ?", "et après ?" ask about THAT diploma. The FAQ matcher alone read them as the definition of
 * another diploma (the BP for "niveau"), the free line's entry ("appelle") or nothing at all. The thing in view is read
 * from the conversation (the diploma the answer led with, support/diploma-shown.ts), the aspect from the message; the
 * answer (main dialog, diploma-aspect-answer.ts) is that diploma's title and level, then its kind's FAQ entry led by the
 * sentence on the aspect.
 */

/** What is asked of the diploma in view. */
export type DiplomaAspect = 'level' | 'name' | 'entry' | 'after';

/** The FAQ entry that defines each kind of diploma (its level, length, and what it is prepared after). */
export const DIPLOMA_KIND_ENTRY: Readonly<Record<string, string>> = {
  CAP: 'diplome-cap',
  BP: 'diplome-bp',
  BTS: 'diplome-bts',
  'Bac pro': 'diplome-bac-pro',
  'Titre pro': 'diplome-titre-pro',
};

/** The FAQ entry on what can follow a kind of diploma, for the kinds the knowledge writes one for. */
export const DIPLOMA_AFTER_ENTRY: Readonly<Record<string, string>> = { CAP: 'poursuite-apres-cap', 'Bac pro': 'poursuite-apres-bac-pro' };

/** The usual level of a kind of diploma, when the kind fixes it (a titre pro exists at several levels). */
const KIND_LEVEL: Readonly<Record<string, number>> = { CAP: 3, BP: 4, 'Bac pro': 4, BTS: 5 };

const KIND_OF_ENTRY: ReadonlyMap<string, string> = new Map(Object.entries(DIPLOMA_KIND_ENTRY).map(([kind, id]) => [id, kind]));

/** The diploma the last answer showed: the one a trade's card or places led with, or the kind a FAQ entry defined. */
export function diplomaInView(data: RoutingInput['data']): DiplomaShown | undefined {
  if ((data.lastTopic === 'trade' || data.lastTopic === 'training') && data.diplomaShown) return data.diplomaShown;
  if (data.lastTopic === 'faq' && data.lastFaq !== undefined) {
    const type = KIND_OF_ENTRY.get(data.lastFaq);
    if (type !== undefined) return { type, ...(KIND_LEVEL[type] !== undefined ? { level: KIND_LEVEL[type] } : {}) };
  }
  return undefined;
}

/*
 * The aspects, on normalised text ("c'est" is "ce est", no accents). Entry first: "faut quel niveau pour y entrer ?"
 * asks what is needed, not the diploma's level.
 */
const ENTER = '(?:entrer|rentrer|renter|acceder|integrer|aller|etre pris|etre prise|etre admise?|etre acceptee?|le faire|la faire|le preparer|la preparer|postuler|minscrire|m inscrire|inscrire)';
const ENTRY_ASKED = new RegExp(
  [
    `\\b(?:faut|faudrait|fo|faut il|dois|doit|doi|besoin|necessaire|demande|exige|prerequis|pre requis)\\b.*\\bpour (?:y |le |la |l )?${ENTER}\\b`,
    `\\bpour (?:y |le |la |l )?${ENTER}\\b.*\\b(?:faut|fo|quoi|koi|quel|quelle|ke?l|conditions?|niveau|diplome)\\b`,
    '\\bpre ?requis\\b',
    "\\bconditions? (?:d |de |pour )?(?:entree|acces|admission|y entrer|entrer)\\b",
    '\\badmission\\b',
    '\\bon (?:y )?(?:entre|rentre|accede|y va) (?:comment|apres quoi|avec quoi|avec quel)\\b',
    '\\b(?:accessible|ouvert|possible) (?:avec|sans|apres) (?:quel|quoi|le|un|la)\\b',
    "\\b(?:se )?(?:fait|prepare|passe) apres (?:quoi|koi|quel|quelle)\\b",
    '\\bfaut (?:il )?(?:avoir )?(?:quel|le|un|ke?l) (?:niveau|diplome|bac)\\b.*\\b(?:pour|avant)\\b',
  ].join('|'),
);
const NAME_ASKED =
  /\b(?:se |s )?appel+e?n?t? comment\b|\bcomment (?:il |elle |ca |sa |ce |on )?(?:se |s )?appel+e?n?t?\b|\b(?:son|le|quel|ke?l|leur) (?:vrai |exact )?(?:nom|intitule)\b|\bnom (?:du|de ce|de la|exact)\b|\b(?:ce est|c est|cest|ces) (?:quoi|koi) (?:le|son) (?:nom|diplome|intitule)\b|\bquel diplome exactement\b/;
const LEVEL_ASKED = /\bniveau\b|\bniv\b|\bbac ?\+ ?(?:combien|cb|cbn|cmb|koi|quoi)\b|\bequivalen\w*\b|\bequivaut\b|\bequivaudrait\b/;
const AFTER_ASKED =
  /^(?:et )?(?:apres|aprs|apre|ensuite|ensuit)(?: (?:ca|sa|ce diplome|cette formation|le diplome|la formation|ce est quoi|on fait quoi|je fais quoi|je peux faire quoi|quoi|koi))?$|\bapres (?:ce|cette|le|la|son|ca) ?(?:diplome|formation|cap|bac pro|bts|bp)?\b.*\b(?:quoi|koi|faire|continuer|poursuivre|possible)\b|\b(?:ca|sa|il|elle) (?:mene|debouche|amene|ouvre) (?:a|sur|vers) quoi\b|\bdebouches?\b|\bpoursuite d etudes\b|\bon peut (?:continuer|poursuivre)\b|\bcontinuer apres\b|\bapres\b.*\b(?:aller plus loin|evoluer|progresser|continuer|poursuivre|la suite)\b|\b(?:aller plus loin|evoluer|progresser) (?:apres|ensuite)\b/;

/** The aspect a message asks, in the order an aspect's words overlap (entry before level, name before level). */
export function diplomaAspectAsked(normalized: string): DiplomaAspect | undefined {
  if (ENTRY_ASKED.test(normalized)) return 'entry';
  if (NAME_ASKED.test(normalized)) return 'name';
  if (LEVEL_ASKED.test(normalized)) return 'level';
  if (AFTER_ASKED.test(normalized)) return 'after';
  return undefined;
}

/** A place of a list pointed at: "le premier", "le 2e", "l'école", "le lycée", "le CFA", "là-bas". */
const PLACE_POINTED = /\b(?:le|la|l) (?:premier|premiere|1er|1ere|1e|deuxieme|second|seconde|2e|2eme|troisieme|3e|dernier|derniere)\b|\b(?:ecole|lycee|cfa|etablissement|centre|endroit|lieu|la bas|labas)\b/;

/** A follow-up pointing at the thing in view is short; past this it says a case of its own. */
const DIPLOMA_FOLLOW_UP_MAX_WORDS = 12;

/**
 * The rule reads a short follow-up naming no subject of its own: a kind of diploma named ("c'est quoi un CAP ?" after a
 * BTS) is that diploma's question, a trade ("et plombier ?") or a town is a new search, an aid or an age is a question
 * of its own.
 */
/** The sentence of a kind's entry that answers the aspect: its level, or what it is prepared after. */
const ASPECT_SENTENCE: Readonly<Partial<Record<DiplomaAspect, RegExp>>> = {
  level: /\bniveau \d\b|\bniveau bac\b/,
  name: /\bniveau \d\b|\bniveau bac\b/,
  entry: /\bapres (?:la 3 ?e|le bac|un premier diplome|un cap)\b/,
};

/**
 * The answer for the aspect, from the diploma in view and its kind's entry: the entry led by its sentence on the
 * aspect (what follows: the kind's next-steps entry). Undefined when the knowledge holds nothing for it (the entry of a
 * titre pro does not say what it is prepared after, nothing says what follows a BTS): the other rules read it.
 */
function answerFor(input: RoutingInput, shown: DiplomaShown, aspect: DiplomaAspect): Route | undefined {
  const kindEntry = shown.type !== undefined ? DIPLOMA_KIND_ENTRY[shown.type] : undefined;
  const id = aspect === 'after' ? (shown.type !== undefined ? DIPLOMA_AFTER_ENTRY[shown.type] : undefined) : kindEntry;
  const entry = id !== undefined && input.hasFaqEntry(id) ? input.faqEntry?.(id) : undefined;
  const wanted = ASPECT_SENTENCE[aspect];
  const sentence = entry && wanted ? sentencesOf(entry.answer.tu).find((s) => wanted.test(normalize(s))) : undefined;
  const focus = sentence ? [...partKeys(normalize(sentence))] : undefined;
  const route: Route = { kind: 'diploma_in_view', aspect, shown, ...(entry ? { entry: entry.id } : {}), ...(focus ? { focus } : {}) };
  switch (aspect) {
    case 'name':
      return shown.title !== undefined ? route : undefined;
    case 'level':
      return shown.level !== undefined || sentence !== undefined ? route : undefined;
    case 'entry':
      return sentence !== undefined ? route : undefined;
    case 'after':
      return entry !== undefined ? route : undefined;
  }
}

/** The route of the rule: the diploma in view's answer for the aspect asked. */
export function diplomaInViewRoute(input: RoutingInput): Route | undefined {
  const { understanding: u } = input;
  if (u.kind !== 'text' || tokenize(u.normalized).length > DIPLOMA_FOLLOW_UP_MAX_WORDS) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || namesPlace(u) || u.outside || u.aid !== undefined) return undefined;
  // A level named ("et niveau bac+2 ?") asks the diplomas at that level (trade-level.ts), not the level of this one.
  if (u.facts.diplomaType !== undefined || u.cues.diplomaKinds.length > 0 || levelNamed(u) !== undefined) return undefined;
  if (u.facts.age !== undefined || u.facts.contractYear !== undefined) return undefined;
  // "il s'appelle comment le premier ?", "l'école c'est quel niveau ?": a place of the list pointed at, not the diploma.
  if (PLACE_POINTED.test(u.normalized)) return undefined;
  const shown = diplomaInView(input.data);
  if (!shown) return undefined;
  const aspect = diplomaAspectAsked(u.normalized);
  return aspect === undefined ? undefined : answerFor(input, shown, aspect);
}
