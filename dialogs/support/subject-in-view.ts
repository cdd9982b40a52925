import { tellsExamFailed } from '../routing/exam-failed.js';
import { CLEAR_TRADE, SURE } from '../routing/thresholds.js';
import type { ConversationData, Profile, SubjectInView } from './state.js';
import type { Turn } from './turn.js';

/**
 * ONE memory of what is in view to be taught somewhere (issue 11, review 19): the last trade or diploma the person
 * named — in a question, or inside a story ("j'ai raté mon CAP cuisine", "ce serait plombier, je serais payé combien
 * ?") — or the bot showed (a trade's card, its places, a field's trades, the quiz's proposals), with the message it was
 * last named at. A place asked later names no trade of its own ("y a des CFA pour ça près de Vire ?", "vers Évreux
 * ?"): it is about this subject, whatever answer came between (the pay, a FAQ entry, the quiz's question again).
 * The profile's `tradeCode` follows every trade word read and never ages; this one ages, and is replaced by whatever
 * is named or shown next.
 */

/** Past this many messages, the subject is no longer in view: "près de Caen ?" then asks which trade again. */
export const SUBJECT_IN_VIEW_MAX_AGE = 5;

/** What the message names to be taught somewhere: a trade, or a kind of diploma in a field. */
function subjectOfMessage(turn: Turn, at: number): SubjectInView | undefined {
  const { understanding: u, chosen } = turn;
  const request = requestWords(turn);
  if (chosen?.do === 'trade') return { tradeCode: chosen.code, at };
  if (chosen !== undefined || u.kind !== 'text') return undefined;
  const f = u.facts;
  // "un CAP cuisine", "j'ai raté mon CAP cuisine" (to take again): that kind. A diploma held and passed ("j'ai eu mon
  // CAP cuisine") leaves the field in view, not its level: what comes next is taught at other levels.
  const aimed = f.diplomaType !== undefined && f.diplomaHeld !== true ? f.diplomaType : undefined;
  const failed = f.diplomaFailedType ?? (f.diplomaHeldType !== undefined && tellsExamFailed(u.normalized) ? f.diplomaHeldType : undefined);
  const type = aimed ?? failed;
  // A trade named: a clear match, or its title's words all typed ("ce serait plombier" reads 0.64, the title being
  // "plombier sanitaire"); a few stray words ("nous habitons…") are not.
  const aboutTheBot = u.intent === 'bot_identity' && u.confidence >= SURE;
  if (u.trade && (u.trade.score >= CLEAR_TRADE || u.trade.whole) && !aboutTheBot) {
    return { tradeCode: u.trade.trade.code, ...(type ? { diplomaType: type } : {}), request, at };
  }
  // A diploma's specialty is read as its fields ("CAP cuisine": cuisine) when no trade is named.
  if (f.interests.length === 0) return undefined;
  if (type === undefined && f.diplomaHeldType === undefined) return undefined;
  return { ...(type ? { diplomaType: type } : {}), fields: [...f.interests], request, at };
}

/** The message's words without the place it names: what the course search reads titles in. */
function requestWords(turn: Turn): string {
  const u = turn.understanding;
  const placeSpan = u.commune?.span ?? u.departement?.span;
  return placeSpan ? ` ${u.normalized} `.replace(` ${placeSpan} `, ' ').trim() : u.normalized;
}

/** Counts the message and keeps the subject it names, if any (called once per message, after the profile is folded). */
export function rememberSubjectNamed(turn: Turn): void {
  const data = turn.data;
  data.messageCount = (data.messageCount ?? 0) + 1;
  const named = subjectOfMessage(turn, data.messageCount);
  if (named) data.subjectInView = named;
}

/** An answer showed one trade (its card, its places): that trade is in view, with the kind of diploma searched. */
export function rememberTradeShown(turn: Turn, tradeCode: string): void {
  const at = turn.data.messageCount ?? 0;
  const before = turn.data.subjectInView;
  const sameTrade = before?.tradeCode === tradeCode;
  turn.data.subjectInView = { ...(sameTrade ? before : {}), tradeCode, at };
}

/** An answer showed a field's trades together: the field is in view (its places are each trade's nearest). */
export function rememberFieldShown(turn: Turn, fields: readonly string[]): void {
  turn.data.subjectInView = { fields: [...fields], field: true, at: turn.data.messageCount ?? 0 };
}

/**
 * The quiz named its field's first trades while it asks the rest ("Super, la cuisine : par exemple cuisinier…"): that
 * field is in view, unless this very message showed something else (a trade's card, then the quiz's question again).
 */
export function rememberQuizField(turn: Turn, fields: readonly string[]): void {
  if (turn.data.subjectInView?.at === (turn.data.messageCount ?? 0)) return;
  rememberFieldShown(turn, fields);
}

/** The quiz proposed several trades to pick from: no one subject is in view until one is picked. */
export function rememberSeveralShown(turn: Turn, tradeCodes: readonly string[]): void {
  const [only] = tradeCodes;
  if (tradeCodes.length === 1 && only !== undefined) rememberTradeShown(turn, only);
  else turn.data.subjectInView = { several: true, at: turn.data.messageCount ?? 0 };
}

/** The subject in view at this message, while it is recent enough; undefined when several were proposed. */
export function subjectInViewOf(data: Readonly<Pick<ConversationData, 'subjectInView' | 'messageCount'>>): SubjectInView | undefined {
  const s = data.subjectInView;
  if (s === undefined || s.several === true) return undefined;
  // Named at this very message: the message itself names it, its own rules answer.
  const age = (data.messageCount ?? 0) - s.at;
  if (age <= 0 || age > SUBJECT_IN_VIEW_MAX_AGE) return undefined;
  return s;
}

/**
 * A subject was in view but is no longer (named more than SUBJECT_IN_VIEW_MAX_AGE messages ago): a place asked now
 * does not silently reuse it; the course search asks which one.
 */
export function subjectWentStale(data: Readonly<Pick<ConversationData, 'subjectInView' | 'messageCount'>>): boolean {
  const s = data.subjectInView;
  return s !== undefined && s.several !== true && (data.messageCount ?? 0) - s.at > SUBJECT_IN_VIEW_MAX_AGE;
}

/** The course the profile holds forgotten, so that the course search asks which one (a stale subject). */
export function forgetCourse(profile: Profile): void {
  delete profile.tradeCode;
  delete profile.diplomaType;
  delete profile.levelAimed;
  delete profile.trainingRequest;
  delete profile.courseFields;
}

/** The course search's details set to the subject's (the trade, or the kind and fields), before searching places. */
export function applySubjectToProfile(profile: Profile, s: SubjectInView): void {
  if (s.tradeCode !== undefined) {
    profile.tradeCode = s.tradeCode;
    delete profile.courseFields;
    if (s.diplomaType !== undefined) profile.diplomaType = s.diplomaType;
  } else {
    delete profile.tradeCode;
    if (s.fields) profile.courseFields = [...s.fields];
    if (s.diplomaType !== undefined) profile.diplomaType = s.diplomaType;
    else delete profile.diplomaType;
  }
  // The words that named it, or none (a trade picked or shown): an older request must not narrow its courses.
  if (s.request !== undefined) profile.trainingRequest = s.request;
  else delete profile.trainingRequest;
}
