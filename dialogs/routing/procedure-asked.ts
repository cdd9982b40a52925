import { normalize, tokenize } from '../../src/text/normalize.js';
import { stem } from '../../src/text/stem.js';
import { ownWordStems } from '../support/answer-words.js';
import { AID_PART_FOCUS } from '../support/aid-part.js';
import { answerFollowUp } from './answer-follow-up.js';
import type { Route, RoutingInput } from './route.js';
import { ANSWER_FOLLOW_UP_MAX_WORDS, CLEAR_TRADE } from './thresholds.js';

/** The part of the last answer a short procedural follow-up names. */
export type ProcedurePart = 'how_to' | 'conditions' | 'refund';

/**
 * How to do it, on the normalised message (elisions spelled out: "l'avoir" is "le avoir", "en premier" is "en 1e"):
 * "comment fait-on la demande ?", "on la demande où ?", "comment s'inscrit-on ?", "quel formulaire ?", "c'est quoi les
 * démarches ?", "je dois faire quoi pour l'avoir ?", "concrètement je fais quoi en premier ?", "par quoi on commence ?".
 */
const HOW_TO = new RegExp(
  [
    '\\b(?:demarches?|formulaires?|cerfa|etapes?|1e etape|premiere etape)\\b',
    '\\b(?:inscri(?:re|s|t|vent|vez|vons|ption|ptions)|candidat\\w*|postuler|postule)\\b',
    '\\b(?:la|une|ma|sa|notre|votre|leur) demande\\b',
    '\\b(?:la|le|les|l) (?:demande|demander|demandons|demandez|demandent)\\b',
    '\\bdemande t (?:on|il|elle)\\b',
    '\\bpour (?:la|le|les|l) (?:avoir|obtenir|toucher|recevoir|demander)\\b',
    '\\b(?:faire|fais|fait|faisons|faites|font) quoi (?:pour|en 1e|en premier|de abord|d abord|maintenant)\\b',
    '\\bpar quoi (?:\\w+ )?commen\\w*\\b',
    // "je fais comment ?", "on fait comment pour l'avoir ?", "comment je fais ?", "comment on fait ?": how to do it.
    '\\b(?:je|on|tu|vous|nous|il|elle|ils) (?:fais|fait|faites|faisons|font) comment\\b',
    '\\bcomment (?:je|on|tu|vous|nous|il|elle|ils) (?:fais|fait|faites|faisons|font|procede|procedez|precede)\\b',
    // "comment on l'obtient ?", "comment je l'ai ?", "comment l'avoir ?", "on l'obtient comment ?": getting it.
    '\\bcomment (?:(?:je|on|tu|vous|nous|il|elle|ils) )?(?:la|le|les|l) (?:obtien\\w*|obten\\w*|avoir|ai|a|as|touche\\w*|recoi\\w*|recev\\w*|percoi\\w*|perce\\w*)\\b',
    '\\b(?:la|le|les|l) (?:obtien\\w*|obtenez|touche|touchez|recoit|recoivent|recevez) comment\\b',
  ].join('|'),
);
/** "quelles sont exactement les conditions ?", "qui y a droit ?", "on est éligible ?". */
const CONDITIONS = new RegExp(
  [
    '\\b(?:conditions?|eligibles?|eligibilite)\\b|\\bqui (?:y )?a droit\\b',
    // "c'est pour qui ?", "c pour ki ?", "qui peut l'avoir ?", "qui peut en bénéficier ?": whom it is for.
    '\\b(?:ce est|c est|c|cest|ca est) pour (?:qui|ki)\\b|^(?:et )?pour (?:qui|ki)\\b',
    '\\bqui (?:peut|peuvent|pourra|pourrait) (?:en |la |le |l |les )?(?:avoir|beneficier|toucher|demander|profiter|obtenir)\\b',
    // "c'est pour les moins de 26 ans ?", "c'est pour les plus de 25 ans aussi ?": an age bound of whom it is for.
    '\\bpour (?:les |des )?(?:moins|plus) de \\d+ ?ans\\b',
  ].join('|'),
);
/** "devrai-je rembourser l'aide ?", "faut la rendre ?": paying an aid back. */
const REFUND = /\b(?:rembours\w*|rendre (?:la|le|l) (?:aide|argent))\b|\b(?:la|le|l) rendre\b/;

/**
 * Words that only say how the part is asked ("exactement", "concrètement", "faut-il remplir"): with the part's own
 * words, they are no subject of their own. Any other word the last answer does not hold makes the message a question
 * of its own ("c'est quoi les démarches pour la mutuelle ?"), left to the other rules.
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  ownWordStems(
    'exactement precisement concretement alors donc maintenant ensuite vraiment bien svp stp faut falloir faudrait remplir ' +
      'faire fais fait faisons faites quoi comment commence commencer premier premiere 1e abord demande demander demandons ' +
      'demandez avoir obtenir toucher recevoir dois doit devons devez devrai devrais devrait devra rembourser remboursement rendre ' +
      'aide argent conditions condition eligible eligibles droit demarche demarches formulaire formulaires cerfa etape etapes ' +
      'inscrire inscrit inscris inscription candidater candidature candidate candidat postuler postule ou quel quelle quels quelles sont ' +
      'puis peux peut pouvons pouvez utiliser utilise prendre obtient obtiens obtenez obtiennent procede procedez qui ki beneficier profiter moins plus ans an aussi seulement uniquement',
  ),
);

/** The part of an answer a message names, if it is short enough to be a follow-up. */
export function procedurePartAsked(normalized: string): ProcedurePart | undefined {
  if (tokenize(normalized).length > ANSWER_FOLLOW_UP_MAX_WORDS) return undefined;
  if (REFUND.test(normalized)) return 'refund';
  if (HOW_TO.test(normalized)) return 'how_to';
  if (CONDITIONS.test(normalized)) return 'conditions';
  return undefined;
}

/** The FAQ entries on applying for a diploma's place: after the 3e (CAP, bac pro) and after the bac (Parcoursup). */
const ENROL_AFTER_3E = 'affelnet-apres-3e';
const ENROL_AFTER_BAC = 'parcoursup-apprentissage';
/** The level of the bac (levelHeld): from it, a place is asked for after the bac. */
const BAC_LEVEL = 4;
/** Diplomas prepared straight after the 3e: a place is asked for through the college's Affelnet or the CFA. */
const AFTER_3E_DIPLOMAS: ReadonlySet<string> = new Set(['CAP', 'Bac pro', 'MC']);
/** Diplomas prepared after the bac: many places are asked for on Parcoursup (the BP, a titre pro: at the CFA only). */
const AFTER_BAC_DIPLOMAS: ReadonlySet<string> = new Set(['BTS', 'BUT', 'Licence pro', 'Licence', 'Master', 'Ingénieur']);
/** A question that reads like steps to follow ("Quelles sont les étapes…", "Comment une mairie embauche-t-elle…"). */
const STEPS_QUESTION = /^(?:comment|quelles? sont les (?:etapes|demarches)|quelles? (?:etapes|demarches))\b|\b(?:etapes|demarches|cerfa|formulaire)\b/;
/** An entry on claiming an aid asks how to get it ("Comment obtenir l'aide à l'embauche… ?"). */
const CLAIMS = /\b(?:obtenir|demander|toucher|percevoir|beneficier|demarches|etapes)\b/;
const REFUND_STEM = stem('rembourser');
/** The things of a procedure a message may name that an entry of their own explains (the Cerfa's form). */
const THINGS: ReadonlySet<string> = new Set(ownWordStems('formulaire formulaires cerfa'));
/** Enrolling or applying for a place ("s'inscrire", "candidater", "postuler"). */
const ENROLS = /\b(?:inscri\w*|candidat\w*|postul\w*)\b/;
/** The FAQ's category of the entries that explain a diploma (knowledge/faq.yaml). */
const DIPLOMA_CATEGORY = 'orientation';
/** An entry that is itself the steps ("Embaucher un apprenti : les démarches", "Quelles sont les étapes pour…"). */
const STEPS_TITLE = /\b(?:etapes|demarches)\b/;
/** The matcher's best entries looked through for one that proposes the aid (the FAQ has a few hundred). */
const ENTRIES_LOOKED_AT = 60;

/**
 * A short follow-up that names a part of the last answer — how to apply or enrol, the steps, the form, the conditions,
 * paying an aid back — is tied to the topic of that answer, whatever the classifier reads in its few words (the help
 * menu for "je fais quoi en premier ?", "not understood" for "comment s'inscrit-on ?"):
 * - after an aid: the entry on claiming it, or its card led by how to apply or by its conditions; the entry on paying
 *   it back when the contract ends early;
 * - after a FAQ answer: the entry it links to that gives the steps ("concrètement je fais quoi en premier ?" after the
 *   rupture: the steps to resign; "quel formulaire ?" after the hiring steps: the Cerfa);
 * - after the places of a diploma: how to apply for a place (Affelnet after the 3e, Parcoursup after the bac).
 * Undefined when the message says more than the part (a subject of its own) or nothing fits: the other rules read it.
 */
export function procedureFollowUp(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text') return undefined;
  const part = procedurePartAsked(u.normalized);
  if (part === undefined) return undefined;
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || u.commune || u.outside) return undefined;
  if (data.lastTopic === 'aids' && data.lastAid && input.inContext) {
    if (u.aid && u.aid.id !== data.lastAid) return undefined;
    // What the follow-up rule answers from the aid (its card again, or an entry that proposes it: the steps to claim
    // it) stands; this rule takes what it leaves to the help menu, the aids list or another aid's entry.
    if (!onlyThePart(input) || answersFromTheAid(input, data.lastAid)) return undefined;
    return aidPart(input, data.lastAid, part);
  }
  if (u.aid) return undefined;
  if (data.lastTopic === 'faq' && data.lastFaq && input.inContext) {
    if (!onlyThePart(input)) return undefined;
    return faqPart(input, data.lastFaq, part);
  }
  if (part === 'how_to' && coursesShown(input) && ownWordsBeyondAsking(u.normalized).length === 0) {
    const entry = enrolEntry(data.profile);
    return entry !== undefined && input.hasFaqEntry(entry) ? { kind: 'faq_entry', id: entry } : undefined;
  }
  return undefined;
}

/**
 * The conversation is about where to prepare a diploma: its places were shown, or are being asked for (the town
 * question waits, and the last topic is not set until they are given).
 */
function coursesShown(input: RoutingInput): boolean {
  const { lastTopic, profile } = input.data;
  return lastTopic === 'training' || lastTopic === 'trade' || (lastTopic === undefined && profile.diplomaType !== undefined);
}

/**
 * The answer says when the diploma is prepared ("se prépare en 2 ans après le bac", "après la 3e"), or is about what
 * one does holding a bac ("avec un bac général, tu peux entrer en apprentissage…"): a place is then asked for after it.
 */
function enrolAfterWhat(answer: string): string | undefined {
  if (/\b(?:apres|avec) (?:le|un) bac\b/.test(answer)) return ENROL_AFTER_BAC;
  if (/\bapres (?:la )?(?:3e|troisieme)\b/.test(answer)) return ENROL_AFTER_3E;
  return undefined;
}

/** How to apply for a place, by the diploma asked: Affelnet or the CFA after the 3e, Parcoursup after the bac. */
function enrolEntry(profile: RoutingInput['data']['profile']): string | undefined {
  const type = profile.diplomaType;
  if (type !== undefined) return AFTER_3E_DIPLOMAS.has(type) ? ENROL_AFTER_3E : AFTER_BAC_DIPLOMAS.has(type) ? ENROL_AFTER_BAC : undefined;
  // No diploma named (a trade's card lists several): by the level held; without it, the first diplomas of a trade (CAP,
  // bac pro), whose entry also says to ask the CFA directly for the others.
  return profile.levelHeld !== undefined && profile.levelHeld >= BAC_LEVEL ? ENROL_AFTER_BAC : ENROL_AFTER_3E;
}

/** The follow-up rule answers the message from the aid just shown: its card, or an entry that proposes that aid. */
function answersFromTheAid(input: RoutingInput, aidId: string): boolean {
  const route = answerFollowUp(input);
  if (route === undefined) return false;
  if (route.kind === 'aid') return route.id === aidId;
  return route.kind === 'faq_entry' && claimsTheAid(input, route.id, aidId);
}

/** The entry proposes the aid and asks how to claim it ("Comment obtenir l'aide à l'embauche d'un apprenti ?"). */
function claimsTheAid(input: RoutingInput, id: string, aidId: string): boolean {
  const entry = input.faqEntry?.(id) ?? input.understanding.faq.find((h) => h.entry.id === id)?.entry;
  const question = questionOf(input, id);
  return entry !== undefined && entry.see_aids.includes(aidId) && STEPS_QUESTION.test(question) && CLAIMS.test(question);
}

const ownWordsBeyondAsking = (normalized: string): string[] => ownWordStems(normalized).filter((w) => !ASKING_WORDS.has(w));

/** Every word of the message is either how it asks or a word of the last answer. */
function onlyThePart(input: RoutingInput): boolean {
  const stems = input.lastAnswerStems;
  return ownWordsBeyondAsking(input.understanding.normalized).every((w) => stems?.has(w) === true);
}

function aidPart(input: RoutingInput, aidId: string, part: ProcedurePart): Route | undefined {
  if (part === 'refund') {
    const entry = entryOfAid(input, aidId, (id) => input.faqStems?.(id)?.has(REFUND_STEM) === true);
    return entry ? { kind: 'faq_entry', id: entry } : undefined;
  }
  if (part === 'how_to') {
    // An entry that gives the steps to claim this aid says them in more detail than the card's one sentence.
    const steps = entryOfAid(input, aidId, (id) => claimsTheAid(input, id, aidId));
    if (steps) return { kind: 'faq_entry', id: steps };
    return { kind: 'aid', id: aidId, focus: [AID_PART_FOCUS.howToApply] };
  }
  return { kind: 'aid', id: aidId, focus: [AID_PART_FOCUS.conditions] };
}

function faqPart(input: RoutingInput, lastFaq: string, part: ProcedurePart): Route | undefined {
  if (part === 'refund') {
    for (const aidId of input.faqSeeAids?.(lastFaq) ?? []) {
      const route = aidPart(input, aidId, part);
      if (route) return route;
    }
    return undefined;
  }
  if (part !== 'how_to') return undefined;
  const related = (input.faqRelated?.(lastFaq) ?? []).filter((id) => input.hasFaqEntry(id));
  // The linked entry that holds the message's own words ("quel formulaire ?" after the hiring steps: the Cerfa's entry
  // writes "formulaire"), then, unless the last answer is itself the steps, the linked entry that gives them.
  const things = ownWordStems(input.understanding.normalized).filter((w) => THINGS.has(w));
  const holding = things.length === 0 ? undefined : related.find((id) => things.some((w) => input.faqStems?.(id)?.has(w) === true));
  if (holding !== undefined) return { kind: 'faq_entry', id: holding };
  // "on s'inscrit comment ?" after what a CAP is: how to apply for a place in it.
  const last = input.faqEntry?.(lastFaq);
  if (ENROLS.test(input.understanding.normalized) && last?.category === DIPLOMA_CATEGORY) {
    const entry = enrolAfterWhat(normalize(last.answer.tu));
    if (entry !== undefined && entry !== lastFaq && input.hasFaqEntry(entry)) return { kind: 'faq_entry', id: entry };
  }
  if (STEPS_TITLE.test(titleOf(input, lastFaq))) return undefined;
  const steps = related.find((id) => STEPS_QUESTION.test(questionOf(input, id)));
  return steps !== undefined ? { kind: 'faq_entry', id: steps } : undefined;
}

/** The entry that proposes this aid (its `see_aids`) and passes the test, among those the message reads. */
function entryOfAid(input: RoutingInput, aidId: string, test: (id: string) => boolean): string | undefined {
  const read = [...input.understanding.faq.map((h) => h.entry.id), ...(input.faqMatch?.(ENTRIES_LOOKED_AT) ?? []).map((m) => m.id)];
  return read.find((id) => input.faqEntry?.(id)?.see_aids.includes(aidId) === true && test(id));
}

/** The entry's title, or its first question, normalised. */
function titleOf(input: RoutingInput, id: string): string {
  const entry = input.faqEntry?.(id);
  return normalize(entry?.title ?? entry?.questions[0] ?? '');
}

/** The entry's first question, normalised the way messages are (accents dropped, lower case). */
function questionOf(input: RoutingInput, id: string): string {
  const entry = input.faqEntry?.(id) ?? input.understanding.faq.find((h) => h.entry.id === id)?.entry;
  return normalize(entry?.questions[0] ?? '');
}

/**
 * The part of an aid's card to lead with when the card is shown again for a follow-up that names it ("comment on la
 * demande ?": how to apply; "et les conditions ?": its conditions), whichever rule chose the card.
 */
export function aidPartFocus(normalized: string): string[] {
  const part = procedurePartAsked(normalized);
  if (part === 'how_to') return [AID_PART_FOCUS.howToApply];
  if (part === 'conditions') return [AID_PART_FOCUS.conditions];
  return [];
}
