import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { formatDateFr } from '../src/knowledge/messages.js';
import type { FaqEntry } from '../src/knowledge/schema/faq.js';
import { bySourceAuthority } from './support/knowledge-views.js';
import { answerCard, reply } from './support/replies.js';
import { faqIsSure } from './routing/faq-confidence.js';
import { FAQ_SINGLE_HIT_COVERAGE } from './routing/thresholds.js';
import { offer, offerTitled, registerOfTurn, say, turnOf, type Turn } from './support/turn.js';

export const FAQ_DIALOG = 'faq';

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
    if (faqIsSure(hits) || (hits.length === 1 && hits[0]!.coverage >= FAQ_SINGLE_HIT_COVERAGE)) {
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
