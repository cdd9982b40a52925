import type { TurnContext } from 'botbuilder';
import { formatDateFr, formatNumberFr } from '../src/knowledge/messages.js';
import type { Aid } from '../src/knowledge/schema/aid.js';
import { evaluateAids, type AidEvaluation } from '../src/rules/aids.js';
import { weighPay, type PayTold, type PayVerdict } from '../src/rules/pay-threshold.js';
import { sendAidDetail } from './aides-dialog.js';
import { aidHowToApply, aidProfileOf, aidSourceLine, aidSummary } from './support/aid-views.js';
import { answerCard, reply } from './support/replies.js';
import { offer, registerOfTurn, say, type Turn } from './support/turn.js';

/** A condition of `other_conditions` that states the pay threshold itself ("55 % du SMIC horaire brut × 169"). */
const PAY_CONDITION = /% du SMIC/i;

/** The lead sentence: the pay told, the rule's threshold in euros on the SMIC of its date, and the verdict. */
function verdictText(turn: Turn, aid: Aid, pay: PayTold, v: PayVerdict): string {
  return say(turn, `aids.pay.${v.kind}.${v.verdict}`, {
    amount: formatNumberFr(pay.amount),
    percent: v.percent,
    threshold: formatNumberFr(v.threshold),
    hours: v.hours,
    date: formatDateFr(v.smicDate),
  });
}

/**
 * "donc avec 989 € j'y ai droit ?" after the prime d'activité: the pay told weighed against the aid's pay threshold,
 * yes or no with the comparison, the SMIC and its date, the aid's other conditions and how to check the amount. An
 * aid closed to the person for another reason already known (their age) is answered by its card, which says why.
 */
export async function sendAidPayAnswer(context: TurnContext, turn: Turn, aidId: string, pay: PayTold): Promise<void> {
  const aid = turn.kb.knowledge.aids.find((a) => a.id === aidId);
  if (!aid) return;
  turn.data.lastTopic = 'aids';
  turn.data.lastAid = aid.id;
  turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
  const params = turn.kb.knowledge.parameters;
  const [evaluation] = evaluateAids([aid], aidProfileOf(turn.data.profile, undefined, params), turn.today) as [AidEvaluation];
  const verdict = weighPay(aid, pay, params);
  const otherReason = evaluation.status === 'not_eligible' && evaluation.reasons.some((r) => r.code !== 'pay_below_threshold');
  if (!verdict || evaluation.status === 'ended' || otherReason) {
    await sendAidDetail(context, turn, aid);
    return;
  }
  // The pay condition is the one just weighed: the card lists the others.
  const others = aid.other_conditions.filter((c) => !PAY_CONDITION.test(c)).slice(0, 3);
  // The summary keeps the rule's other half in view (the prestations familiales end at 20, the prime starts at 18).
  const lines = [aidSummary(turn, aid), ...(others.length > 0 ? [say(turn, 'aids.pay.other_conditions'), ...others.map((c) => `• ${c}`)] : [])];
  const notes = [say(turn, 'aids.how_to_apply', { how: aidHowToApply(turn, aid) })];
  const smicSource = say(turn, 'aids.pay.smic_source', { producer: params.smic.source.producer, date: formatDateFr(params.smic.value_date) });
  await context.sendActivity(
    reply(verdictText(turn, aid, pay, verdict), {
      card: answerCard(turn, {
        title: aid.title,
        subtitle: aid.provider,
        lines,
        notes,
        sources: [aidSourceLine(turn, aid), smicSource],
        buttons: [{ kind: 'link', title: say(turn, 'link.source'), url: aid.source.url }],
      }),
      quickReplies: [offer(turn, 'choice.aids'), offer(turn, 'choice.human')],
    }),
  );
}
