import { normalize } from '../src/text/normalize.js';
import { cardPrint, cardShownJustBefore, keysOfFactsTold, lowerFirst, rememberCard, sentenceAnswering } from './support/card-repeat.js';
import type { TurnContext } from 'botbuilder';
import { formatDateFr, formatNumberFr } from '../src/knowledge/messages.js';
import type { Aid } from '../src/knowledge/schema/aid.js';
import type { FaqEntry } from '../src/knowledge/schema/faq.js';
import {
  aidConcerns,
  aidsCoveringContractDate,
  contractDateSegments,
  contractWindowBounds,
  evaluateAids,
  type AidEvaluation,
  type Assumption,
  type DateSpan,
  type NotEligibleReason,
  type Persona,
} from '../src/rules/aids.js';
import { aidAudience, aidHowToApply, aidLine, aidProfileOf, aidSourceLine, aidSummary, candidateFact, candidateFactsBySize, formatCandidate, formatReason, resolvedAmountFact } from './support/aid-views.js';
import { shortSource } from './support/adaptive-card.js';
import { AID_PART_FOCUS, aidPartAsked } from './support/aid-part.js';
import { aidsAudienceGuessed, employerAidsAskedByOtherSide } from './support/aid-audience.js';
import { bySourceAuthority, checkedSourceLine } from './support/knowledge-views.js';
import { outOfWorkAidOffTheList } from './support/out-of-work-aid.js';
import { leadSentence, sentencesOf } from './support/lead-sentence.js';
import { appliesToSize, textForSize } from './support/size-bound.js';
import { answerCard, reply, type CardFact } from './support/replies.js';
import { offer, offerTitled, registerOfTurn, say, type Turn } from './support/turn.js';
import { TopicDialog } from './topic-dialog.js';

export const AIDES_DIALOG = 'aides';
const SIMULATOR = 'https://www.1jeune1solution.gouv.fr/mes-aides';
const MAX_LISTED = 6;
/** Who else may be asking when the young person's aids were answered without being told who asks. */
const REFINE_PERSONAS = ['parent', 'employeur'] as const;

/**
 * Aids for the profile (persona, age, level, company size, disability): each with its amount, conditions, how to
 * apply, source and date. Ended aids are never offered; named, they are said to be ended with their end date.
 */
export class AidesDialog extends TopicDialog {
  constructor() {
    super(AIDES_DIALOG, 'aids');
  }

  protected async answer(context: TurnContext, turn: Turn): Promise<void> {
    const profile = turn.data.profile;
    const employerSide = employerAidsAskedByOtherSide(profile, turn.understanding);
    const persona = employerSide ? 'employeur' : aidAudience(profile, turn.understanding.intent === 'employer_aids');
    const all = turn.kb.knowledge.aids;
    const aids = new Map(all.map((a) => [a.id, a]));
    const signed = profile.contractConcluded;
    // A signing date matters only for aids whose rules depend on it (the employer hiring aid and its earlier periods).
    const dated = signed !== undefined && all.some((a) => a.conditions.contract_concluded !== undefined && aidConcerns(a, persona));
    const outcomes = dated
      ? mergeOutcomes(contractDateSegments(all, signed).map((span) => outcomeAt(turn, persona, span)))
      : [outcomeAt(turn, persona, undefined)];
    const shown = [...new Map(outcomes.flatMap((o) => o.shown).map((e) => [e.aidId, e])).values()];
    turn.data.aidsShown = [...new Set([...turn.data.aidsShown, ...shown.map((e) => e.aidId)])];
    const covering = outcomes.flatMap((o) => o.covering.map((c) => c.aid));
    // One aid listed: "comment je la demande ?", "c'est sûr ?" next are about it, as after its own card.
    if (shown.length === 1) turn.data.lastAid = shown[0]?.aidId;
    else turn.data.lastAidList = shown.map((e) => e.aidId);

    if (shown.length === 0 && covering.length === 0 && !dated) {
      const route = sectorRouteOfList(turn, persona);
      if (route) return sendSectorRoute(context, turn, route);
      await context.sendActivity(
        reply(startAfterWindow(turn, outcomes) ?? say(turn, 'aids.none_found'), {
          card: answerCard(turn, { title: say(turn, 'aids.card_title'), buttons: [{ kind: 'link', title: say(turn, 'link.simulator'), url: SIMULATOR }, { kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' }] }),
          quickReplies: [offer(turn, 'choice.human')],
        }),
      );
      return;
    }
    const lines: string[] = [];
    const more: string[] = [];
    const missing = new Set<string>();
    const several = outcomes.length > 1;
    for (const o of outcomes) {
      if (several) lines.push(say(turn, 'aids.dated.segment', { when: formatSpan(turn, o.span as DateSpan) }));
      lines.push(...outcomeLines(turn, o, aids, signed !== undefined && dated));
      for (const e of o.shown) if (e.status === 'unknown') e.missing.forEach((m) => missing.add(m));
    }
    if (missing.has('companySize') && persona === 'employeur' && !employerSide) {
      lines.push(say(turn, 'aids.tell_size'));
      turn.data.invited = 'companySize';
    }
    if (missing.has('level')) lines.push(say(turn, 'aids.tell_level'));
    if (several) lines.push(say(turn, 'aids.dated.tell_day'));
    const askDisability = outcomes.some((o) => o.disabilityOnly > 0);
    // Hired in a contrat de professionnalisation, the person is no apprentice: the line speaks of the person hired.
    const proHire = persona === 'employeur' && profile.contractType === 'professionnalisation';
    if (askDisability) lines.push(say(turn, proHire ? 'aids.ask_disability.pro_hire' : 'aids.ask_disability'));
    // Nobody said who asks: the young person's aids were answered; one line, and two buttons, to say otherwise.
    const guessed = aidsAudienceGuessed(profile);
    if (guessed) lines.push(say(turn, 'aids.refine_persona'));
    const assumed = [...new Set(shown.flatMap((e) => (e.status === 'eligible' || e.status === 'unknown' ? e.assumptions : [])))];
    // Phone-first: what the amounts take for granted and the dates note are details, behind "En savoir plus".
    if (assumed.length > 0) more.push(assumptionsLine(turn, assumed));
    more.push(
      dated && signed
        ? say(turn, 'aids.dates_note_dated', { when: formatSpan(turn, signed), today: formatDateFr(turn.today) })
        : say(turn, 'aids.dates_note', { today: formatDateFr(turn.today) }),
    );
    const text = employerSide ? say(turn, 'aids.answer.employer_side', { count: shown.length }) : introText(turn, persona, shown, dated ? signed : undefined, several);
    const card = answerCard(turn, {
      title: say(turn, 'aids.card_title'),
      lines,
      more,
      sources: [...new Set(bySourceAuthority([...shown.map((e) => aids.get(e.aidId) as Aid), ...covering], (aid) => aid.source.url).map((aid) => aidSourceLine(turn, aid)))],
      buttons: [
        { kind: 'link', title: say(turn, 'link.simulator'), url: SIMULATOR },
        { kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' },
      ],
    });
    const quickReplies = [
      ...(guessed ? REFINE_PERSONAS.map((p) => offer(turn, `choice.persona.${p}`, { do: 'persona', persona: p })) : []),
      ...shown.slice(0, guessed ? 2 : 3).map((e) => offerTitled(turn, shortTitle(aids.get(e.aidId) as Aid), { do: 'aid', id: e.aidId })),
      // Aids for a disability are asked about, not listed to everyone: one quick reply says it.
      ...(askDisability ? [offer(turn, 'choice.disability', { do: 'topic', topic: 'aids' })] : []),
      offer(turn, 'choice.why_not'),
      offer(turn, 'choice.human'),
    ];
    const print = cardPrint(text, card);
    rememberCard(turn, print);
    // The same list just shown, for another message that tells nothing new ("Combien ?" after it, review 26 E5): each
    // aid in one line, its amount for this person first, rather than the card again word for word. A fact told ("j'ai
    // 19 ans") gets the list again: it is the answer for that fact.
    if (cardShownJustBefore(turn, print) && !tellsAFact(turn)) {
      await context.sendActivity(reply(sameAidListAgain(turn, shown, aids, card.sources?.[0]), { quickReplies }));
      return;
    }
    await context.sendActivity(reply(text, { card, quickReplies }));
  }
}

/** The message tells something of the person (an age, who they are, a company size…): not a question about the list. */
function tellsAFact(turn: Turn): boolean {
  return Object.values(turn.understanding.facts).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
}

/**
 * The list just shown, said again in one sentence: each aid by its short title with its amount for this person, then
 * the list card's first source line (the most authoritative), short, as the card showed it (issue 12 §5).
 */
function sameAidListAgain(turn: Turn, shown: Outcome['shown'], aids: ReadonlyMap<string, Aid>, mainSource: string | undefined): string {
  const items = shown.map((e) => {
    const aid = aids.get(e.aidId) as Aid;
    // In a sentence the title is whole (no "…"), without its parenthesis; two amounts keep what each is for.
    const title = titleBeforeParenthesis(aid);
    const facts = e.amounts.map((a) => resolvedAmountFact(turn, a));
    const amounts = facts.length === 1 ? (facts[0] as CardFact).value : facts.map((f) => `${lowerFirst(f.title)} ${f.value}`).join(', ');
    return amounts.length > 0 ? `${title} : ${amounts}` : title;
  });
  const sourceLine = mainSource ? `\n${shortSource(mainSource)}` : '';
  return `${say(turn, 'faq.same_card', { sentence: `${items.join(' ; ')}.` })} ${say(turn, 'faq.same_card_own_case')}${sourceLine}`;
}

/** What applies for one span of signing days (or today, without a date). */
interface Outcome {
  span: DateSpan | undefined;
  /** Aids that apply, or may apply once a detail is known: eligible first. */
  shown: (AidEvaluation & { status: 'eligible' | 'unknown' })[];
  /** Aids whose contract window holds the date but whose conditions this profile does not meet (with why). */
  covering: { aid: Aid; reasons: NotEligibleReason[] }[];
  /** Aids left out because it needs the contract to start before a day the start told is on or after (the rules' reason). */
  startTooLate: { aid: Aid; before: string }[];
  /** Aids left out because they need a disability this person has not mentioned. */
  disabilityOnly: number;
}

function outcomeAt(turn: Turn, persona: Persona, span: DateSpan | undefined): Outcome {
  const all = turn.kb.knowledge.aids;
  const concerned = all.filter((a) => aidConcerns(a, persona));
  const evaluations = evaluateAids(concerned, aidProfileOf({ ...turn.data.profile, persona }, span?.from, turn.kb.knowledge.parameters), turn.today);
  // An aid that depends on a disability nobody mentioned is not listed: the answer asks instead (quick reply).
  const needsDisability = (e: AidEvaluation): boolean => e.status === 'unknown' && e.missing.includes('disability');
  const disabilityOnly = evaluations.filter(needsDisability).length;
  const byId = new Map(concerned.map((a) => [a.id, a]));
  const shown = evaluations
    .filter((e): e is AidEvaluation & { status: 'eligible' | 'unknown' } => (e.status === 'eligible' || e.status === 'unknown') && !needsDisability(e))
    .filter((e) => !outOfWorkAidOffTheList(e, byId.get(e.aidId) as Aid, turn.data.profile, persona, turn.understanding.normalized))
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'eligible' ? -1 : 1))
    .slice(0, MAX_LISTED);
  const covering: Outcome['covering'] = [];
  if (span) {
    for (const aid of aidsCoveringContractDate(concerned, span.from)) {
      const e = evaluations.find((x) => x.aidId === aid.id);
      if (e?.status === 'not_eligible') covering.push({ aid, reasons: e.reasons });
    }
  }
  const startTooLate = evaluations.flatMap((e) =>
    e.status === 'not_eligible' ? e.reasons.flatMap((r) => (r.code === 'contract_start_too_late' ? [{ aid: byId.get(e.aidId) as Aid, before: r.before }] : [])) : [],
  );
  return { span, shown, covering, startTooLate, disabilityOnly };
}

/** Neighbouring spans of days where the same aids apply read as one ("en mars" stays one answer if nothing changes). */
function mergeOutcomes(outcomes: Outcome[]): Outcome[] {
  const key = (o: Outcome): string => JSON.stringify([o.shown, o.covering.map((c) => [c.aid.id, c.reasons])]);
  const out: Outcome[] = [];
  for (const o of outcomes) {
    const last = out[out.length - 1];
    if (last?.span && o.span && key(last) === key(o)) last.span = { from: last.span.from, to: o.span.to };
    else out.push({ ...o });
  }
  return out;
}

/**
 * "notre association accueille une apprentie en janvier" (in December): no aid fits because the contract would start
 * after the last day an aid's contract may start (the 2026 hiring aid: before 1 January 2027; the rules' own reason,
 * src/rules/aids.ts). Said with that rule and the last known rules' end, rather than a bare "no aid found" that reads as
 * "none for you". Only for a start the person told, not one the rules assumed.
 */
function startAfterWindow(turn: Turn, outcomes: readonly Outcome[]): string | undefined {
  if (turn.data.profile.contractStart === undefined) return undefined;
  const late = outcomes.flatMap((o) => o.startTooLate).sort((a, b) => b.before.localeCompare(a.before))[0];
  return late && say(turn, 'aids.start_after_window', { title: late.aid.title, before: formatDateFr(late.before) });
}

function outcomeLines(turn: Turn, o: Outcome, aids: ReadonlyMap<string, Aid>, dated: boolean): string[] {
  const lines = o.shown.map((e) => aidLine(turn, aids.get(e.aidId) as Aid, e));
  if (!dated || !o.span) return lines;
  const windowShown = o.shown.some((e) => aids.get(e.aidId)?.conditions.contract_concluded !== undefined);
  if (windowShown) return lines;
  // No hiring aid for that date: say which rules covered it and why they leave this case out, or that our
  // sources do not cover that date at all. Never an amount from another period.
  const explained: string[] = [];
  for (const c of o.covering) {
    explained.push(say(turn, 'aids.dated.period_rule', { title: c.aid.title, reasons: c.reasons.map((r) => formatReason(turn, r)).join(', ') }));
    explained.push(aidSummary(turn, c.aid));
  }
  if (o.covering.length === 0) {
    const bounds = contractWindowBounds([...aids.values()].filter((a) => aidConcerns(a, 'employeur')));
    if (bounds && o.span.from > bounds.to) explained.push(say(turn, 'aids.dated.after_known', { date: formatDateFr(bounds.to) }));
    else if (bounds && o.span.to < bounds.from) explained.push(say(turn, 'aids.dated.before_known', { date: formatDateFr(bounds.from) }));
  }
  return [...explained, ...lines];
}

function introText(turn: Turn, persona: Persona, shown: Outcome['shown'], signed: DateSpan | undefined, several: boolean): string {
  if (signed) {
    const when = formatSpan(turn, signed);
    if (several) return say(turn, 'aids.dated.depends_on_day', { when });
    const windowShown = shown.some((e) => turn.kb.knowledge.aids.find((a) => a.id === e.aidId)?.conditions.contract_concluded !== undefined);
    if (!windowShown) return say(turn, 'aids.dated.none', { when });
    return say(turn, 'aids.answer.employer_dated', { when, count: shown.length });
  }
  const young = aidsAudienceGuessed(turn.data.profile) ? 'aids.answer.guessed' : 'aids.answer.young';
  // "j'embauche un demandeur d'emploi de 47 ans en contrat pro": the aids of that contract, not of an apprentice's.
  const employer = turn.data.profile.contractType === 'professionnalisation' ? 'aids.answer.employer_pro' : 'aids.answer.employer';
  const intro = persona === 'employeur' ? employer : persona === 'parent' ? 'aids.answer.parent' : young;
  return say(turn, intro, { count: shown.length });
}

/** "le 15 février 2026", "en mars 2026", "en 2025", "entre le 1er et le 7 mars 2026". */
export function formatSpan(turn: Turn, span: DateSpan): string {
  const [fy, fm, fd] = span.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = span.to.split('-').map(Number) as [number, number, number];
  if (span.from === span.to) return say(turn, 'date.on_day', { date: formatDateFr(span.from) });
  const lastOfMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (fy === ty && fd === 1 && td === lastOfMonth) {
    if (fm === 1 && tm === 12) return say(turn, 'date.in_year', { year: String(fy) });
    if (fm === tm) return say(turn, 'date.in_month', { month: formatDateFr(span.from).replace(/^\S+ /, '') });
  }
  return say(turn, 'date.between', { from: formatDateFr(span.from), to: formatDateFr(span.to) });
}

/** What the amounts take for granted when the person did not say ("pour un contrat signé aujourd'hui…"). */
function assumptionsLine(turn: Turn, assumptions: readonly Assumption[]): string {
  return say(turn, 'aids.assumed', { list: assumptions.map((a) => say(turn, `aids.assumption.${a}`)).join(', ') });
}

/** "Aide à l'embauche d'un apprenti" of "Aide à l'embauche d'un apprenti (contrats conclus du … au …)". */
function titleBeforeParenthesis(aid: Aid): string {
  return aid.title.split(' (')[0] ?? aid.title;
}

/** Button titles stay short: the part of the title before its parenthesis, cut at 60 characters. */
function shortTitle(aid: Aid): string {
  const base = titleBeforeParenthesis(aid);
  return base.length > 60 ? `${base.slice(0, 57)}…` : base;
}

/**
 * One aid in detail (asked by name or picked from a list): what it is, the amount for this profile, conditions,
 * how to apply, source and date. An ended aid is said to be ended, with its end date and what replaced it.
 */
/** The aid is the employer's and the person said they are the apprentice or a parent. */
function forTheEmployerOnly(turn: Turn, aid: Aid): boolean {
  const persona = turn.data.profile.persona;
  // The family benefits are not the apprentice's own either, but they are not the employer's.
  return (persona === 'jeune' || persona === 'parent') && !aidConcerns(aid, persona) && aid.who.includes('employeur');
}

/**
 * "le contrat commence le 2 mars": a start date told without the signing date, for an aid that depends on the date the
 * contract is concluded. The start is not taken for it: the answer says which date counts and asks for it.
 */
function startIsNotSigning(turn: Turn, aid: Aid): string | undefined {
  const { contractStart, contractConcluded } = turn.data.profile;
  if (!aid.conditions.contract_concluded || contractStart === undefined || contractConcluded !== undefined) return undefined;
  return say(turn, 'aids.concluded_not_start', { date: formatDateFr(contractStart) });
}

/** `wholeTable`: every row of the amounts table, even while the company size is not known ("Tout le barème"). */
export async function sendAidDetail(context: TurnContext, turn: Turn, aid: Aid, focus: readonly string[] = [], options: { wholeTable?: boolean } = {}): Promise<void> {
  const [evaluation] = evaluateAids([aid], aidProfileOf(turn.data.profile, undefined, turn.kb.knowledge.parameters), turn.today) as [AidEvaluation];
  const lines: string[] = [];
  const facts: CardFact[] = [];
  /** After the amounts table: what to tell us, how to apply, until when. */
  const notes: string[] = [];
  const more: string[] = [];
  const extraSources: string[] = [];
  // An aid for someone out of work or training (the CEJ) is a way towards a job: finding an employer is the next step.
  const towardsAJob = aid.who.includes('jeune') && aid.conditions.status?.some((s) => s === 'demandeur_emploi' || s === 'sans_emploi_ni_formation') === true;
  const quick = [...(towardsAJob ? [offer(turn, 'choice.find_employer')] : []), offer(turn, 'choice.aids'), offer(turn, 'choice.human')];
  let text: string;
  if (evaluation.status === 'ended') {
    const replacement = evaluation.replacedBy ? turn.kb.knowledge.aids.find((a) => a.id === evaluation.replacedBy) : undefined;
    // Without an exact end date in the source, the card says it ended and shows what the source says (dates_note).
    text = aid.dates_approximate
      ? say(turn, 'aids.ended_undated', { title: aid.title })
      : say(turn, 'aids.ended', { title: aid.title, date: formatDateFr(evaluation.endedOn) });
    // What replaced it first, then what it was, sentence by sentence: the first screen fits a phone and the rest
    // waits behind "En savoir plus", as does what the source says of the end.
    lines.push(replacement ? say(turn, 'aids.replaced_by', { title: replacement.title }) : say(turn, 'aids.ended_next'));
    // The end date is the lead's: a sentence of the summary that says it again is left out.
    const endDate = aid.dates_approximate ? undefined : formatDateFr(evaluation.endedOn);
    lines.push(...sentencesOf(aidSummary(turn, aid)).filter((s) => endDate === undefined || !s.includes(endDate)));
    if (aid.dates_note) more.push(aid.dates_note);
  } else if (forTheEmployerOnly(turn, aid)) {
    // An apprentice or a parent asking how to get the hiring aid is told whose it is, not given the employer's steps.
    text = say(turn, 'aids.employer_only');
    more.push(aid.how_to_apply.vous);
  } else if (evaluation.status === 'upcoming') {
    text = say(turn, 'aids.upcoming', { title: aid.title, date: formatDateFr(evaluation.opensOn) });
    lines.push(aidSummary(turn, aid));
  } else if (evaluation.status === 'not_eligible') {
    // Whom it is not for comes first: opening with what the aid pays read as a yes (a town hall was told the
    // private employers' amounts).
    const first = evaluation.reasons[0] ?? { code: 'no_amount_for_profile' };
    // A pay threshold missed at the minimum pay is "unlikely", not "not for you": an employer may pay more.
    text =
      first.code === 'pay_below_threshold'
        ? `${say(turn, 'aids.pay_unlikely')} ${formatReason(turn, first)}. ${say(turn, 'aids.pay_unlikely_check')}`
        : `${say(turn, 'aids.not_for_you')} ${formatReason(turn, first)}.`;
    const route = sectorRoute(turn, aid, first);
    if (route) {
      // An employer the aid is closed to (a town hall, a public hospital) hears its own route, from the FAQ with its
      // sources, not the aid's summary and conditions (the OPCO, the 250-employee commitment are the private sector's).
      lines.push(...sentencesOf(route.answer[registerOfTurn(turn)]));
      extraSources.push(...bySourceAuthority(route.sources, (src) => src.url).slice(0, 1).map((src) => checkedSourceLine(turn, src, route.verified_on)));
    } else {
      lines.push(aidSummary(turn, aid));
      for (const r of evaluation.reasons.slice(1)) lines.push(`• ${formatReason(turn, r)}`);
      for (const c of aid.other_conditions.slice(0, 3)) more.push(`• ${c}`);
    }
  } else {
    // One short sentence first, the rest of the summary in the card. A follow-up about the aid ("quelle que soit la
    // taille ?") opens with the sentence of its text that answers it (aid-part.ts); the summary follows whole.
    const summary = aidSummary(turn, aid);
    const { first, rest } = leadSentence(summary);
    // "comment on la demande ?", "quelles sont les conditions ?" name a part of the card (AID_PART_FOCUS): the card
    // opens with that part, the how-to text or the conditions shown rather than behind "En savoir plus".
    const howAsked = focus.includes(AID_PART_FOCUS.howToApply);
    const conditionsAsked = focus.includes(AID_PART_FOCUS.conditions);
    const asked = howAsked ? aidHowToApply(turn, aid) : aidPartAsked(turn, aid, focus);
    text = asked ?? first;
    // With a table of amounts, the table is the answer: the rest of the summary waits behind "En savoir plus".
    const restOfSummary: string[] = howAsked ? [summary] : asked ? [sentencesOf(summary).filter((s) => s !== asked).join(' ')].filter((s) => s.length > 0) : rest ? [rest] : [];
    const signed = turn.data.profile.contractConcluded;
    if (signed && aid.conditions.contract_concluded) lines.push(say(turn, 'aids.detail_dated', { when: formatSpan(turn, signed) }));
    if (evaluation.status === 'eligible') {
      for (const a of evaluation.amounts) facts.push(resolvedAmountFact(turn, a));
    } else if (evaluation.status === 'unknown') {
      for (const a of evaluation.amounts) facts.push(resolvedAmountFact(turn, a));
      // Amounts by company size (or level) as a table; a candidate with no condition stays a line. The size not known
      // yet and many rows: one row per size with its range, the question under it, and the whole table one tap away
      // ("Tout le barème", this card again with every row).
      const bySize = evaluation.missing.includes('companySize') && !options.wholeTable ? candidateFactsBySize(turn, evaluation.candidates) : undefined;
      if (bySize) {
        facts.push(...bySize);
        quick.unshift(offerTitled(turn, say(turn, 'aids.whole_table'), { do: 'aid_table', id: aid.id }));
      } else {
        for (const c of evaluation.candidates) {
          const fact = candidateFact(turn, c);
          if (fact) facts.push(fact);
          else lines.push(formatCandidate(turn, c));
        }
      }
      if (evaluation.missing.includes('companySize')) {
        notes.push(say(turn, 'aids.tell_size'));
        turn.data.invited = 'companySize';
      }
      // One question on the first screen: the level waits behind "En savoir plus" while the size is asked, unless the
      // summary behind it already says the amount depends on the diploma (issue 12: the same point twice in one card).
      if (evaluation.missing.includes('level')) {
        const waits = evaluation.missing.includes('companySize');
        if (!(waits && facts.length > 0 && restOfSummary.some(saysAmountDependsOnDiploma))) (waits ? more : notes).push(say(turn, 'aids.tell_level'));
      }
    }
    if (facts.length > 0) more.unshift(...restOfSummary);
    else lines.unshift(...restOfSummary);
    if (evaluation.assumptions.length > 0) more.push(assumptionsLine(turn, evaluation.assumptions));
    const size = turn.data.profile.companySize;
    for (const c of aid.other_conditions.filter((x) => appliesToSize(x, size)).slice(0, 3)) (conditionsAsked ? lines : more).push(`• ${c}`);
    // Beside a table of amounts, how to apply is one tap away: the table and what to tell us fill the phone's screen.
    if (!howAsked) (facts.length > 0 ? more : notes).push(say(turn, 'aids.how_to_apply', { how: textForSize(aidHowToApply(turn, aid), size) }));
    if (aid.valid_to) notes.push(say(turn, 'aids.valid_until', { date: formatDateFr(aid.valid_to) }));
  }
  const startNote = startIsNotSigning(turn, aid);
  if (startNote) text = `${startNote} ${text}`;
  const card = answerCard(turn, {
    title: aid.title,
    subtitle: aid.provider,
    lines,
    facts,
    notes,
    more,
    sources: [...extraSources, aidSourceLine(turn, aid)],
    buttons: [{ kind: 'link', title: say(turn, 'link.source'), url: aid.source.url }],
  });
  const print = cardPrint(text, card);
  rememberCard(turn, print);
  if (cardShownJustBefore(turn, print)) {
    await context.sendActivity(reply(sameAidCardAgain(turn, aid, text, facts), { quickReplies: quick }));
    return;
  }
  await context.sendActivity(reply(text, { card, quickReplies: quick }));
}

/**
 * The aid's card just shown would come back word for word for another message ("elle a 17 ans, peut-elle ?" after
 * Mobili-Jeune): its words without the card. An age told within the aid's age bounds opens with its yes for the age,
 * from the aid's conditions; then the sentence of its summary the message's words reach (its lead when none does),
 * its amounts, how to claim it, and the free line for the person's own case.
 */
function sameAidCardAgain(turn: Turn, aid: Aid, lead: string, facts: readonly CardFact[]): string {
  const u = turn.understanding;
  const amounts = facts.map((f) => `${f.title} : ${f.value}`).join(' ; ');
  // "elle donnait combien ?" after an ended aid, whose card shows no table: the sentence of its summary that says its
  // former amounts, whatever words the question asks them with.
  const summary = sentencesOf(aidSummary(turn, aid));
  const amountsSaid = u.cues.asksAmount && facts.length === 0 ? summary.find((s) => /\d\s?€/.test(s) && s !== lead) : undefined;
  const answering = amountsSaid ?? sentenceAnswering(summary, u.normalized, lead, keysOfFactsTold(turn));
  // "c'est combien par mois ?", "ça monte à combien ?": the amounts are the answer, said first (the summary's lead
  // after them); otherwise the sentence the message's words reach answers it ("Cette aide se cumule avec celle de
  // l'État."), else the lead.
  // An amount worked out case by case ("montant calculé au cas par cas") is no figure: its sentence says how to know it.
  const sentence = u.cues.asksAmount && /\d/.test(amounts)
    ? `${lowerFirst(amounts)}. ${answering ?? lead}`
    : [lowerFirst(answering ?? lead), ...(amounts ? [`${amounts}.`] : [])].join(' ');
  const age = u.facts.age;
  const bounds = aid.conditions.age;
  let main = say(turn, 'faq.same_card', { sentence });
  if (age !== undefined && bounds !== undefined && (bounds.min === undefined || age >= bounds.min) && (bounds.max === undefined || age <= bounds.max)) {
    const bound =
      bounds.min !== undefined && bounds.max !== undefined
        ? say(turn, 'aids.age_between', { min: bounds.min, max: bounds.max })
        : bounds.max !== undefined
          ? say(turn, 'aids.age_up_to', { max: bounds.max })
          : say(turn, 'aids.age_from', { min: bounds.min ?? 0 });
    main = say(turn, 'aids.same_card_age_fits', { age, bound, sentence });
  }
  // A fact said again carries its source, as the card did (issue 12 §5): publisher and date.
  return `${main} ${say(turn, 'aids.how_to_apply', { how: aidHowToApply(turn, aid) })} ${say(turn, 'faq.same_card_own_case')}\n${shortSource(aidSourceLine(turn, aid))}`;
}

/** The FAQ entry of the aid's `sector_see_faq`, when the aid is closed to the person's kind of employer. */
function sectorRoute(turn: Turn, aid: Aid, reason: NotEligibleReason): FaqEntry | undefined {
  if (reason.code !== 'employer_sector_not_covered') return undefined;
  return aid.sector_see_faq.map((id) => turn.kb.search.faqEntry(id)).find((e): e is FaqEntry => e !== undefined);
}

/**
 * No aid for this profile because the aids are closed to its kind of employer (a town hall asking what hiring an
 * apprentice brings): the entry of that employer's route, when the aids name one (`sector_see_faq`).
 */
function sectorRouteOfList(turn: Turn, persona: Persona): FaqEntry | undefined {
  const concerned = turn.kb.knowledge.aids.filter((a) => aidConcerns(a, persona) && a.sector_see_faq.length > 0);
  const profile = aidProfileOf({ ...turn.data.profile, persona }, undefined, turn.kb.knowledge.parameters);
  for (const e of evaluateAids(concerned, profile, turn.today)) {
    const aid = concerned.find((a) => a.id === e.aidId) as Aid;
    const route = e.status === 'not_eligible' && e.reasons[0] ? sectorRoute(turn, aid, e.reasons[0]) : undefined;
    if (route) return route;
  }
  return undefined;
}

/** That route: why the aids are not theirs, then the entry's answer in the card, with its source and date. */
async function sendSectorRoute(context: TurnContext, turn: Turn, entry: FaqEntry): Promise<void> {
  const [source] = bySourceAuthority(entry.sources, (s) => s.url);
  await context.sendActivity(
    reply(say(turn, 'aids.sector_route'), {
      card: answerCard(turn, {
        title: say(turn, 'aids.card_title'),
        lines: sentencesOf(entry.answer[registerOfTurn(turn)]),
        sources: source ? [checkedSourceLine(turn, source, entry.verified_on)] : [],
        buttons: [...(source ? [{ kind: 'link' as const, title: say(turn, 'link.source'), url: source.url }] : []), { kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' }],
      }),
      quickReplies: [offer(turn, 'choice.disability', { do: 'topic', topic: 'aids' }), offer(turn, 'choice.human')],
    }),
  );
}

/** Why the aids not listed do not apply to this profile: asked with "pourquoi pas les autres ?". */
export async function sendAidsWhyNot(context: TurnContext, turn: Turn): Promise<void> {
  const profile = turn.data.profile;
  const persona = profile.persona ?? 'jeune';
  const aids = new Map(turn.kb.knowledge.aids.map((a) => [a.id, a]));
  const lines: string[] = [];
  for (const e of evaluateAids(turn.kb.knowledge.aids, aidProfileOf({ ...profile, persona }, undefined, turn.kb.knowledge.parameters), turn.today)) {
    const aid = aids.get(e.aidId);
    if (!aid || !aidConcerns(aid, persona)) continue;
    if (e.status === 'not_eligible') lines.push(`• ${aid.title} : ${e.reasons.map((r) => formatReason(turn, r)).join(', ')}`);
    else if (e.status === 'ended') {
      const ended = aid.dates_approximate ? say(turn, 'aids.ended_undated_short') : say(turn, 'aids.ended_on', { date: formatDateFr(e.endedOn) });
      lines.push(`• ${aid.title} : ${ended}`);
    }
  }
  await context.sendActivity(
    reply(say(turn, lines.length > 0 ? 'aids.why_not' : 'aids.why_not_none'), {
      ...(lines.length > 0 ? { card: answerCard(turn, { title: say(turn, 'aids.why_not_title'), lines: lines.slice(0, 10) }) } : {}),
      quickReplies: [offer(turn, 'choice.aids'), offer(turn, 'choice.human')],
    }),
  );
}

/**
 * A claim about an aid we do not know ("la Région donne 2 000 € à tous les apprentis ?"): never confirmed. We say
 * we have no such aid in our sources, list what exists and point to the free line to check.
 */
export async function sendUnknownAidClaim(context: TurnContext, turn: Turn, amount: number | undefined, name?: string): Promise<void> {
  const text =
    name !== undefined
      ? say(turn, 'aids.unknown_claim_named', { name })
      : amount !== undefined
        ? say(turn, 'aids.unknown_claim_amount', { amount: formatNumberFr(amount) })
        : say(turn, 'aids.unknown_claim');
  await context.sendActivity(
    reply(text, {
      card: answerCard(turn, {
        title: say(turn, 'aids.unknown_claim_title'),
        lines: [say(turn, 'aids.unknown_claim_help')],
        buttons: [
          { kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' },
          { kind: 'link', title: say(turn, 'link.simulator'), url: SIMULATOR },
        ],
      }),
      quickReplies: [offer(turn, 'choice.aids'), offer(turn, 'choice.human')],
    }),
  );
}

/** "Son montant dépend de l'effectif … et du niveau du diplôme préparé": the aid's own text says what to tell. */
const AMOUNT_DEPENDS_ON_DIPLOMA = /\bmontant depend\b[^.]*\bdiplome\b/;
const saysAmountDependsOnDiploma = (text: string): boolean => AMOUNT_DEPENDS_ON_DIPLOMA.test(normalize(text));

/**
 * "vous êtes sûr ? on m'a dit qu'elle existait" after an aid said not to be in our sources: confirmed honestly (not in
 * the official sources read, which cannot rule out what they do not say), the free line to check, the aids that exist.
 */
export async function sendUnknownAidDoubt(context: TurnContext, turn: Turn, name?: string, asked = false): Promise<void> {
  // A doubt ("vous êtes sûr ?") is answered by confirming; a question about it ("comment je la demande ?") by saying
  // why it cannot be answered here.
  const key = asked ? 'aids.unknown_asked' : 'aids.unknown_doubt';
  const text = name !== undefined ? say(turn, `${key}_named`, { name }) : say(turn, key);
  await context.sendActivity(reply(text, { quickReplies: [offer(turn, 'choice.aids'), offer(turn, 'choice.human'), offer(turn, 'choice.callback')] }));
}
