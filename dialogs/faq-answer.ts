import { minorHoursTold, type OverLimit } from './support/work-time-over.js';
import type { TurnContext } from 'botbuilder';
import type { Contact } from '../src/knowledge/schema/contact.js';
import type { FaqEntry } from '../src/knowledge/schema/faq.js';
import { normalize } from '../src/text/normalize.js';
import type { Reading } from './routing/readings.js';
import type { Offer } from './support/actions.js';
import { speakerSide } from './routing/side.js';
import { laterPartAsked, sentenceKeys } from './support/answer-parts.js';
import { shortSource } from './support/adaptive-card.js';
import { ADULT_AGE, answerFor, bySourceAuthority, checkedSourceLine, faqCardTitle } from './support/knowledge-views.js';
import { leadSentence, opensWithYesNo, sentencesOf, withoutYesNoOpening, yesOverDenial } from './support/lead-sentence.js';
import { standingAlone } from './support/standalone-sentence.js';
import { netAtAgeLead } from './support/net-at-age.js';
import { cardHoldsAsked, cardPrint, cardShownJustBefore, entryShownJustBefore, keysOfFactsTold, lowerFirst, rememberCard, sentenceAnswering } from './support/card-repeat.js';
import { answerCard, reply } from './support/replies.js';
import { offer, offerTitled, registerOfTurn, say, type Turn } from './support/turn.js';

/**
 * An open question ("combien…", "comment…", "quelles aides…"): no answer to it starts with a yes or a no. "quand même"
 * ("je peux quand même ?") asks a yes or a no despite a lack told, not when.
 */
const OPEN_QUESTION = /\b(?:combien|comment|quand(?! meme\b)|pourquoi|quel|quelle|quels|quelles|qui|quoi|lequel|laquelle|que faire|ou est|ou se|ou trouver|ou faire)\b/;
/** The words of a yes/no question, in a message that has no question mark ("je peux bosser le dimanche"). */
const YES_NO_QUESTION = /\?|\b(?:est ce|peut|peux|peuvent|pouvons|pouvez|dois|doit|doivent|droit|normal|legal|obligatoire|possible|existe|toujours|ai je|a t il|a t elle)\b/;

/** "si j'arrête", "s'il démissionne", "en cas de rupture": the question sets a case the entry's general yes or no may not fit. */
const CONDITION_OF_ITS_OWN = /\b(?:si (?:je|j|il|elle|ils|elles|on|nous|vous|tu|mon|ma|mes|notre|nos|le|la|l|ce|ca)|en cas de)\b/;

/** The quick reply that opens a topic, by topic: what "did you mean" offers when a topic was the other reading. */
const TOPIC_CHOICE: Readonly<Record<string, string>> = {
  salary: 'choice.salary',
  aids: 'choice.aids',
  training: 'choice.where_training',
  trade: 'choice.trade',
  orientation: 'choice.orientation',
  find_employer: 'choice.find_employer',
};

/**
 * Answers a FAQ entry with its sources and date. When the message could also be read otherwise, the two other
 * readings follow as "did you mean" choices: one click from the right answer, never a wrong one alone.
 */
export async function sendFaqAnswer(context: TurnContext, turn: Turn, entry: FaqEntry, alternatives: readonly Reading[] = [], focus: readonly string[] = [], next: readonly string[] = [], offers: readonly string[] = []): Promise<void> {
  // The same entry again, for a follow-up ("je peux rentrer chez moi à 22 h ?" after the minors' night work), was
  // written for the first question: its "En principe non" would answer what was not asked this time.
  const again = turn.data.lastTopic === 'faq' && turn.data.lastFaq === entry.id;
  const netLead = netAtAgeLead(turn, entry, turn.data.lastTopic);
  turn.data.lastTopic = 'faq';
  turn.data.lastFaq = entry.id;
  turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
  turn.data.misunderstood = 0;
  const register = registerOfTurn(turn);
  // One short sentence first (what a phone shows), the rest of the answer and the details in the card. The tu of an
  // entry speaks to the apprentice ("ton employeur peut rompre ton contrat", "préviens ton employeur"): an employer or
  // a parent who writes tu gets its vous, written of both parties in the third person, unless the entry is written
  // for their side alone.
  const textRegister = textRegisterFor(turn, entry, register);
  const written = answerFor(turn, entry)[textRegister];
  // An answer written for one yes/no question opens with its "Oui" or "Non": kept only for a yes/no question that
  // this entry is read for without doubt; an open question, a statement, or an entry offered among others gets the
  // answer without it (a "Oui" to "quelles aides…" answers nothing that was asked).
  const u = turn.understanding;
  // A yes/no question with a condition of its own ("je toucherai le chômage si j'arrête ?") may get the other answer
  // than the entry's general "Oui": without the opening, the answer's own sentences say which case is which.
  const yesNoAsked = !again && !OPEN_QUESTION.test(u.normalized) && !CONDITION_OF_ITS_OWN.test(u.normalized) && YES_NO_QUESTION.test(`${u.normalized} ${u.text.includes('?') ? '?' : ''}`);
  // An answer opening with a yes or a no answers the question its first sentence settles; a question about what a
  // later sentence says ("une mairie a droit à l'aide de l'État ?" to "Oui, les employeurs publics peuvent recruter…")
  // gets that sentence first and no yes or no, which would answer what it did not ask (support/answer-parts.ts).
  const later = focus.length === 0 && opensWithYesNo(written) ? laterPartAsked(written, u.normalized) : [];
  const plain = yesNoAsked && alternatives.length === 0 && later.length === 0 && !yesOverDenial(written, u.normalized) ? written : withoutYesNoOpening(written);
  // A follow-up about one part of the answer ("et je serai payé pendant ?"): that sentence first, the others after it.
  const parts = focus.length > 0 ? focus : later;
  const led = parts.length > 0 ? partFirst(plain, parts, entry.title) : undefined;
  const answer = led !== undefined ? [led.lead, ...led.rest].join(' ') : plain;
  // A sentence lifted with its antecedent (standalone-sentence.ts) leads whole: cut at its first sentence end, it would
  // leave the pronoun it was lifted for at the head of the card.
  const { first, rest } = led?.joined === true ? { first: led.lead, rest: led.rest.length > 0 ? led.rest.join(' ') : undefined } : leadSentence(answer);
  // Rules for minors asked by (or about) someone known to be 18 or older: that they do not apply comes first, the
  // minors' rule after it, for the record.
  const age = turn.data.profile.age;
  const adult = entry.for_minors === true && age !== undefined && age >= ADULT_AGE;
  // Sentence by sentence, so that the card shows what fits a phone and keeps the rest behind "En savoir plus".
  const contacts = turn.kb.knowledge.contacts.filter((c) => entry.see_contacts.includes(c.id));
  const reach = reachLines(turn, contacts, register);
  const toldLines = adult ? sentencesOf(answer) : rest ? sentencesOf(rest) : [];
  const lines = [...toldLines, ...(entry.details ? [entry.details[textRegister]] : []), ...whomToTurnTo(turn, entry), ...reach];
  const ranked = bySourceAuthority(entry.sources, (s) => s.url);
  const sources = ranked.map((s) => checkedSourceLine(turn, s, entry.verified_on));
  const others = alternatives.flatMap((r) => offerOf(turn, r));
  const told = adult ? say(turn, 'faq.minors_rule_not_yours', { age }) : withOverLimits(turn, entry, first);
  const text = netLead !== undefined ? `${netLead} ${told}` : told;
  const card = answerCard(turn, {
    title: faqCardTitle(entry),
    lines,
    sources,
    buttons: [
      ...ranked.slice(0, 1).map((s) => ({ kind: 'link' as const, title: say(turn, 'link.source'), url: s.url })),
      ...contacts.flatMap((c) => (c.url ? [{ kind: 'link' as const, title: c.name, url: c.url }] : [])).slice(0, 2),
    ],
  });
  const print = cardPrint(text, card);
  // The card just shown, word for word; or, for a follow-up answered from the card in view, the same entry led by
  // another of its sentences (review 20: the same long card twice reads as a loop): its sentence, not the card again.
  if (cardShownJustBefore(turn, print) || (turn.rule === ANSWER_IN_VIEW_RULE && entryShownJustBefore(turn, entry.id))) {
    await sendSameCardAgain(context, turn, entry, written, first, textRegister, parts);
    rememberCard(turn, print, entry.id);
    return;
  }
  rememberCard(turn, print, entry.id);
  await context.sendActivity(
    reply(text, {
      card,
      // The entries a person in this case asks next, as buttons (a route's `next`), before the usual two.
      ...(others.length === 0 ? { quickReplies: [...offers.map((key) => offer(turn, key)), ...next.flatMap((id) => offerOf(turn, { kind: 'faq', id, score: 0 })), offer(turn, 'choice.other_question'), offer(turn, 'choice.human')] } : {}),
    }),
  );
  // Another question of the message is offered right after (its buttons are the ones on screen): "Tu pensais peut-être
  // à :" would stand with no button under it.
  if (others.length > 0 && !turn.quickRepliesFollow) await context.sendActivity(reply(say(turn, 'faq.did_you_mean'), { quickReplies: [...others, offer(turn, 'choice.human')] }));
}

/**
 * The card just shown would come back word for word for another message ("c normal ou pas ??", "mon fils a 17 ans, ça
 * change quelque chose ?", "puis-je rompre ?"): one sentence of it instead, the one that answers. A yes/no question
 * gets the answer's own "Oui"/"Non" sentence when it opens with one; otherwise the sentence holding most of the
 * message's words (its first when none does). An age told, which would have changed the card had the entry a rule of
 * its own for that age, is said to change nothing in our sources. Then the free line and a callback for the person's own case, never the card again.
 */
/** The rule that answers a follow-up from the card in view (dialogs/routing/in-view-entry.ts). */
const ANSWER_IN_VIEW_RULE = 'answer-in-view';
/** The rule that leads an entry with the age told checked against its range (dialogs/routing/age-in-range.ts). */
const AGE_IN_RANGE_RULE = 'age-in-entry-range';

async function sendSameCardAgain(context: TurnContext, turn: Turn, entry: FaqEntry, written: string, shownFirst: string, textRegister: 'tu' | 'vous', focus: readonly string[]): Promise<void> {
  const u = turn.understanding;
  const yesNo = !OPEN_QUESTION.test(u.normalized) && YES_NO_QUESTION.test(`${u.normalized} ${u.text.includes('?') ? '?' : ''}`);
  const opening = yesNo && opensWithYesNo(written) ? leadSentence(written).first : shownFirst;
  const sentences = [...sentencesOf(written), ...(entry.details ? sentencesOf(entry.details[textRegister]) : [])];
  // No sentence meets the message's words ("et pour dormir là-bas ?" after "Il paie 6 € par nuit…"): the card's
  // next sentence, which the lead introduces.
  const extra = [...focus, ...keysOfFactsTold(turn)];
  const found = sentenceAnswering(sentences, u.normalized, opening, extra);
  // The card's next sentence, given for want of one that meets the message, is not a yes or a no to an open question
  // ("et comment je fais ?" got "Oui, tu peux commencer…").
  const next = sentences.find((s) => !normalize(opening).includes(normalize(s)) && !normalize(s).includes(normalize(opening)));
  const answering = aloneAfter(sentences, found ?? (next !== undefined && !yesNo ? withoutYesNoOpening(next) : next), opening, entry.title);
  const sentence = [lowerFirst(opening), ...(answering !== undefined ? [answering] : [])].join(' ');
  const age = u.facts.age;
  // "Comme dans ma réponse juste au-dessus" only when that answer holds the point: none of its sentences has a word
  // the message asks ("et pour le permis ?" after the rupture rules): said so, with what it does say.
  const held = cardHoldsAsked([opening, ...sentences], u.normalized, extra) !== false;
  // An age already weighed against the entry's range (age-in-range.ts said yes or no) is not said to change nothing,
  // nor one the answer writes a rule for ("et à 15 ans ?" after "16 ans, ou 15 ans si tu as terminé ta 3e", round 30).
  // An age told otherwise gets its own honest lead ("mes sources ne donnent pas de règle à part…"), whatever its other words.
  const ageWritten = age !== undefined && new RegExp(`\\b${age} ans\\b`).test(normalize(written));
  const main =
    age !== undefined && turn.rule !== AGE_IN_RANGE_RULE && !ageWritten
      ? say(turn, 'faq.same_card_age', { age, sentence })
      : held
        ? say(turn, 'faq.same_card', { sentence })
        : say(turn, 'faq.same_card_not_held', { sentence });
  // A fact said again carries its source, as the card did (issue 12 §5): the most authoritative, publisher and date.
  const source = bySourceAuthority(entry.sources, (s) => s.url)[0];
  const sourceLine = source ? `\n${shortSource(checkedSourceLine(turn, source, entry.verified_on))}` : '';
  const text = `${main} ${say(turn, 'faq.same_card_own_case')}${sourceLine}`;
  await context.sendActivity(reply(text, { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.other_question')] }));
}

/**
 * The sentence said after the opening, made to stand alone (standalone-sentence.ts) unless the opening is the very
 * sentence its pronoun points back to ("L'OPCO … Il verse jusqu'à 6 €…" reads as written).
 */
function aloneAfter(sentences: readonly string[], sentence: string | undefined, opening: string, subject: string | undefined): string | undefined {
  if (sentence === undefined) return undefined;
  const index = sentences.findIndex((s) => normalize(s).includes(normalize(sentence)) || normalize(sentence).includes(normalize(s)));
  if (index < 0) return sentence;
  // The clauses of a sentence after the one the opening said (card-repeat.ts beyondWhatWasSaid) follow that opening as
  // written: the whole sentence again would repeat it.
  const whole = normalize(sentences[index] ?? '');
  if (whole !== normalize(sentence) && (sentences[index] ?? '').includes(';') && whole.endsWith(normalize(sentence))) return sentence;
  const { lead, from } = standingAlone(sentences, index, subject);
  const antecedent = normalize(sentences[from] ?? '');
  const said = normalize(opening);
  if (from < index && (said.includes(antecedent) || antecedent.includes(said)) && from === index - 1) return sentence;
  return lead;
}

/**
 * A minor's rule answered to a minor who told figures over it ("45 heures par semaine à 16 ans"): said plainly first,
 * with their own figures, then the answer.
 */
function withOverLimits(turn: Turn, entry: FaqEntry, first: string): string {
  const over = overLimitsOf(turn, entry);
  if (over.length === 0) return first;
  const what = over.map((o) => say(turn, o.key, o.params)).join(', ');
  // Between midnight and 4 h no sector's dérogation applies: "sauf dérogation" would leave a hope the rule does not.
  // On a building site the limits are already those of the sector's dérogation: nothing more is allowed.
  const key = over.some((o) => o.beforeFour === true) ? 'work_time.over_never' : over.some((o) => o.site === true) ? 'work_time.over_site' : 'work_time.over';
  const limits = turn.kb.knowledge.parameters.minor_work_limits;
  return `${say(turn, key, { what, day: String(limits.site_day_max_hours), week: String(limits.site_week_max_hours) })} ${first}`;
}

/** The limits a minor told figures over, for an entry written for minors; none otherwise. */
function overLimitsOf(turn: Turn, entry: FaqEntry): readonly OverLimit[] {
  if (entry.for_minors !== true) return [];
  return minorHoursTold(turn.understanding.normalized, turn.understanding.facts.age ?? turn.data.profile.age, turn.kb.knowledge.parameters.minor_work_limits).over;
}

/** The entry on hours not respected, which says itself whom to turn to. */
const HOURS_NOT_RESPECTED_ENTRY = 'horaires-non-respectes-mineur';

/**
 * A minor who told a night hour gets the night-work rule, then whom to turn to (the CFA, the mediator, the labour
 * inspectorate, the free line) — what the entry on hours not respected says, and the night rule does not.
 */
function whomToTurnTo(turn: Turn, entry: FaqEntry): string[] {
  if (entry.id === HOURS_NOT_RESPECTED_ENTRY || !overLimitsOf(turn, entry).some((o) => o.night === true)) return [];
  return [say(turn, 'work_time.whom_to_turn_to')];
}

/** A sentence that advises an action: an imperative, or what the person can or must do. */
const ADVISES =
  /\b(?:parle|parles|parlez|contacte|contactez|demande|demandez|adresse toi|adressez vous|appelle|appelez|previens|prevenez|verifie|verifiez|garde|gardez|envoie|envoyez|signale|signalez|note|notez|ecris|ecrivez|fais|faites|rapproche toi|rapprochez vous|tu peux|vous pouvez|il peut|elle peut|peut saisir|peut etre|peuvent etre|il faut|tu dois|vous devez|doit)\b/;

/**
 * "je fais quoi alors ?" right after a FAQ answer: the sentences of that answer (and its details) that advise an
 * action, then the free line for the person's own case. None in the answer: said plainly, with the free line.
 */
export async function sendWhatNow(context: TurnContext, turn: Turn, entry: FaqEntry): Promise<void> {
  turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
  const textRegister = textRegisterFor(turn, entry, registerOfTurn(turn));
  const written = withoutYesNoOpening(answerFor(turn, entry)[textRegister]);
  const sentences = [...sentencesOf(written), ...(entry.details ? sentencesOf(entry.details[textRegister]) : [])];
  const advice = sentences.filter((s) => ADVISES.test(normalize(s)));
  const ranked = bySourceAuthority(entry.sources, (s) => s.url);
  const sources = ranked.slice(0, 1).map((s) => checkedSourceLine(turn, s, entry.verified_on));
  const quickReplies = [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')];
  if (advice.length === 0) {
    await context.sendActivity(reply(say(turn, 'faq.what_now_none'), { quickReplies }));
    return;
  }
  await context.sendActivity(
    reply(say(turn, 'faq.what_now'), {
      card: answerCard(turn, { title: faqCardTitle(entry), lines: [...advice, say(turn, 'faq.what_now_own_case')], sources }),
      quickReplies,
    }),
  );
}

/**
 * How to reach the contacts that have no address to link (the Missions Locales: "the free line can tell you the
 * nearest"). The three chambers' mediators are one line: which one depends on the company, which the person rarely
 * said, and three "contact your chamber" lines under every labour-law answer is more than a phone shows.
 */
function reachLines(turn: Turn, contacts: readonly Contact[], register: 'tu' | 'vous'): string[] {
  const unlinked = contacts.flatMap((c) => (c.url === undefined && c.how_to_reach !== undefined ? [{ kind: c.kind, line: c.how_to_reach[register] }] : []));
  const together = unlinked.filter((c) => c.kind === 'mediation').length > 1;
  const lines = unlinked.filter((c) => !(together && c.kind === 'mediation')).map((c) => c.line);
  return together ? [...lines, say(turn, 'faq.mediators_any')] : lines;
}

/** The register of an entry's text for this speaker: see sendFaqAnswer. */
function textRegisterFor(turn: Turn, entry: FaqEntry, register: 'tu' | 'vous'): 'tu' | 'vous' {
  if (register === 'vous') return register;
  const side = speakerSide(turn.understanding, turn.data.profile);
  if (side === undefined || side === 'apprenti') return register;
  const writtenForTheirSide = entry.audience !== undefined && entry.audience.every((s) => s === side);
  return writtenForTheirSide ? register : 'vous';
}

/**
 * Our sources do not cover the precise point asked: said plainly, with the free line and a callback; the FAQ entry
 * nearest to the question, if any, is a choice to open, never given as the answer.
 */
export function notCoveredReply(turn: Turn, closest?: string) {
  const near = closest === undefined ? [] : offerOf(turn, { kind: 'faq', id: closest, score: 0 });
  // The entry is named in the text too: a screen reader reads the text, and a sentence ending on a colon with the
  // button apart reads as cut off.
  const question = closest === undefined ? undefined : turn.kb.search.faqEntry(closest)?.questions[0];
  const text = near.length > 0 && question !== undefined ? say(turn, 'faq.not_covered_closest', { question }) : say(turn, 'faq.not_covered');
  return reply(text, { quickReplies: [...near, offer(turn, 'choice.human'), offer(turn, 'choice.callback')] });
}

/** The quick reply that opens a reading: its topic's choice, or the FAQ entry by its first question. */
export function offerOf(turn: Turn, r: Reading): Offer[] {
  if (r.kind === 'topic') {
    const key = TOPIC_CHOICE[r.topic];
    return key ? [offer(turn, key)] : [];
  }
  const entry = turn.kb.search.faqEntry(r.id);
  return entry ? [offerTitled(turn, entry.questions[0] as string, { do: 'faq', id: entry.id })] : [];
}

/** A value asked counts for this many words of the follow-up when choosing the sentence to lead with. */
const VALUE_KEY_WEIGHT = 2;

/**
 * The answer with the sentence that holds the most of a follow-up's keys moved first (without a "Oui"/"Non" that
 * answered the first question, not this one); the others keep their order. No sentence holds any: the answer as written.
 */

function partFirst(answer: string, focus: readonly string[], subject: string | undefined): { lead: string; rest: string[]; joined: boolean } | undefined {
  const sentences = sentencesOf(answer);
  let best = -1;
  let bestShared = 0;
  sentences.forEach((s, i) => {
    const keys = sentenceKeys(normalize(s));
    // A kind of value asked ('@delay': "ça dure combien ?") is what the follow-up is about; the words around it ("le
    // CAP") often name what every sentence of the answer is about, so the sentence giving the value wins a tie.
    const shared = focus.reduce((n, k) => n + (keys.has(k) ? (k.startsWith('@') ? VALUE_KEY_WEIGHT : 1) : 0), 0);
    if (shared > bestShared) [best, bestShared] = [i, shared];
  });
  if (best <= 0) return undefined;
  // Lifted out of its place, the sentence must stand alone (review 22: "Il verse jusqu'à 6 € par nuitée…" led the card).
  const ownSentences = sentences.map((s, i) => (i === best ? withoutYesNoOpening(s) : s));
  const { lead, from } = standingAlone(ownSentences, best, subject);
  return { lead, rest: sentences.filter((_, i) => i < from || i > best), joined: from < best };
}
