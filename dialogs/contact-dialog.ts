import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { parseFrenchPhone } from '../src/services/conversation-records.js';
import { recognizeChoice } from './support/choices.js';
import { readYesNo } from './support/yes-no.js';
import { answerCard, reply, type CardButton } from './support/replies.js';
import type { DialogServices } from './support/services.js';
import { conversationSummary } from './support/summary.js';
import { offer, say, turnOf, type Turn } from './support/turn.js';

export const CONTACT_DIALOG = 'contact';
const HUMAN = `${CONTACT_DIALOG}.human`;
const CALLBACK = `${CONTACT_DIALOG}.callback`;
const PROMPT = `${CONTACT_DIALOG}.ask`;
const PHONE_LINK = 'tel:0800050000';

export interface ContactOptions {
  mode: 'human' | 'callback';
}

interface CallbackDraft {
  firstName?: string;
  phone?: string;
  timeSlot?: string;
  tries?: number;
  /** Message key of the retry question, when the last answer was not valid. */
  retry?: string;
}

const SLOT_KEYS = ['callback.slot.morning', 'callback.slot.afternoon', 'callback.slot.any'] as const;

/**
 * Reaching a human: the free line 0800 050 000, a reference code the person can read out (the adviser sees the
 * summary only with consent), and a callback request (first name, phone, preferred slot, explicit consent),
 * confirmed only once it is saved.
 */
export class ContactDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(CONTACT_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(
      new WaterfallDialog(HUMAN, [this.humanStep.bind(this), this.consentStep.bind(this), this.transcriptStep.bind(this)]),
    );
    this.addDialog(
      new WaterfallDialog(CALLBACK, [this.askStep.bind(this), this.readStep.bind(this)]),
    );
    this.initialDialogId = HUMAN;
  }

  protected override async onBeginDialog(innerDc: Parameters<ComponentDialog['beginDialog']>[0], options?: ContactOptions): Promise<DialogTurnResult> {
    const turn = turnOf(innerDc.context);
    turn.data.inForm = true;
    turn.data.lastTopic = 'contact';
    return innerDc.beginDialog(options?.mode === 'callback' ? CALLBACK : HUMAN, {});
  }

  protected override async onEndDialog(context: TurnContext): Promise<void> {
    turnOf(context).data.inForm = false;
  }

  // ---------------------------------------------------------------- the free line and the reference code

  private async humanStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const code = this.services.records.referenceCode(step.context.activity.conversation.id);
    turn.data.referenceCode = code;
    await step.context.sendActivity(
      reply(say(turn, 'contact.human', { code: spaced(code) }), {
        card: answerCard(turn, {
          title: say(turn, 'contact.card_title'),
          lines: [say(turn, 'contact.line_free'), say(turn, 'contact.reference', { code: spaced(code) })],
          sources: [say(turn, 'contact.source')],
          buttons: phoneButtons(turn),
        }),
      }),
    );
    return step.prompt(PROMPT, {
      prompt: reply(say(turn, 'contact.ask_share'), {
        quickReplies: [offer(turn, 'choice.yes_consent'), offer(turn, 'choice.no_consent'), offer(turn, 'choice.callback')],
        inputHint: 'expectingInput',
      }),
    });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const choice = consentOf(turn);
    if (turn.chosen?.do === 'callback' || turn.analysis.intent === 'callback') return step.replaceDialog(CALLBACK, {});
    if (choice === undefined) {
      turn.data.inForm = false;
      // Not an answer to the question: let the main dialog read it as a new message.
      return step.endDialog({ reroute: true });
    }
    const conversationId = step.context.activity.conversation.id;
    this.services.records.setSharing(conversationId, choice, conversationSummary(turn));
    turn.data.shareConsent = choice;
    if (!choice) {
      await step.context.sendActivity(
        reply(say(turn, 'contact.not_shared'), { quickReplies: [offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }),
      );
      return step.endDialog();
    }
    // The summary is what the first question named; the messages themselves need their own, explicit yes.
    return step.prompt(PROMPT, {
      prompt: reply(say(turn, 'contact.ask_transcript'), {
        quickReplies: [
          offer(turn, 'choice.yes_transcript', { do: 'consent', value: true }),
          offer(turn, 'choice.no_transcript', { do: 'consent', value: false }),
        ],
        inputHint: 'expectingInput',
      }),
    });
  }

  private async transcriptStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    if (turn.chosen?.do === 'callback' || turn.analysis.intent === 'callback') return step.replaceDialog(CALLBACK, {});
    const choice = consentOf(turn);
    const all = choice === true;
    this.services.records.setTranscriptSharing(step.context.activity.conversation.id, all);
    await step.context.sendActivity(
      reply(say(turn, all ? 'contact.shared_all' : 'contact.shared', { code: spaced(turn.data.referenceCode ?? '') }), {
        quickReplies: [offer(turn, 'choice.callback'), offer(turn, 'choice.menu')],
      }),
    );
    if (choice !== undefined) return step.endDialog();
    // Not an answer (the summary stays shared, the messages do not): the main dialog reads it as a new message.
    turn.data.inForm = false;
    return step.endDialog({ reroute: true });
  }

  // ---------------------------------------------------------------- callback request

  /** Asks for the next missing field of the request (each answer is read by `readStep`). */
  private async askStep(step: WaterfallStepContext<CallbackDraft>): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const draft = step.options;
    const retry = draft.retry;
    if (draft.firstName === undefined) {
      return step.prompt(PROMPT, { prompt: reply(say(turn, retry ?? 'callback.ask_name'), { inputHint: 'expectingInput' }) });
    }
    if (draft.phone === undefined) {
      return step.prompt(PROMPT, { prompt: reply(say(turn, retry ?? 'callback.ask_phone', { name: draft.firstName }), { inputHint: 'expectingInput' }) });
    }
    if (draft.timeSlot === undefined) {
      return step.prompt(PROMPT, {
        prompt: reply(say(turn, 'callback.ask_slot'), {
          quickReplies: SLOT_KEYS.map((k) => say(turn, k)),
          inputHint: 'expectingInput',
        }),
      });
    }
    return step.prompt(PROMPT, {
      prompt: reply(say(turn, 'callback.ask_consent', { name: draft.firstName, phone: spacedPhone(draft.phone) }), {
        quickReplies: [offer(turn, 'choice.yes_callback', { do: 'consent', value: true }), offer(turn, 'choice.no_callback', { do: 'consent', value: false })],
        inputHint: 'expectingInput',
      }),
    });
  }

  /** Reads the answer to the field just asked; loops until the request is complete, then saves it. */
  private async readStep(step: WaterfallStepContext<CallbackDraft>): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const draft: CallbackDraft = { ...step.options };
    delete draft.retry;
    const text = turn.analysis.text;
    // "finalement non, laisse tomber" while a field is asked: the person changed their mind, it is not a name. The
    // consent question reads its own yes/no below.
    if (draft.timeSlot === undefined && wantsToStop(turn)) {
      await step.context.sendActivity(reply(say(turn, 'callback.cancelled'), { quickReplies: [offer(turn, 'choice.menu')], card: phoneCard(turn) }));
      return step.endDialog();
    }
    if (draft.firstName === undefined) {
      const name = firstNameOf(text);
      if (name) draft.firstName = name;
      else return this.again(step, draft, 'callback.bad_name');
    } else if (draft.phone === undefined) {
      const phone = parseFrenchPhone(text);
      if (phone) draft.phone = phone;
      else return this.again(step, draft, 'callback.bad_phone');
    } else if (draft.timeSlot === undefined) {
      const i = recognizeChoice(text, SLOT_KEYS.map((k) => say(turn, k)));
      draft.timeSlot = i === undefined ? text.trim().slice(0, 80) || say(turn, 'callback.slot.any') : say(turn, SLOT_KEYS[i]!);
    } else {
      return this.save(step, turn, draft);
    }
    return step.replaceDialog(CALLBACK, draft);
  }

  private async save(step: WaterfallStepContext<CallbackDraft>, turn: Turn, draft: CallbackDraft): Promise<DialogTurnResult> {
    if (consentOf(turn) !== true || !draft.firstName || !draft.phone || !draft.timeSlot) {
      await step.context.sendActivity(reply(say(turn, 'callback.cancelled'), { quickReplies: [offer(turn, 'choice.menu')], card: phoneCard(turn) }));
      return step.endDialog();
    }
    const conversationId = step.context.activity.conversation.id;
    const code = turn.data.referenceCode ?? this.services.records.referenceCode(conversationId);
    turn.data.referenceCode = code;
    // Saved before we say so: if this throws, the turn fails and nothing is confirmed.
    this.services.records.createCallback({ conversationId, referenceCode: code, firstName: draft.firstName, phone: draft.phone, timeSlot: draft.timeSlot });
    await step.context.sendActivity(
      reply(say(turn, 'callback.saved', { name: draft.firstName, slot: draft.timeSlot.toLowerCase(), code: spaced(code) }), {
        quickReplies: [offer(turn, 'choice.menu')],
      }),
    );
    return step.endDialog();
  }

  /** Asks the same field again, twice at most, then gives the phone number instead. */
  private async again(step: WaterfallStepContext<CallbackDraft>, draft: CallbackDraft, key: string): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const tries = (draft.tries ?? 0) + 1;
    if (tries > 2) {
      await step.context.sendActivity(reply(say(turn, 'callback.give_up'), { card: phoneCard(turn), quickReplies: [offer(turn, 'choice.menu')] }));
      return step.endDialog();
    }
    return step.replaceDialog(CALLBACK, { ...draft, tries, retry: key });
  }
}

/** A consent is a clear yes, typed or clicked; a "non" anywhere, or a bare digit, is not one (see yes-no.ts). */
function consentOf(turn: Turn): boolean | undefined {
  const answer = readYesNo(turn.analysis.normalized);
  return answer === undefined ? undefined : answer === 'yes';
}

/** A refusal or a change of mind ("non", "laisse tomber", "j'ai changé d'avis", "annule"). */
const STOP_WORDS = /\b(?:laisse tomber|annule|annuler|change de avis|plus besoin|pas la peine)\b/;

function wantsToStop(turn: Turn): boolean {
  const a = turn.analysis;
  return (a.intent === 'deny' && a.confidence >= 0.5) || STOP_WORDS.test(a.normalized);
}

/** At most this many words: "Marie Claire" or "Jean-Pierre Louis" is a name, a sentence is not. */
const MAX_NAME_WORDS = 3;

/** A first name as typed: letters, spaces, hyphens, apostrophes; at most 40 characters and three words. */
export function firstNameOf(text: string): string | undefined {
  const cleaned = text.trim().replace(/^(je m'?appelle|moi c'?est|c'?est)\s+/i, '').trim();
  if (!/^[\p{L}][\p{L}' -]{0,39}$/u.test(cleaned)) return undefined;
  if (cleaned.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}

/** "K7M49Q" → "K7M 49Q": easier to read out. */
function spaced(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

function spacedPhone(phone: string): string {
  return phone.replace(/(\d{2})(?=\d)/g, '$1 ');
}

function phoneButtons(turn: Turn): CardButton[] {
  return [{ kind: 'link', title: say(turn, 'link.phone'), url: PHONE_LINK }];
}

function phoneCard(turn: Turn) {
  return answerCard(turn, { title: say(turn, 'contact.card_title'), lines: [say(turn, 'contact.line_free')], buttons: phoneButtons(turn) });
}
