import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { formatDateFr } from '../src/knowledge/messages.js';
import type { FaqEntry } from '../src/knowledge/schema/faq.js';
import type { FaqHit } from '../src/knowledge/search.js';
import { bySourceAuthority } from './support/knowledge-views.js';
import { answerCard, reply } from './support/replies.js';
import { offer, offerTitled, registerOfTurn, say, turnOf, type Turn } from './support/turn.js';

export const FAQ_DIALOG = 'faq';

/** How sure the FAQ search must be to answer straight away; below, the two best matches are offered. */
export const FAQ_SURE = { coverage: 0.6, margin: 1.3 };
/**
 * A long message shares only half its words with any question ("mon fils mineur doit-il avoir combien de jours de
 * repos par semaine ?"), yet one entry can still stand well clear of the next: then it is the answer.
 */
export const FAQ_CLEAR_LEAD = { coverage: 0.45, margin: 1.75 };

/** Whether the best FAQ hit is clearly the question asked. */
export function faqIsSure(hits: readonly FaqHit[]): boolean {
  const [first, second] = hits;
  if (!first) return false;
  if (first.coverage < FAQ_SURE.coverage) {
    return first.coverage >= FAQ_CLEAR_LEAD.coverage && second !== undefined && first.score >= second.score * FAQ_CLEAR_LEAD.margin;
  }
  return !second || first.score >= second.score * FAQ_SURE.margin || first.coverage >= 0.85;
}

/** Answers from the FAQ with its sources and date; when unsure, offers the two best matches as choices. */
export class FaqDialog extends ComponentDialog {
  constructor() {
    super(FAQ_DIALOG);
    this.addDialog(new WaterfallDialog(`${FAQ_DIALOG}.flow`, [this.answerStep.bind(this)]));
    this.initialDialogId = `${FAQ_DIALOG}.flow`;
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const hits = turn.understanding.faq;
    turn.data.lastTopic = 'faq';
    turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
    turn.data.misunderstood = 0;
    if (faqIsSure(hits) || (hits.length === 1 && hits[0]!.coverage >= 0.4)) {
      await sendFaqAnswer(step.context, turn, hits[0]!.entry);
    } else if (hits.length >= 2) {
      const choices = hits.slice(0, 2).map((h) => offerTitled(turn, h.entry.questions[0] as string, { do: 'faq', id: h.entry.id }));
      await step.context.sendActivity(
        reply(say(turn, 'faq.unsure'), { quickReplies: [...choices, offer(turn, 'choice.human')] }),
      );
    } else {
      await step.context.sendActivity(reply(say(turn, 'faq.none'), { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.menu')] }));
    }
    return step.endDialog();
  }
}

export async function sendFaqAnswer(context: TurnContext, turn: Turn, entry: FaqEntry): Promise<void> {
  const register = registerOfTurn(turn);
  const lines = entry.details ? [entry.details[register]] : [];
  const ranked = bySourceAuthority(entry.sources, (s) => s.url);
  const sources = ranked.map((s) => say(turn, 'source.checked', { producer: s.producer, date: formatDateFr(entry.verified_on) }));
  const contacts = turn.kb.knowledge.contacts.filter((c) => entry.see_contacts.includes(c.id));
  await context.sendActivity(
    reply(entry.answer[register], {
      card: answerCard(turn, {
        title: entry.questions[0] as string,
        lines,
        sources,
        buttons: [
          ...ranked.slice(0, 1).map((s) => ({ kind: 'link' as const, title: say(turn, 'link.source'), url: s.url })),
          ...contacts.flatMap((c) => (c.url ? [{ kind: 'link' as const, title: c.name, url: c.url }] : [])).slice(0, 2),
        ],
      }),
      quickReplies: [offer(turn, 'choice.other_question'), offer(turn, 'choice.human')],
    }),
  );
}
