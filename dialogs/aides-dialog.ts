import type { TurnContext } from 'botbuilder';
import { formatDateFr, formatNumberFr } from '../src/knowledge/messages.js';
import type { Aid } from '../src/knowledge/schema/aid.js';
import { aidConcerns, evaluateAids, type AidEvaluation, type Assumption } from '../src/rules/aids.js';
import { aidLine, aidProfileOf, aidSourceLine, aidSummary, formatCandidate, formatReason, formatResolvedAmount } from './support/aid-views.js';
import { reply } from './support/replies.js';
import type { Slot } from './support/slots.js';
import { offer, offerTitled, registerOfTurn, say, type Turn } from './support/turn.js';
import { TopicDialog } from './topic-dialog.js';

export const AIDES_DIALOG = 'aides';
const SIMULATOR = 'https://www.1jeune1solution.gouv.fr/mes-aides';
const MAX_LISTED = 6;

/**
 * Aids for the profile (persona, age, level, company size, disability): each with its amount, conditions, how to
 * apply, source and date. Ended aids are never offered; named, they are said to be ended with their end date.
 */
export class AidesDialog extends TopicDialog {
  constructor() {
    super(AIDES_DIALOG, 'aids');
  }

  protected nextSlot(turn: Turn): Slot | undefined {
    const p = turn.data.profile;
    return p.persona === undefined && p.age === undefined && p.companySize === undefined ? 'persona' : undefined;
  }

  protected async answer(context: TurnContext, turn: Turn): Promise<void> {
    const profile = turn.data.profile;
    const persona = profile.persona ?? (profile.companySize !== undefined ? 'employeur' : 'jeune');
    const evaluations = evaluateAids(turn.kb.knowledge.aids, aidProfileOf({ ...profile, persona }), turn.today);
    const aids = new Map(turn.kb.knowledge.aids.map((a) => [a.id, a]));
    const relevant = evaluations.filter((e) => {
      const aid = aids.get(e.aidId);
      return aid !== undefined && aidConcerns(aid, persona) && (e.status === 'eligible' || e.status === 'unknown');
    });
    // Eligible first, then those that depend on a detail we do not know.
    relevant.sort((a, b) => (a.status === b.status ? 0 : a.status === 'eligible' ? -1 : 1));
    const shown = relevant.slice(0, MAX_LISTED);
    turn.data.aidsShown = [...new Set([...turn.data.aidsShown, ...shown.map((e) => e.aidId)])];

    if (shown.length === 0) {
      await context.sendActivity(
        reply(say(turn, 'aids.none_found'), {
          card: { title: say(turn, 'aids.card_title'), lines: [], buttons: [{ kind: 'link', title: say(turn, 'link.simulator'), url: SIMULATOR }, { kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' }] },
          quickReplies: [offer(turn, 'choice.human')],
        }),
      );
      return;
    }
    const lines = shown.map((e) => aidLine(turn, aids.get(e.aidId) as Aid, e));
    const missing = new Set(shown.flatMap((e) => (e.status === 'unknown' ? e.missing : [])));
    if (missing.has('companySize') && persona === 'employeur') {
      lines.push(say(turn, 'aids.tell_size'));
      turn.data.invited = 'companySize';
    }
    if (missing.has('level')) lines.push(say(turn, 'aids.tell_level'));
    const assumed = [...new Set(shown.flatMap((e) => (e.status === 'eligible' || e.status === 'unknown' ? e.assumptions : [])))];
    if (assumed.length > 0) lines.push(assumptionsLine(turn, assumed));
    lines.push(say(turn, 'aids.dates_note', { today: formatDateFr(turn.today) }));
    const intro = persona === 'employeur' ? 'aids.answer.employer' : persona === 'parent' ? 'aids.answer.parent' : 'aids.answer.young';
    await context.sendActivity(
      reply(say(turn, intro, { count: shown.length }), {
        card: {
          title: say(turn, 'aids.card_title'),
          lines,
          sources: [...new Set(shown.map((e) => aidSourceLine(turn, aids.get(e.aidId) as Aid)))],
          buttons: [
            { kind: 'link', title: say(turn, 'link.simulator'), url: SIMULATOR },
            { kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' },
          ],
        },
        quickReplies: [
          ...shown.slice(0, 3).map((e) => offerTitled(turn, shortTitle(aids.get(e.aidId) as Aid), { do: 'aid', id: e.aidId })),
          offer(turn, 'choice.why_not'),
          offer(turn, 'choice.human'),
        ],
      }),
    );
  }
}

/** What the amounts take for granted when the person did not say ("pour un contrat signé aujourd'hui…"). */
function assumptionsLine(turn: Turn, assumptions: readonly Assumption[]): string {
  return say(turn, 'aids.assumed', { list: assumptions.map((a) => say(turn, `aids.assumption.${a}`)).join(', ') });
}

/** Button titles stay short: the part of the title before its parenthesis. */
function shortTitle(aid: Aid): string {
  const base = aid.title.split(' (')[0] ?? aid.title;
  return base.length > 60 ? `${base.slice(0, 57)}…` : base;
}

/**
 * One aid in detail (asked by name or picked from a list): what it is, the amount for this profile, conditions,
 * how to apply, source and date. An ended aid is said to be ended, with its end date and what replaced it.
 */
export async function sendAidDetail(context: TurnContext, turn: Turn, aid: Aid): Promise<void> {
  const [evaluation] = evaluateAids([aid], aidProfileOf(turn.data.profile), turn.today) as [AidEvaluation];
  const lines: string[] = [];
  const quick = [offer(turn, 'choice.aids'), offer(turn, 'choice.human')];
  let text: string;
  if (evaluation.status === 'ended') {
    const replacement = evaluation.replacedBy ? turn.kb.knowledge.aids.find((a) => a.id === evaluation.replacedBy) : undefined;
    text = say(turn, 'aids.ended', { title: aid.title, date: formatDateFr(evaluation.endedOn) });
    lines.push(aidSummary(turn, aid));
    if (aid.dates_note) lines.push(aid.dates_note);
    lines.push(replacement ? say(turn, 'aids.replaced_by', { title: replacement.title }) : say(turn, 'aids.ended_next'));
  } else if (evaluation.status === 'upcoming') {
    text = say(turn, 'aids.upcoming', { title: aid.title, date: formatDateFr(evaluation.opensOn) });
    lines.push(aidSummary(turn, aid));
  } else {
    text = aidSummary(turn, aid);
    if (evaluation.status === 'eligible') {
      for (const a of evaluation.amounts) lines.push(formatResolvedAmount(turn, a));
    } else if (evaluation.status === 'unknown') {
      for (const a of evaluation.amounts) lines.push(formatResolvedAmount(turn, a));
      for (const c of evaluation.candidates) lines.push(formatCandidate(turn, c));
      if (evaluation.missing.includes('companySize')) {
        lines.push(say(turn, 'aids.tell_size'));
        turn.data.invited = 'companySize';
      }
      if (evaluation.missing.includes('level')) lines.push(say(turn, 'aids.tell_level'));
    } else {
      lines.push(say(turn, 'aids.not_for_you'));
      for (const r of evaluation.reasons) lines.push(`• ${formatReason(turn, r)}`);
    }
    if (evaluation.status !== 'not_eligible' && evaluation.assumptions.length > 0) lines.push(assumptionsLine(turn, evaluation.assumptions));
    for (const c of aid.other_conditions.slice(0, 3)) lines.push(`• ${c}`);
    lines.push(say(turn, 'aids.how_to_apply', { how: aid.how_to_apply[registerOfTurn(turn)] }));
    if (aid.valid_to) lines.push(say(turn, 'aids.valid_until', { date: formatDateFr(aid.valid_to) }));
  }
  await context.sendActivity(
    reply(text, {
      card: {
        title: aid.title,
        subtitle: aid.provider,
        lines,
        sources: [aidSourceLine(turn, aid)],
        buttons: [{ kind: 'link', title: say(turn, 'link.source'), url: aid.source.url }],
      },
      quickReplies: quick,
    }),
  );
}

/** Why the aids not listed do not apply to this profile: asked with "pourquoi pas les autres ?". */
export async function sendAidsWhyNot(context: TurnContext, turn: Turn): Promise<void> {
  const profile = turn.data.profile;
  const persona = profile.persona ?? 'jeune';
  const aids = new Map(turn.kb.knowledge.aids.map((a) => [a.id, a]));
  const lines: string[] = [];
  for (const e of evaluateAids(turn.kb.knowledge.aids, aidProfileOf({ ...profile, persona }), turn.today)) {
    const aid = aids.get(e.aidId);
    if (!aid || !aidConcerns(aid, persona)) continue;
    if (e.status === 'not_eligible') lines.push(`• ${aid.title} : ${e.reasons.map((r) => formatReason(turn, r)).join(', ')}`);
    else if (e.status === 'ended') lines.push(`• ${aid.title} : ${say(turn, 'aids.ended_on', { date: formatDateFr(e.endedOn) })}`);
  }
  await context.sendActivity(
    reply(say(turn, lines.length > 0 ? 'aids.why_not' : 'aids.why_not_none'), {
      ...(lines.length > 0 ? { card: { title: say(turn, 'aids.why_not_title'), lines: lines.slice(0, 10) } } : {}),
      quickReplies: [offer(turn, 'choice.aids'), offer(turn, 'choice.human')],
    }),
  );
}

/**
 * A claim about an aid we do not know ("la Région donne 2 000 € à tous les apprentis ?"): never confirmed. We say
 * we have no such aid in our sources, list what exists and point to the free line to check.
 */
export async function sendUnknownAidClaim(context: TurnContext, turn: Turn, amount: number | undefined): Promise<void> {
  await context.sendActivity(
    reply(amount !== undefined ? say(turn, 'aids.unknown_claim_amount', { amount: formatNumberFr(amount) }) : say(turn, 'aids.unknown_claim'), {
      card: {
        title: say(turn, 'aids.unknown_claim_title'),
        lines: [say(turn, 'aids.unknown_claim_help')],
        buttons: [
          { kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' },
          { kind: 'link', title: say(turn, 'link.simulator'), url: SIMULATOR },
        ],
      },
      quickReplies: [offer(turn, 'choice.aids'), offer(turn, 'choice.human')],
    }),
  );
}
