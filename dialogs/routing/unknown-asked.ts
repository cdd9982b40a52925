/**
 * What the knowledge does not answer, told honestly rather than with a nearby answer (round 28, r28-unknown):
 * - a last-resort entry read so weakly that it shares a word or two with the message, not its subject;
 * - a question about the whole ("tout mon apprentissage", "entièrement", "toute la durée") answered by an entry
 *   that writes only a part ("une partie", "un an au plus"): its fact, and plainly that the rest is not covered;
 * - the apprenticeship system of another country ("comment ça marche l'apprentissage en Belgique ?"): our sources
 *   give the French rules only.
 */
import type { Understanding } from '../../src/nlu/understanding.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { namesPlace } from './facts.js';
import type { RoutingInput } from './route.js';
import { COVERAGE_ALL_WORDS_MAX, FAQ_ANSWER, FAQ_GUESS, FOREIGN_WORD_COVERAGE_MAX, FOREIGN_WORD_PROBABILITY_MAX, WEAK_LAST_RESORT_EVIDENCE, WEAK_LAST_RESORT_PROBABILITY } from './thresholds.js';
import { ownWordStems } from '../support/answer-words.js';
import { coverageStems } from '../../src/nlu/faq-coverage.js';
import { AID_NAME_HEADS } from './aid-name-heads.js';

/**
 * The last resort's entry shares a word or two with the message, not what it asks: low probability, low evidence, and
 * a word of the question the entry never writes ("le CFA accepte PayPal ?": "accepte", read as paid leave). Low
 * figures alone are not enough: "je vais prendre mon premier apprenti en janvier, je fais comment ?" reads the
 * employer's steps at 0.03 (evidence 0.04), and that entry writes every word it asks.
 */
export function weakLastResort(input: RoutingInput, id: string): boolean {
  const hit = input.understanding.faq.find((h) => h.entry.id === id);
  if (hit === undefined || hit.probability >= WEAK_LAST_RESORT_PROBABILITY || hit.evidence >= WEAK_LAST_RESORT_EVIDENCE) return false;
  return (input.faqUncovered?.(id, false) ?? []).length > 0;
}

/**
 * The whole of something asked: "tout mon apprentissage", "toute la formation", "l'intégralité du contrat",
 * "entièrement", "du début à la fin" (normalised: no accents). Not "tout le monde", "tout de suite", "toutes les aides",
 * nor "toute la durée du contrat" (throughout it: "le salaire est le même pendant toute la durée ?").
 */
const WHOLE_ASKED = new RegExp(
  [
    '\\b(?:tout|toute)\\s+(?:(?:mon|ma|son|sa|ton|ta|le|la|l|notre|votre|leur)\\s+)?(?:apprentissage|contrat|formation|cursus|alternance|scolarite|cap|bts|bac|bac pro|diplome|licence|master)\\b',
    '\\b(?:entierement|integralement|integralite|totalite|totalement|du debut a la fin|de bout en bout|a 100 ?%)\\b',
  ].join('|'),
);

/** An answer that grants a part only: "une partie de ton contrat", "exécuté en partie", "un an au plus", "pas plus de la moitié". */
const PART_GRANTED = /\b(?:une partie|en partie|partiellement|au plus|au maximum|pas plus de|dans la limite)\b/;

/** What an entry writes (its ways of asking and its answers), normalised. */
const writingOf = (e: FaqEntry): string => normalize([...e.questions, e.answer.tu, e.answer.vous].join(' '));

/**
 * "c'est possible de faire tout mon apprentissage au Japon ?" read as the entry on a stay abroad, which grants a part of
 * the contract only: the entry's fact answers part of it, the whole is in none of our sources. An entry that speaks
 * of the whole itself (its questions or answer say "tout", "entièrement"…) answers it.
 */
export function partOnlyForWholeAsked(input: RoutingInput, id: string): boolean {
  if (!WHOLE_ASKED.test(input.understanding.normalized)) return false;
  const entry = input.faqEntry?.(id);
  if (entry === undefined) return false;
  const written = writingOf(entry);
  return PART_GRANTED.test(written) && !WHOLE_ASKED.test(written);
}

/** The way apprenticeship works, asked as such: its rules, its system, how it works. */
const SYSTEM_ASKED = /\b(?:regles?|reglementation|legislation|lois?|systeme|fonctionne|marche|se passe|ca se passe|droit du travail)\b/;
/** A verb of living there said plainly ("je vis en Belgique"): the person asks about Normandy from there (lives-abroad). */
const LIVES_SAID = /\b(?:vis|vit|vivons|vivez|habite|habites|habitez|reside|suis|sommes|viens|vient|installe|installee)\b/;
/** France or Normandy named beside the country: the rules here are asked. */
const HERE = /\b(?:france|francais|francaise|normandie|normand|normande|ici)\b/;

/**
 * "en Belgique comment ça marche l'apprentissage ?", "quelles sont les règles de l'apprentissage en Suisse ?": the
 * system of another country, asked with no stay of one's own there and no life there said. Our sources give the
 * French rules only (smalltalk.rules_abroad), never "tell me where in Normandy you would train".
 */
export function countrysOwnSystemAsked(u: Understanding): boolean {
  if (u.abroad === undefined || u.abroad.span === 'etranger' || u.abroad.span === 'europe' || !u.abroad.livesThere) return false;
  if (namesPlace(u) || HERE.test(u.normalized) || LIVES_SAID.test(u.normalized)) return false;
  return SYSTEM_ASKED.test(u.normalized) && (u.cues.questionWord || u.text.includes('?') || /\bquelles? sont\b/.test(u.normalized));
}

/**
 * "mon fils souhaiterait effectuer la totalité de sa formation en Allemagne", "tout mon CAP en Espagne ?": the whole
 * course in another country, with no life there said: the stay-abroad entry (a part only), led by the plain word that
 * the whole is not in our sources (partOnlyForWholeAsked adds it), never "where in Normandy would you train?".
 */
export function wholeCourseAbroadAsked(u: Understanding): boolean {
  if (u.abroad === undefined || u.abroad.span === 'europe' || namesPlace(u) || LIVES_SAID.test(u.normalized)) return false;
  return WHOLE_ASKED.test(u.normalized);
}

/** The sentences of a message, its question marks, stops and exclamations as ends. */
const SENTENCE_END = /[.!?\n]+/;

/**
 * "Bonjour, je suis en CAP cuisine à Caen depuis septembre. Je peux être payé en bitcoin ?": a long message whose
 * question, told in a short sentence of its own (COVERAGE_ALL_WORDS_MAX own words at most), holds a word no FAQ entry
 * writes nor comes a typo near. The story around it says who asks; the question's own rare word is what is asked,
 * as in a short question alone (foreign-subject.ts), whatever the message's length.
 */
export function foreignWordInShortQuestion(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text') return false;
  const sentence = questionSentenceOf(u);
  if (sentence === undefined) return false;
  const own = ownWordStems(sentence);
  if (own.length === 0 || own.length > COVERAGE_ALL_WORDS_MAX || own.length === ownWordStems(u.normalized).length) return false;
  const foreign = input.faqForeign?.() ?? [];
  const stems = new Set(coverageStems(sentence));
  return foreign.some((w) => stems.has(w));
}

/** The last sentence of the message's last question, normalised ("… depuis septembre. Je peux être payé en bitcoin ?"). */
function questionSentenceOf(u: Understanding): string | undefined {
  const asked = u.text.split(/(?<=\?)/).filter((s) => s.includes('?')).at(-1);
  return asked === undefined ? undefined : normalize(asked.split(SENTENCE_END).filter((s) => s.trim().length > 0).at(-1) ?? '');
}

/** …read for an entry that covers little of it and without certainty (as subjectOfItsOwn in decide.ts weighs it). */
export function foreignObjectOfTheQuestion(input: RoutingInput, id: string): boolean {
  const hit = input.understanding.faq.find((h) => h.entry.id === id);
  if (!hit || hit.coverage > FOREIGN_WORD_COVERAGE_MAX || hit.probability >= FOREIGN_WORD_PROBABILITY_MAX) return false;
  return foreignWordInShortQuestion(input);
}

/** A kind of diploma named: its specialty may be a word no FAQ entry writes. */
const DIPLOMA_NAMED = /\b(?:cap|capa|bac pro|bp|bts|btsa|but|dut|mc|titre pro|licence pro|bac)\b/;

/**
 * "Nous sommes une PME de 20 salariés à Évreux. Peut-on rémunérer l'apprenti en stock-options ?": the story names a
 * diploma, a town or a pay, which the topic rules would answer, but the question itself asks a word no entry writes,
 * and no FAQ entry reads the message even as a guess (FAQ_GUESS): what is asked is not in our sources. An entry read
 * as a guess or better ("… une aide pour l'essence ?": the long-trip entry) answers it.
 */
export function foreignObjectAskedAfterStory(input: RoutingInput): boolean {
  const best = input.understanding.faq[0];
  if (best !== undefined && best.probability >= FAQ_GUESS) return false;
  if (input.understanding.aid !== undefined) return false;
  // "Désolé, plus de réseau ! Le BTS électrotechnique se prépare où ?": a diploma named IN the question makes its rare
  // word the specialty, which the course search reads (a diploma in the story, "je suis en CAP cuisine…", does not).
  if (DIPLOMA_NAMED.test(questionSentenceOf(input.understanding) ?? '')) return false;
  return foreignWordInShortQuestion(input);
}

// The shared heads (aid-name-heads.ts), "chèque" as typed with or without its accent, and the heads of a name asked
// here only: "l'aide zorglub", "la bourse machin", "le dispositif truc".
const HEADS_AS_TYPED = [...AID_NAME_HEADS.map((h) => (h === 'cheque' ? 'ch[eè]que' : h)), 'aide', 'bourse', 'dispositif'].join('|');
/** An aid's head word and the word right after it, in the message as written ("l'aide zorglub", "la prime bidule"). */
const AID_HEAD_THEN_WORD = new RegExp(String.raw`(?:^|[^\p{L}])(${HEADS_AS_TYPED})\s+([\p{L}][\p{L}\d+-]*)`, 'giu');

/**
 * "vous connaissez l'aide zorglub ?", "la prime machintruc c pour qui": an aid asked by a name of its own, written
 * without capitals, that no FAQ entry writes nor comes a typo near and no aid of the knowledge has (named-aid reads
 * those): the name said back as unknown (unknown_aid_claim), never the list of aids as if it answered.
 */
export function foreignAidName(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || u.aid !== undefined || u.unknownAidName !== undefined) return undefined;
  const foreign = new Set(input.faqForeign?.() ?? []);
  if (foreign.size === 0) return undefined;
  for (const m of u.text.matchAll(AID_HEAD_THEN_WORD)) {
    const word = m[2]!;
    // "« zorglub »" after "je ne connais pas d'aide qui s'appelle"; "« pass culture »", "« chèque bidulo »" whole.
    if (coverageStems(normalize(word)).some((s) => foreign.has(s))) return /^aide$/i.test(m[1]!) ? word : `${m[1]!} ${word}`;
  }
  return undefined;
}

/**
 * "j'ai le droit de porter un piercing au travail ?": the last resort (an entry below the guess line) for a short
 * question with a word no entry writes nor comes a typo near, or a long one whose short question sentence has one.
 * The entry shares the question's frame ("le droit", "au travail"), not its subject: not covered, whatever share of
 * the words it reads (a frame of common words reads much).
 */
export function foreignSubjectOfLastResort(input: RoutingInput): boolean {
  const short = ownWordStems(input.understanding.normalized).length <= COVERAGE_ALL_WORDS_MAX;
  return (short && (input.faqForeign?.() ?? []).length > 0) || foreignWordInShortQuestion(input);
}

/**
 * "il y a une aide pour le covoiturage ?", "une aide pour le kitesurf ça existe ?": an aid asked for a thing no FAQ
 * entry writes nor comes a typo near (nor any aid an entry shows), in a short question that names no aid and that no
 * entry reads as its answer (FAQ_ANSWER) or reads most of (FOREIGN_WORD_COVERAGE_MAX): no aid of ours pays for it.
 * Said so (unknown_aid_claim), never the list of aids as if one of them did. The costs our entries answer in other
 * words ("une aide pour l'essence ?": the long trip) are read by the rules before.
 */
export function aidForAForeignThing(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || !u.cues.aidWord || u.aid !== undefined || u.unknownAidName !== undefined) return false;
  if (!(u.cues.questionWord || u.text.includes('?'))) return false;
  if (ownWordStems(u.normalized).length > COVERAGE_ALL_WORDS_MAX) return false;
  const best = u.faq[0];
  if (best !== undefined && (best.probability >= FAQ_ANSWER || best.coverage > FOREIGN_WORD_COVERAGE_MAX)) return false;
  // The thing the aid is for, after "pour": "une aide pour le covoiturage ?", not "notre association …, quelles aides
  // pour nous ?" (who asks, told before).
  const afterFor = tokenize(u.normalized.split(/\b(?:pour|pr)\b/).slice(1).join(' '));
  return (input.faqForeign?.() ?? []).some((stem) => afterFor.some((w) => w.startsWith(stem)));
}
