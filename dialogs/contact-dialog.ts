import { ComponentDialog, TextPrompt, WaterfallDialog } from '../src/bot/dialogs-sdk.js';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { sendFaqAnswer } from './faq-answer.js';
import { isClear, readingsOf } from './routing/readings.js';
import { FAQ_ANSWER } from './routing/thresholds.js';
import { slotLabel } from './support/callback-details.js';
import { readNameAlongside } from './support/callback-name.js';
import { asksWhoAnswers } from './support/form-small-questions.js';
import { referenceCodeAsked } from './support/reference-code-asked.js';
import { fold, readFirstName, readNameInRequest, readPhone, readTimeSlot, type PhoneProblem } from './support/callback-reader.js';
import { asksSomething, contactQuestionIn, FREE_LINE_ID, type ContactAspect, type ContactContext, type Office } from './support/contact-questions.js';
import { readYesNo } from './support/yes-no.js';
import { thanksAtConsent } from './support/consent-thanks.js';
import { answerCard, reply, type CardButton } from './support/replies.js';
import { leadSentence } from './support/lead-sentence.js';
import { checkedSourceLine } from './support/knowledge-views.js';
import type { DialogServices } from './support/services.js';
import type { ConversationData } from './support/state.js';
import { conversationSummary, summaryFieldsKept } from './support/summary.js';
import { offer, registerOfTurn, say, turnOf, type Turn } from './support/turn.js';
import { withDe } from '../src/knowledge/messages.js';

export const CONTACT_DIALOG = 'contact';
const HUMAN = `${CONTACT_DIALOG}.human`;
const SHARE = `${CONTACT_DIALOG}.share`;
const TRANSCRIPT = `${CONTACT_DIALOG}.transcript`;
const CALLBACK = `${CONTACT_DIALOG}.callback`;
const PROMPT = `${CONTACT_DIALOG}.ask`;
const PHONE_LINK = 'tel:0800050000';

export interface ContactOptions {
  mode: 'human' | 'callback';
  /** The callback request as it was when a question of another topic interrupted it: the form resumes from here. */
  draft?: CallbackForm;
}

/** What a callback request holds so far (the fields given), kept while the form waits. */
export type CallbackForm = NonNullable<ConversationData['callbackForm']>;

/** A question of the card asked again after a question about the contact: its one-line version. */
interface AskAgain {
  again?: boolean;
}

interface CallbackDraft {
  firstName?: string;
  phone?: string;
  timeSlot?: string;
  tries?: number;
  /** Message key of the retry question, when the last answer was not valid. */
  retry?: string;
  /** What the last message gave besides the field asked, said back before the next question. */
  notes?: string[];
}

type Field = 'firstName' | 'phone' | 'timeSlot' | 'consent';

/** The field the form asks for next: the first one still missing, then the consent. */
function nextField(draft: CallbackDraft): Field {
  if (draft.firstName === undefined) return 'firstName';
  if (draft.phone === undefined) return 'phone';
  if (draft.timeSlot === undefined) return 'timeSlot';
  return 'consent';
}

const PHONE_PROBLEMS: Readonly<Record<PhoneProblem, string>> = {
  length: 'callback.bad_phone',
  foreign: 'callback.bad_phone_foreign',
  service: 'callback.bad_phone_service',
};

/** A moment in the person's own words is a few words; a longer message is something else. */
const MAX_SLOT_WORDS = 8;

/** "pourquoi vous voulez mon numéro ?": the question is about the number we ask for. */
const ABOUT_THE_NUMBER = /\b(?:numero|telephone|tel|portable|donnees|coordonnees)\b/;
/**
 * "pourquoi vous voulez mon numéro ?", "vous gardez mes coordonnées ?": the person's own number or details, which
 * the form is asking for; no FAQ entry (the free line's number, say) answers that better than the form itself.
 */
const ABOUT_MY_NUMBER = /\b(?:mon|ma|mes)\s+(?:numero|telephone|tel|portable|donnees|coordonnees)\b/;

/** "pourquoi vous voulez mon prénom ?": the name, whichever field is on screen. */
const ABOUT_THE_NAME = /\b(?:prenom|nom)\b/;

interface Heard {
  firstName?: string;
  phone?: string;
  timeSlot?: string;
}

/**
 * What a message of the form gives: a valid French phone number, a moment to call, and a first name when one was
 * asked for or is introduced as such ("je m'appelle Zoé"). A moment or a number is never read as a name.
 */
function hear(turn: Turn, text: string, asked: Field): Heard {
  const heard: Heard = {};
  const phone = readPhone(text);
  if (phone.phone) heard.phone = phone.phone;
  const slot = readTimeSlot(text);
  if (slot) heard.timeSlot = slotLabel(turn, slot);
  else {
    const name = readFirstName(phone.rest);
    if (name && (name.explicit || asked === 'firstName')) heard.firstName = name.name;
  }
  // "demain matin au 06…, c'est pour Léa", "rappelez Lucas au 07…": a name introduced along with the other details
  // (review 15, X5: the form asked the first name again).
  if (heard.firstName === undefined) {
    const name = readNameAlongside(phone.rest, { nameAsked: asked === 'firstName', town: turn.understanding.commune?.span });
    if (name) heard.firstName = name;
  }
  return heard;
}

/** The fields a draft holds, without the form's own bookkeeping (tries, retry, notes). */
function formOf(draft: CallbackDraft): CallbackForm {
  const form: CallbackForm = {};
  if (draft.firstName !== undefined) form.firstName = draft.firstName;
  if (draft.phone !== undefined) form.phone = draft.phone;
  if (draft.timeSlot !== undefined) form.timeSlot = draft.timeSlot;
  return form;
}

/** A request typed instead of a first name ("je cherche un CFA à Caen pour un CAP") has at least these words. */
const MIN_REQUEST_WORDS = 4;

/**
 * Whether a message typed while the callback form waits asks something beyond the form: a real question (or, at the
 * first-name question, a new request of a few words) that gives no field of the form and is not about the call, the
 * line or the details asked. The main dialog then answers it with the whole routing and takes the form up again.
 */
export function asksBeyondTheForm(turn: Turn, form: CallbackForm): boolean {
  const { text, normalized, words } = turn.understanding;
  const asked = nextField(form);
  const question = asksSomething(text, normalized);
  if (!question && !(asked === 'firstName' && words >= MIN_REQUEST_WORDS)) return false;
  if (ABOUT_THE_NUMBER.test(normalized) || ABOUT_THE_NAME.test(normalized) || contactQuestionIn(turn.understanding, 'form') !== undefined) return false;
  if (wantsToStop(turn)) return false;
  const heard = hear(turn, text, asked);
  return heard.firstName === undefined && heard.phone === undefined && heard.timeSlot === undefined;
}

/** Builds the request from what the conversation already holds: a number typed before, and this message. */
export function callbackDraftFrom(turn: Turn): CallbackDraft {
  const draft: CallbackDraft = {};
  if (turn.data.callbackPhone) draft.phone = turn.data.callbackPhone;
  const heard = hear(turn, turn.understanding.text, 'phone');
  if (heard.timeSlot) draft.timeSlot = heard.timeSlot;
  // "c'est Léa, rappelez-moi au 06…": the name said with the request, not only one introduced by "je m'appelle".
  // A word the understanding read as a town ("Caen, rappelez-moi") is where the person is, not who.
  const name = heard.firstName ?? readNameInRequest(readPhone(turn.understanding.text).rest);
  const town = turn.understanding.commune?.span;
  if (name && (town === undefined || fold(name) !== fold(town))) draft.firstName = name;
  return draft;
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
    this.addDialog(new WaterfallDialog(HUMAN, [this.humanStep.bind(this)]));
    this.addDialog(new WaterfallDialog(SHARE, [this.askShareStep.bind(this), this.consentStep.bind(this)]));
    this.addDialog(new WaterfallDialog(TRANSCRIPT, [this.askTranscriptStep.bind(this), this.transcriptStep.bind(this)]));
    this.addDialog(
      new WaterfallDialog(CALLBACK, [this.askStep.bind(this), this.readStep.bind(this)]),
    );
    this.initialDialogId = HUMAN;
  }

  protected override async onBeginDialog(innerDc: Parameters<ComponentDialog['beginDialog']>[0], options?: ContactOptions): Promise<DialogTurnResult> {
    const turn = turnOf(innerDc.context);
    turn.data.inForm = true;
    // The form taken up again after an answer of another topic: that answer stays the one a follow-up is about.
    // One short sentence says the form goes on at the same step (issue 11).
    if (options?.draft) return innerDc.beginDialog(CALLBACK, { ...options.draft, notes: [say(turn, 'callback.resume')] } satisfies CallbackDraft);
    turn.data.lastTopic = 'contact';
    // "mon numéro c'est le 06…" read as a wish to reach someone: giving a number is asking to be called back.
    const callback = options?.mode === 'callback' || readPhone(turn.understanding.text).phone !== undefined;
    return innerDc.beginDialog(callback ? CALLBACK : HUMAN, callback ? callbackDraftFrom(turn) : {});
  }

  protected override async onEndDialog(context: TurnContext): Promise<void> {
    const data = turnOf(context).data;
    data.inForm = false;
    delete data.callbackForm;
  }

  // ---------------------------------------------------------------- the free line and the reference code

  private async humanStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const code = await this.services.records.referenceCode(step.context.activity.conversation.id);
    turn.data.referenceCode = code;
    await step.context.sendActivity(
      reply(say(turn, 'contact.human', { code: spaced(code) }), {
        card: answerCard(turn, {
          title: say(turn, 'contact.card_title'),
          lines: [say(turn, 'contact.line_free'), say(turn, 'contact.reference', { code: spaced(code) })],
          sources: [freeLineSource(turn)],
          buttons: phoneButtons(turn),
        }),
      }),
    );
    return step.replaceDialog(SHARE, {});
  }

  /** The sharing question; after a question about the contact, its one-line version. */
  private async askShareStep(step: WaterfallStepContext<AskAgain>): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    return step.prompt(PROMPT, {
      prompt: reply(step.options.again ? say(turn, 'contact.ask_share_again') : shareQuestion(turn), {
        quickReplies: [offer(turn, 'choice.yes_consent'), offer(turn, 'choice.no_consent'), offer(turn, 'choice.callback')],
        inputHint: 'expectingInput',
      }),
    });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    if (turn.chosen?.do === 'callback' || turn.understanding.intent === 'callback') return step.replaceDialog(CALLBACK, callbackDraftFrom(turn));
    // "c'est gratuit ?", "ça sert à quoi ?": answered, then the question comes back; never a yes nor a no.
    if (await this.answeredAboutContact(step.context, turn, 'share')) return step.replaceDialog(SHARE, { again: true } satisfies AskAgain);
    const choice = consentOf(turn);
    if (choice === undefined) {
      turn.data.inForm = false;
      // Not an answer to the question: let the main dialog read it as a new message.
      return step.endDialog({ reroute: true });
    }
    const conversationId = step.context.activity.conversation.id;
    await this.services.records.setSharing(conversationId, choice, conversationSummary(turn));
    turn.data.shareConsent = choice;
    if (!choice) {
      await step.context.sendActivity(
        reply(say(turn, 'contact.not_shared'), { quickReplies: [offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }),
      );
      return step.endDialog();
    }
    // The summary is what the first question named; the messages themselves need their own, explicit yes.
    return step.replaceDialog(TRANSCRIPT, {});
  }

  private async askTranscriptStep(step: WaterfallStepContext<AskAgain>): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    return step.prompt(PROMPT, {
      prompt: reply(say(turn, step.options.again ? 'contact.ask_transcript_again' : 'contact.ask_transcript'), {
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
    if (turn.chosen?.do === 'callback' || turn.understanding.intent === 'callback') return step.replaceDialog(CALLBACK, callbackDraftFrom(turn));
    if (await this.answeredAboutContact(step.context, turn, 'share')) return step.replaceDialog(TRANSCRIPT, { again: true } satisfies AskAgain);
    const choice = consentOf(turn);
    const all = choice === true;
    await this.services.records.setTranscriptSharing(step.context.activity.conversation.id, all);
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
    // What the last message gave besides the answer asked for ("C'est noté : …"), then the question.
    const ask = (text: string) => [...(draft.notes ?? []), text].join(' ');
    turn.data.callbackForm = formOf(draft);
    switch (nextField(draft)) {
      case 'firstName':
        return step.prompt(PROMPT, { prompt: reply(ask(say(turn, retry ?? 'callback.ask_name')), { inputHint: 'expectingInput' }) });
      case 'phone':
        return step.prompt(PROMPT, { prompt: reply(ask(say(turn, retry ?? 'callback.ask_phone', { name: draft.firstName ?? '' })), { inputHint: 'expectingInput' }) });
      case 'timeSlot':
        return step.prompt(PROMPT, {
          prompt: reply(ask(say(turn, retry ?? 'callback.ask_slot')), {
            quickReplies: SLOT_KEYS.map((k) => say(turn, k)),
            inputHint: 'expectingInput',
          }),
        });
      case 'consent':
        return step.prompt(PROMPT, {
          prompt: reply(ask(say(turn, retry ?? 'callback.ask_consent', { name: draft.firstName ?? '', phone: spacedPhone(draft.phone ?? '') })), {
            quickReplies: [offer(turn, 'choice.yes_callback', { do: 'consent', value: true }), offer(turn, 'choice.no_callback', { do: 'consent', value: false })],
            inputHint: 'expectingInput',
          }),
        });
    }
  }

  /**
   * Reads the answer to the field just asked, and anything else the message gives: a phone number or a time said
   * at any step fills its field (or corrects it: "non c'est 06…"), a first name only when it was asked or is
   * introduced ("je m'appelle…"). A question gets its answer, or at least is not taken for an answer. Loops until
   * the request is complete, then saves it on a clear yes.
   */
  private async readStep(step: WaterfallStepContext<CallbackDraft>): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const asked = nextField(step.options);
    const draft: CallbackDraft = { ...step.options };
    delete draft.retry;
    delete draft.notes;
    const text = turn.understanding.text;
    const heard = hear(turn, text, asked);
    const notes: string[] = [];
    if (heard.firstName !== undefined && heard.firstName !== draft.firstName) {
      draft.firstName = heard.firstName;
      // The name said along with other details is said back, so the person sees it was taken.
      const withOthers = heard.phone !== undefined || heard.timeSlot !== undefined;
      if (asked !== 'firstName' || withOthers) notes.push(say(turn, 'callback.noted.name', { name: heard.firstName }));
    }
    if (heard.phone !== undefined && heard.phone !== draft.phone) {
      draft.phone = heard.phone;
      if (asked !== 'phone') notes.push(say(turn, 'callback.noted.phone', { phone: spacedPhone(heard.phone) }));
    }
    if (heard.timeSlot !== undefined && heard.timeSlot !== draft.timeSlot) {
      draft.timeSlot = heard.timeSlot;
      if (asked !== 'timeSlot') notes.push(say(turn, 'callback.noted.slot', { slot: heard.timeSlot.toLowerCase() }));
    }
    const gave = heard.firstName !== undefined || heard.phone !== undefined || heard.timeSlot !== undefined;

    if (asked === 'consent') {
      // A change is never a consent, even with a yes ("oui mais plutôt le soir"): the question is asked again with
      // what changed. The same details said again ("oui, au 06 12…") change nothing and the yes stands.
      if (notes.length > 0) return step.replaceDialog(CALLBACK, { ...draft, notes });
      // "c'est gratuit ?", "il me rappelle quand ?": a question is neither a yes nor a no; answered, then asked again.
      if (asksSomething(text, turn.understanding.normalized)) {
        await this.answerQuestion(step.context, turn, asked, draft);
        return step.replaceDialog(CALLBACK, { ...draft, notes: [say(turn, 'callback.resume')] });
      }
      // "ok merci" accepts; "merci" alone is asked again plainly: a thank-you never cancels (consent-thanks.ts).
      const thanks = consentOf(turn) === undefined ? thanksAtConsent(turn.understanding.normalized) : undefined;
      if (thanks === 'thanks_only') return this.again(step, draft, 'callback.confirm_consent');
      return this.save(step, turn, draft, thanks === 'accepts');
    }
    if (gave) return step.replaceDialog(CALLBACK, { ...draft, notes });
    // "j'ai perdu le code de référence": no question mark, still a question about the person's own code, not a name.
    if (asksSomething(text, turn.understanding.normalized) || referenceCodeAsked(turn.understanding.normalized)) {
      await this.answerQuestion(step.context, turn, asked, draft);
      return step.replaceDialog(CALLBACK, { ...draft, notes: [say(turn, 'callback.resume')] });
    }
    // "finalement non, laisse tomber" while a field is asked: the person changed their mind.
    if (wantsToStop(turn)) return this.cancel(step, turn);
    switch (asked) {
      case 'firstName':
        return this.again(step, draft, 'callback.bad_name');
      case 'phone':
        return this.again(step, draft, PHONE_PROBLEMS[readPhone(text).problem ?? 'length']);
      case 'timeSlot': {
        // A moment said in the person's own words ("après le sport") is kept as typed; an answer that is no
        // moment at all ("oui", a number) is asked again.
        const words = text.trim().split(/\s+/).length;
        if (readYesNo(turn.understanding.normalized) !== undefined || /\d/.test(text) || words > MAX_SLOT_WORDS || text.trim().length === 0) {
          return this.again(step, draft, 'callback.bad_slot');
        }
        draft.timeSlot = capitalisedFirst(text.trim().slice(0, 80));
        return step.replaceDialog(CALLBACK, draft);
      }
    }
  }

  /**
   * A question in the middle of the form: what the number is for, a question about the call or the callback, a sure
   * FAQ answer, or an honest "later".
   */
  private async answerQuestion(context: TurnContext, turn: Turn, asked: Field, draft: CallbackDraft): Promise<void> {
    // "t'es un robot ?": always answerable, whatever step is on screen (review 15, X5).
    if (asksWhoAnswers(turn.understanding)) {
      await context.sendActivity(reply(say(turn, 'callback.who_answers')));
      return;
    }
    if (ABOUT_MY_NUMBER.test(turn.understanding.normalized)) {
      await context.sendActivity(reply(say(turn, 'callback.why_phone')));
      return;
    }
    // "c'est quoi mon code de référence déjà ?": the person's own code, said again; the form resumes after it.
    if (referenceCodeAsked(turn.understanding.normalized)) {
      const code = turn.data.referenceCode ?? (await this.services.records.referenceCode(context.activity.conversation.id));
      turn.data.referenceCode = code;
      await context.sendActivity(reply(say(turn, 'contact.reference_again', { code: spaced(code) })));
      return;
    }
    const aspect = contactQuestionIn(turn.understanding, 'form');
    if (aspect === 'purpose' || aspect === 'summary') {
      // "ça sert à quoi ?" asked about the field on screen.
      const aboutName = asked === 'firstName' || ABOUT_THE_NAME.test(turn.understanding.normalized);
      await context.sendActivity(reply(say(turn, aboutName ? 'callback.why_name' : 'callback.why_phone')));
      return;
    }
    // "vous rappelez quand ?" once a moment is in the request: that moment, not "the moment you give".
    // A moment "peu importe" tells nothing more: the general answer stays.
    if (aspect === 'callback_when' && draft.timeSlot !== undefined && draft.timeSlot !== say(turn, 'callback.slot.any')) {
      await context.sendActivity(reply(say(turn, 'callback.when_noted', { slot: draft.timeSlot.toLowerCase() })));
      return;
    }
    if (aspect) {
      await sendContactAnswer(context, turn, aspect, 'form');
      return;
    }
    // A FAQ entry that clearly leads the readings of the message is answered; the form goes on after it.
    const readings = readingsOf(turn.understanding, { age: turn.data.profile.age });
    const lead = readings[0];
    const entry = lead?.kind === 'faq' && lead.score >= FAQ_ANSWER && isClear(readings) ? turn.kb.search.faqEntry(lead.id) : undefined;
    if (entry) {
      await sendFaqAnswer(context, turn, entry);
      return;
    }
    const key = ABOUT_THE_NUMBER.test(turn.understanding.normalized) ? 'callback.why_phone' : 'callback.question_in_form';
    await context.sendActivity(reply(say(turn, key)));
  }

  /** A question about the line, the call or the summary, asked while a question of the card waits: answered. */
  private async answeredAboutContact(context: TurnContext, turn: Turn, where: ContactContext): Promise<boolean> {
    if (turn.chosen !== undefined) return false;
    const aspect = contactQuestionIn(turn.understanding, where);
    if (aspect === undefined) return false;
    await sendContactAnswer(context, turn, aspect, where);
    return true;
  }

  private async cancel(step: WaterfallStepContext<CallbackDraft>, turn: Turn): Promise<DialogTurnResult> {
    delete turn.data.callbackPhone;
    await step.context.sendActivity(reply(say(turn, 'callback.cancelled'), { quickReplies: [offer(turn, 'choice.menu')], card: phoneCard(turn) }));
    return step.endDialog();
  }

  private async save(step: WaterfallStepContext<CallbackDraft>, turn: Turn, draft: CallbackDraft, thankedYes = false): Promise<DialogTurnResult> {
    if ((consentOf(turn) !== true && !thankedYes) || !draft.firstName || !draft.phone || !draft.timeSlot) return this.cancel(step, turn);
    const conversationId = step.context.activity.conversation.id;
    const code = turn.data.referenceCode ?? (await this.services.records.referenceCode(conversationId));
    turn.data.referenceCode = code;
    // Saved before we say so: if this throws, the turn fails and nothing is confirmed.
    await this.services.records.createCallback({ conversationId, referenceCode: code, firstName: draft.firstName, phone: draft.phone, timeSlot: draft.timeSlot });
    // The number now lives in the request only (deleted with it, a week after it is closed).
    delete turn.data.callbackPhone;
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

/**
 * A consent is a clear yes, typed or clicked; a "non" anywhere, or a bare digit, is not one (see yes-no.ts). A typed
 * question is neither ("ok mais ça sert à quoi ?"): the person has not decided yet.
 */
/** "Veux-tu que le conseiller voie ce que j'ai retenu (l'âge, la ville et le dernier sujet) … ?": only what was kept. */
function shareQuestion(turn: Turn): string {
  const kept = summaryFieldsKept(conversationSummary(turn)).map((field) => say(turn, `contact.kept.${field}`));
  if (kept.length === 0) return say(turn, 'contact.ask_share_nothing_kept');
  return say(turn, 'contact.ask_share', { kept: new Intl.ListFormat('fr', { type: 'conjunction' }).format(kept) });
}

function consentOf(turn: Turn): boolean | undefined {
  if (turn.chosen === undefined && asksSomething(turn.understanding.text, turn.understanding.normalized)) return undefined;
  const answer = readYesNo(turn.understanding.normalized);
  return answer === undefined ? undefined : answer === 'yes';
}

/** A refusal or a change of mind ("non", "laisse tomber", "j'ai changé d'avis", "annule"). */
const STOP_WORDS = /\b(?:laisse tomber|annule|annuler|change de avis|plus besoin|pas la peine)\b/;

function wantsToStop(turn: Turn): boolean {
  const a = turn.understanding;
  return (a.intent === 'deny' && a.confidence >= 0.5) || STOP_WORDS.test(a.normalized);
}

/** "K7M49Q" → "K7M 49Q": easier to read out. */
function spaced(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

function capitalisedFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function spacedPhone(phone: string): string {
  return phone.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** The free line's source with the day it was checked (its contact record), else the Région's name alone. */
function freeLineSource(turn: Turn): string {
  const line = turn.kb.knowledge.contacts.find((c) => c.id === FREE_LINE_ID);
  return line ? checkedSourceLine(turn, line.source, line.verified_on) : say(turn, 'contact.source');
}

function phoneButtons(turn: Turn): CardButton[] {
  return [{ kind: 'link', title: say(turn, 'link.phone'), url: PHONE_LINK }];
}

function phoneCard(turn: Turn) {
  return answerCard(turn, { title: say(turn, 'contact.card_title'), lines: [say(turn, 'contact.line_free')], buttons: phoneButtons(turn) });
}

/**
 * The answer to a question about reaching a person, from the free line's contact record: the call is free (the
 * record says so), the hours are not in our sources (the callback is offered instead), no e-mail, the number and the
 * reference, when the adviser calls back, what the summary or the line is for. After the card, with the callback and
 * the menu; inside the sharing question or the form, alone (the waiting question follows).
 */
export async function sendContactAnswer(context: TurnContext, turn: Turn, aspect: ContactAspect, where: ContactContext): Promise<void> {
  const line = turn.kb.knowledge.contacts.find((c) => c.id === FREE_LINE_ID);
  const number = line?.phone?.display ?? '0800 050 000';
  const inForm = where === 'form';
  let text: string;
  switch (aspect) {
    case 'cost':
      text = line?.phone?.free ? say(turn, inForm ? 'contact.about.free_callback' : 'contact.about.free', { number }) : say(turn, 'contact.about.cost_unknown');
      break;
    case 'audience':
      text = say(turn, 'contact.about.everyone', { number });
      break;
    case 'hours':
      text = say(turn, inForm ? 'contact.about.no_hours_form' : 'contact.about.no_hours', { number });
      break;
    case 'other_channel':
      text = say(turn, 'contact.about.no_email', { number });
      break;
    case 'callback_when':
      text = say(turn, 'contact.about.callback_when');
      break;
    case 'summary':
      text = say(turn, 'contact.about.summary_purpose');
      break;
    case 'purpose':
      text = line ? line.what_for[registerOfTurn(turn)] : say(turn, 'contact.line_free');
      break;
    case 'number': {
      const code = turn.data.referenceCode;
      text = code ? say(turn, 'contact.about.number_code', { number, code: spaced(code) }) : say(turn, 'contact.about.number', { number });
      break;
    }
  }
  if (where !== 'card') {
    await context.sendActivity(reply(text));
    return;
  }
  turn.data.lastTopic = 'contact';
  await context.sendActivity(reply(text, { quickReplies: [offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }));
}

/**
 * A local office asked for by place: our knowledge has no address for it, so the answer says so, then how to find it
 * from its contact record when there is one (the Missions Locales: the free line knows the nearest), its site as a
 * button when the record has one, and the free line and the callback. Never a course or a trade card instead.
 */
export async function sendOfficeNear(context: TurnContext, turn: Turn, office: Office): Promise<void> {
  const record = turn.kb.knowledge.contacts.find((c) => c.id === office);
  const town = turn.understanding.commune?.commune.name;
  const where = town ? say(turn, 'contact.office.near', { de_town: withDe(town) }) : '';
  const lines = [say(turn, `contact.office.no_address.${office.replace('-', '_')}`, { near: where })];
  lines.push(record?.how_to_reach ? record.how_to_reach[registerOfTurn(turn)] : say(turn, 'contact.office.ask_line'));
  turn.data.lastTopic = 'contact';
  // The office asked stays in view: "et à Rouen ?" next asks the same office there (routing/town-after-answer.ts).
  turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
  await context.sendActivity(
    reply(lines.join(' '), {
      ...(record
        ? {
            card: answerCard(turn, {
              title: record.name,
              lines: [record.what_for[registerOfTurn(turn)]],
              sources: [checkedSourceLine(turn, record.source, record.verified_on)],
              buttons: [...(record.url ? [{ kind: 'link' as const, title: record.name, url: record.url }] : []), ...phoneButtons(turn)],
            }),
          }
        : {}),
      quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')],
    }),
  );
}

/** A service named with a way to reach it: what it does, how to reach it, its link, its source and date. */
export async function sendContactCard(context: TurnContext, turn: Turn, id: string): Promise<void> {
  const record = turn.kb.knowledge.contacts.find((c) => c.id === id);
  if (record === undefined) {
    await context.sendActivity(reply(say(turn, 'smalltalk.not_covered'), { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }));
    return;
  }
  const register = registerOfTurn(turn);
  turn.data.lastTopic = 'contact';
  const { first, rest } = leadSentence(record.what_for[register]);
  const reach = record.how_to_reach ? [record.how_to_reach[register]] : record.url ? [say(turn, 'contact.named.site', { url: record.url })] : [];
  await context.sendActivity(
    reply(first, {
      card: answerCard(turn, {
        title: record.name,
        lines: [...(rest ? [rest] : []), ...reach],
        sources: [checkedSourceLine(turn, record.source, record.verified_on)],
        buttons: record.url ? [{ kind: 'link', title: record.name, url: record.url }] : [],
      }),
      quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.menu')],
    }),
  );
}
