import { ComponentDialog, TextPrompt, WaterfallDialog } from '../src/bot/dialogs-sdk.js';
import { rememberTradeShown } from './support/subject-in-view.js';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Activity, TurnContext } from 'botbuilder';
import { asksWhereBack } from './routing/facts.js';
import { reply } from './support/replies.js';
import { missingSlot } from './support/slot-needs.js';
import { askFor, noDiplomaYet } from './support/slots.js';
import type { Slot } from './support/state.js';
import type { Topic } from '../src/knowledge/schema/vocabulary.js';
import { offer, say, turnOf, type Turn } from './support/turn.js';

interface FlowOptions extends ResumeOptions {
  /** The detail asked last, and how many times in a row: a new detail starts again at zero. */
  asked?: Slot;
  tries?: number;
  /** The last message gave another detail than the one asked: it is acknowledged before the question comes back. */
  noted?: boolean;
}

/** How a topic is begun again after another question was answered in between: its question comes back in short. */
export interface ResumeOptions {
  resumed?: boolean;
}

/** The topic of each topic dialog, by dialog id: what a waiting question is about. */
const TOPIC_OF_DIALOG = new Map<string, Topic>();

export function topicOfDialog(dialogId: string): Topic | undefined {
  return TOPIC_OF_DIALOG.get(dialogId);
}

/** How many times a detail is asked before the bot stops insisting and offers a human instead. */
const MAX_ASKS = 2;

/**
 * A topic that needs a few details before it can answer (an age for the pay, a town for the nearest CFA). It asks
 * only for what is missing — facts said earlier in the conversation count — then answers. Details are read from
 * every message by the bot before dialogs run, so the dialog itself only decides what to ask and how to answer.
 */
export abstract class TopicDialog extends ComponentDialog {
  private readonly flowId: string;
  private readonly promptId: string;

  protected constructor(id: string, protected readonly topic: Topic) {
    super(id);
    TOPIC_OF_DIALOG.set(id, topic);
    this.flowId = `${id}.flow`;
    this.promptId = `${id}.ask`;
    this.addDialog(new TextPrompt(this.promptId));
    this.addDialog(new WaterfallDialog(this.flowId, [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = this.flowId;
  }

  /** The next detail to ask for, or undefined when the topic can answer. */
  protected nextSlot(turn: Turn): Slot | undefined {
    return missingSlot(this.topic, turn.data.profile, turn.understanding.normalized);
  }

  /** A sentence sent before the first question for `slot` (e.g. how pay is computed, before asking the age). */
  protected intro(_slot: Slot, _turn: Turn): string | undefined {
    return undefined;
  }

  /**
   * An answer that makes asking for `slot` pointless (a course the offer does not have: no town to sort its places
   * by): sent instead of the question, and the topic ends there.
   */
  protected instead(_slot: Slot, _turn: Turn): Partial<Activity> | undefined {
    return undefined;
  }

  /** Sends the answer (the details are all there). */
  protected abstract answer(context: TurnContext, turn: Turn): Promise<void>;

  private async askStep(step: WaterfallStepContext<FlowOptions>): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const slot = this.nextSlot(turn);
    if (!slot) return step.next();
    const closing = this.instead(slot, turn);
    if (closing) {
      turn.data.awaiting = undefined;
      turn.data.lastTopic = this.topic;
      await step.context.sendActivity(closing);
      return step.endDialog();
    }
    const tries = slot === step.options.asked ? (step.options.tries ?? 0) : 0;
    if (tries >= MAX_ASKS) {
      turn.data.awaiting = undefined;
      await step.context.sendActivity(
        reply(say(turn, 'ask.give_up'), { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.menu')] }),
      );
      return step.endDialog();
    }
    // The town was asked last turn already (this message answered it, or followed it up).
    const askedAgain = step.options.asked === slot;
    turn.data.awaiting = slot;
    step.options.asked = slot;
    // Back after another question: one short line and the question, without the topic's introduction again.
    // A town elsewhere in France given as the town ("Tours"): why it is not taken (the topic's introduction says it),
    // and the question as first asked, not "I can't find this town" (the tries still count towards giving up).
    const elsewhere = slot === 'commune' && tries > 0 && turn.understanding.outside !== undefined;
    // "combien de km de Laval ?" once the town was asked (Laval already said to be outside Normandy): distances are
    // computed only from a town of Normandy (the knowledge has no coordinates for the rest of France): said so, not
    // the same message again.
    const distanceElsewhere = slot === 'commune' && askedAgain ? distanceFromElsewhere(turn) : undefined;
    // "et le plus proche en normandie alors ?" once the town was asked (after a town elsewhere, Rennes): which place is
    // nearest depends on a Normandy town, which only the person can give; said why, not the places by département again.
    const nearestUnplaced = slot === 'commune' && askedAgain && distanceElsewhere === undefined && nearestAskedWithoutPlace(turn) ? say(turn, 'place.nearest_needs_town') : undefined;
    // A detail given in reply to another question ("j'habite à Granville" while the age is asked) is acknowledged, not
    // met with the topic's introduction a second time, word for word.
    // A field told then ("en fait non, plutôt la boulangerie") changes what the introduction says: it is said again.
    // So does a place told at the course question ("vers Alençon"): what is taught around it is said, not "C'est noté".
    const placeTold = slot === 'tradeOrType' && (turn.understanding.commune !== undefined || turn.understanding.departement !== undefined);
    const firstAsk = tries === 0 && (placeTold || !(step.options.noted === true && turn.understanding.facts.interests.length === 0));
    const intro = step.options.resumed === true ? say(turn, 'ask.resume') : distanceElsewhere ?? nearestUnplaced ?? (firstAsk || elsewhere ? this.intro(slot, turn) : undefined);
    const question = askFor(slot, turn, elsewhere ? 0 : tries);
    // "j'habite en Belgique" as the town: a country is no misspelt town; where the bot looks, and the town here asked.
    const abroad = slot === 'commune' && tries > 0 && turn.understanding.outside === undefined && turn.understanding.abroad?.livesThere === true;
    if (abroad) question.text = say(turn, 'place.abroad_as_town');
    else if (intro) question.text = `${intro}\n${question.text ?? ''}`;
    else if (step.options.noted) question.text = `${notedLine(turn)} ${question.text ?? ''}`;
    return step.prompt(this.promptId, { prompt: question });
  }

  private async answerStep(step: WaterfallStepContext<FlowOptions>): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const missing = this.nextSlot(turn);
    if (missing) {
      // The detail brought back once was given now (the next one is missing): a later detour may bring the new one back.
      if (missing !== step.options.asked && turn.data.resumedTopic === this.topic) turn.data.resumedTopic = undefined;
      // A message that gave another detail ("jsuis à Évreux" while the interests are asked) was used, not misread:
      // the question comes back as it was first asked, never as "je n'ai pas compris".
      // A domain button clicked while the age or the level is asked (the buttons stay on screen): the person follows
      // that domain; its trades are shown again with the question, never "je n'ai pas compris l'âge".
      const newInterests = turn.chosen?.do === 'interest' && missing !== 'interests';
      const noted = missing === step.options.asked && givesOtherDetail(turn) && !newInterests;
      // "et pour elle ça serait où ?" while the town is asked: asks where, not a town misspelt; the first answer again.
      const whereBack = missing === 'commune' && asksWhereBack(turn.understanding);
      const again = missing === step.options.asked && !noted && !whereBack && !newInterests;
      return step.replaceDialog(this.flowId, { asked: missing, tries: again ? (step.options.tries ?? 0) + 1 : 0, noted } satisfies FlowOptions);
    }
    turn.data.awaiting = undefined;
    // Only this topic's own answer ends its brought-back question: another topic answered in between (the places after
    // "jhabite a saint lo") leaves it let go, so the quiz's "Quel âge as-tu ?" is not asked after a third answer (review 21, J3).
    if (turn.data.resumedTopic === this.topic) turn.data.resumedTopic = undefined;
    turn.data.lastTopic = this.topic;
    turn.data.lastAid = undefined;
    turn.data.lastAidList = undefined;
    turn.data.adviceFaq = undefined;
    const profile = turn.data.profile;
    if ((this.topic === 'trade' || this.topic === 'training') && profile.tradeCode !== undefined) {
      profile.tradeDiscussed = profile.tradeCode;
      rememberTradeShown(turn, profile.tradeCode);
    }
    // The places of a list are those of this answer only (the course search sets them when it lists some).
    delete turn.data.placesShown;
    turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
    turn.data.misunderstood = 0;
    await this.answer(step.context, turn);
    return step.endDialog();
  }
}

/** Whether the message states a detail of the profile (a town, an age, a level, a trade, a diploma, who is asking). */
function givesOtherDetail(turn: Turn): boolean {
  const { understanding: u, chosen } = turn;
  const f = u.facts;
  if (chosen) return false;
  return u.commune !== undefined || u.departement !== undefined || u.trade !== undefined || f.age !== undefined ||
    f.levelHeld !== undefined || f.diplomaType !== undefined || f.persona !== undefined || f.interests.length > 0 ||
    noDiplomaYet(u.normalized);
}

/** "C'est noté." for a detail given out of turn; with the town named when it was a town, so the person sees it was read. */
function notedLine(turn: Turn): string {
  const insee = turn.understanding.commune !== undefined ? turn.data.profile.communeInsee : undefined;
  const town = insee !== undefined ? turn.kb.knowledge.communes.get(insee)?.name : undefined;
  return town !== undefined ? say(turn, 'ask.noted_town', { town }) : say(turn, 'ask.noted');
}

/** "le plus proche ?", "ya rien plus près ?" naming no place: the nearest asked without where from. */
function nearestAskedWithoutPlace(turn: Turn): boolean {
  const u = turn.understanding;
  return u.cues.nearer && u.commune === undefined && u.departement === undefined && u.outside === undefined;
}

/** A distance asked from a town elsewhere in France ("c'est à combien de km de Laval ?"): why none is given. */
function distanceFromElsewhere(turn: Turn): string | undefined {
  const { outside, cues } = turn.understanding;
  if (outside === undefined || !('town' in outside) || !cues.nearer) return undefined;
  return say(turn, 'place.distance_outside', { town: outside.town });
}
