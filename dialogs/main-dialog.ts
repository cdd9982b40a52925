import { interestsQuestion } from './support/slots.js';
import { WaterfallDialog } from '../src/bot/dialogs-sdk.js';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ActivityTypes, type TurnContext } from 'botbuilder-core';
import { sendAidPayAnswer } from './aid-pay-answer.js';
import { sendFieldTrades } from './field-trades-answer.js';
import { placesOfSubjectInView } from './subject-places-answer.js';
import { sendPlaceAddress } from './place-address-answer.js';
import { sendListedTradesDiplomas } from './listed-trades-diplomas.js';
import { AIDES_DIALOG, AidesDialog, sendAidDetail, sendAidsWhyNot, sendUnknownAidClaim, sendUnknownAidDoubt } from './aides-dialog.js';
import { CONTACT_DIALOG, ContactDialog, sendContactAnswer, sendOfficeNear, sendContactCard, type CallbackForm, type ContactOptions } from './contact-dialog.js';
import { tradeConditionLead } from './trade-condition-lead.js';
import { notCoveredReply, offerOf, sendFaqAnswer, sendWhatNow } from './faq-answer.js';
import { searchToldFailing } from './support/search-failing.js';
import { FORMATION_DIALOG, FormationDialog } from './formation-dialog.js';
import { InterruptibleDialog } from './interruptible-dialog.js';
import type { Interruption } from '../src/knowledge/schema/vocabulary.js';
import { METIER_DIALOG, MetierDialog, sendAllTradeDiplomas } from './metier-dialog.js';
import { sendTradeDiplomasAtLevel } from './trade-level-answer.js';
import { sendDiplomaInView } from './diploma-aspect-answer.js';
import { ORIENTATION_DIALOG, OrientationDialog } from './orientation-dialog.js';
import { SALAIRE_DIALOG, SalaireDialog } from './salaire-dialog.js';
import { buildRecap, hasSection } from './support/recap.js';
import { newRecapToken } from '../src/services/recap-store.js';
import { bySourceAuthority, checkedSourceLine, rankDiplomas, tradeShortName } from './support/knowledge-views.js';
import { partKeys } from './support/answer-parts.js';
import { normalize } from '../src/text/normalize.js';
import { cardHoldsAsked } from './support/card-repeat.js';
import { withA } from '../src/knowledge/messages.js';
import { answerCard, reply } from './support/replies.js';
import { decideRoute, routingInputOf, type Decision } from './routing/decide.js';
import { answersFromKnowledge } from './support/claim-then-question.js';
import type { Route, RoutingInput } from './routing/route.js';
import type { Offer } from './support/actions.js';
import type { DialogServices } from './support/services.js';
import { newConversationData, type ConversationData } from './support/state.js';
import { prepareTurn } from './support/turn-preparation.js';
import { firstQuestionSkipped, otherQuestions } from './support/several-questions.js';
import { answerStems } from './support/answer-words.js';
import { countMessagesSent, messagesSent } from './support/reply-guard.js';
import type { Recognizer } from '../src/nlu/understand.js';
import { scrubPersonalData } from '../src/services/conversation-records.js';
import { readPhone } from './support/callback-reader.js';
import { whoHandlesLastAnswer } from './support/who-handles-answer.js';
import { aidPartFocus } from './routing/procedure-asked.js';
import { asksWhoCanAnswer } from './support/who-handles.js';
import { answerLinkText, answerSourceText, whoFromSourceText } from './support/answer-source.js';
import { offer, offerTitled, registerOfTurn, say, turnOf, type Turn } from './support/turn.js';
import { tradesWeighed } from './either-trades-diplomas.js';

export const MAIN_DIALOG = 'main';
/** The FAQ entry that says how long each kind of diploma takes to prepare. */
const COURSE_LENGTH_ENTRY: Readonly<Record<string, string>> = { CAP: 'diplome-cap', BTS: 'diplome-bts', BP: 'diplome-bp', 'Bac pro': 'difference-cap-bac-pro', 'Titre pro': 'diplome-titre-pro' };
/** The words of the sentence that gives a course's length ("se prépare en général en 2 ans", "il dure 3 ans"). */
const COURSE_LENGTH_FOCUS: readonly string[] = [...partKeys(normalize('prepare general dure'))];
/** The Bac pro's length is told in the CAP–Bac pro entry after the CAP's own "2 ans": its sentence is the one on it. */
const COURSE_LENGTH_FOCUS_OF_TYPE: Readonly<Record<string, readonly string[]>> = { 'Bac pro': [...partKeys(normalize('bac pro dure'))] };
const ROUTE = `${MAIN_DIALOG}.route`;

const TOPIC_DIALOGS: Readonly<Record<string, string>> = {
  salary: SALAIRE_DIALOG,
  aids: AIDES_DIALOG,
  trade: METIER_DIALOG,
  training: FORMATION_DIALOG,
  orientation: ORIENTATION_DIALOG,
};

/**
 * Routes every message: interruptions first (aide, recommencer, parler à un conseiller, effacer), then the topic
 * dialog for what the message asks, with slot filling inside each topic. Short exchanges (bonjour, merci, "t'es un
 * robot ?") and the fallback are answered here. Never a dead end: every fallback offers choices, the free line
 * and a callback.
 */
export class MainDialog extends InterruptibleDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly recognizer: Recognizer,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(new SalaireDialog());
    this.addDialog(new AidesDialog());
    this.addDialog(new MetierDialog());
    this.addDialog(new FormationDialog());
    this.addDialog(new OrientationDialog());
    this.addDialog(new ContactDialog(services));
    this.addDialog(new WaterfallDialog(ROUTE, [this.routeStep.bind(this), this.afterTopicStep.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  /**
   * Reads the incoming activity with the recogniser and folds what it says into the conversation's memory: done once
   * per activity, before any dialog runs (the bot calls it, and so does the dialog test harness).
   */
  prepare(context: TurnContext, data: ConversationData): Turn {
    if (context.activity.type === ActivityTypes.Message) countMessagesSent(context);
    return prepareTurn(context, data, this.services, this.recognizer);
  }

  /**
   * Every message gets a reply, whatever the dialogs did: a message turn that sent nothing gets the fallback (choices,
   * the free line, a callback), and the route it took is logged as a warning so the silent path can be fixed.
   */
  async ensureReply(context: TurnContext): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message || messagesSent(context) !== 0) return;
    const turn = turnOf(context);
    if (turn.eraseRequested) return;
    this.services.log?.warn({ rule: turn.rule ?? null, lastTopic: turn.data.lastTopic ?? null, awaiting: turn.data.awaiting ?? null }, 'turn ended without a reply: fallback sent');
    await this.fallback(context, turn);
  }

  /**
   * Once the bot has deleted an erased conversation's transcript and state: the confirmation, which holds nothing
   * personal, is then the one activity left for a client that reads the transcript.
   */
  async confirmErase(context: TurnContext): Promise<void> {
    const confirmation = turnOf(context).eraseConfirmation;
    if (confirmation) await context.sendActivity(reply(confirmation));
  }

  protected async interrupt(innerDc: DialogContext, kind: Interruption): Promise<DialogTurnResult> {
    const turn = turnOf(innerDc.context);
    switch (kind) {
      case 'human':
        return innerDc.beginDialog(CONTACT_DIALOG, { mode: 'human' } satisfies ContactOptions);
      case 'callback':
        return innerDc.beginDialog(CONTACT_DIALOG, { mode: 'callback' } satisfies ContactOptions);
      case 'restart':
        resetConversation(turn);
        await innerDc.context.sendActivity(menu(turn, 'restart.done'));
        return innerDc.endDialog();
      case 'erase':
        await this.erase(innerDc.context, turn);
        return innerDc.endDialog();
      case 'help':
        await innerDc.context.sendActivity(menu(turn, 'help.menu'));
        return innerDc.endDialog();
      case 'recap':
        await this.sendRecap(innerDc.context, turn);
        return innerDc.endDialog();
    }
  }

  protected async reroute(innerDc: DialogContext): Promise<DialogTurnResult> {
    return innerDc.beginDialog(ROUTE);
  }

  protected async resumeForm(innerDc: DialogContext, form: CallbackForm): Promise<DialogTurnResult> {
    return innerDc.beginDialog(CONTACT_DIALOG, { mode: 'callback', draft: form } satisfies ContactOptions);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = turnOf(step.context);
    const input = routingInputOf(turn);
    let decision = decideRoute(input);
    // Two questions, the route answering only the second: the first is answered first (with the details the whole
    // message gave, already in the profile), and the second is offered after it (offerOtherQuestions).
    const halves = turn.halves?.();
    const first = halves?.[0];
    if (first && halves && firstQuestionSkipped(halves, decision.route, (id) => turn.kb.search.faqEntry(id)?.topic)) {
      decision = decideRoute({ ...input, understanding: first });
    }
    decision = await this.answerAfterPremise(step.context, turn, input, decision);
    turn.rule = decision.rule;
    // The other question will be offered after the answer: its quick replies are the ones on screen, so the answer's
    // own go (a transcript then shows what the person saw, never two "Parler à un conseiller").
    turn.quickRepliesFollow = !turn.otherQuestionsOffered && this.otherQuestionOffers(turn, decision.route).length > 0;
    const result = await this.follow(step, turn, decision.route);
    await this.offerOtherQuestions(step.context, turn, decision.route);
    return result;
  }

  /**
   * "Les aides sont de 20000 €. Combien pour un CAP ?": the figure no source gives is refused, and the question after it
   * is answered from the knowledge, led by a sentence saying the figure is not in the sources (claim-then-question.ts).
   */
  private async answerAfterPremise(context: TurnContext, turn: Turn, input: RoutingInput, decision: Decision): Promise<Decision> {
    if (decision.route.kind !== 'unknown_aid_claim' || decision.route.amount === undefined) return decision;
    const question = turn.questionAfterPremise?.();
    if (question === undefined) return decision;
    const asked = decideRoute({ ...input, understanding: question });
    if (!answersFromKnowledge(asked.route)) return decision;
    await context.sendActivity(say(turn, 'aids.premise_not_sourced'));
    return asked;
  }

  /**
   * "c'est payé combien et y a des aides ?": after the answer to one question, the other one the message asked is
   * offered as a quick reply, never dropped silently.
   */
  private async offerOtherQuestions(context: TurnContext, turn: Turn, route: Route): Promise<void> {
    const halves = turn.halves?.();
    if (!halves || turn.otherQuestionsOffered) return;
    turn.otherQuestionsOffered = true;
    turn.quickRepliesFollow = false;
    const offers = this.otherQuestionOffers(turn, route);
    if (offers.length > 0) await context.sendActivity(reply(say(turn, 'several_questions.other'), { quickReplies: [...offers, offer(turn, 'choice.human')] }));
  }

  /** The quick replies of the questions of a two-question message that the route does not answer. */
  private otherQuestionOffers(turn: Turn, route: Route): Offer[] {
    const halves = turn.halves?.();
    if (!halves) return [];
    // An answer that proposes aids of its own (the first equipment's OPCO support) answered "y a des aides ?" too.
    const topicAnswered = (id: string): string | undefined => {
      const entry = turn.kb.search.faqEntry(id);
      return entry?.topic ?? (entry && entry.see_aids.length > 0 ? 'aids' : undefined);
    };
    return otherQuestions(halves, route, topicAnswered, (answer) => answerStems(turn.kb, answer)).flatMap((r) => offerOf(turn, r));
  }

  private async afterTopicStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as { reroute?: boolean } | undefined;
    if (result?.reroute) return step.replaceDialog(ROUTE);
    return step.endDialog();
  }

  private async follow(step: WaterfallStepContext, turn: Turn, route: Route): Promise<DialogTurnResult> {
    const context = step.context;
    switch (route.kind) {
      case 'topic': {
        if (route.lead) await context.sendActivity(say(turn, route.lead.key, route.lead.values));
        const dialogId = TOPIC_DIALOGS[route.topic];
        if (dialogId) return step.beginDialog(dialogId);
        if (route.topic === 'faq') {
          const best = turn.understanding.faq[0];
          if (best) await sendFaqAnswer(context, turn, best.entry);
          else await this.fallback(context, turn);
          return step.endDialog();
        }
        if (route.topic === 'find_employer') {
          await this.sendFindEmployer(context, turn);
          return step.endDialog();
        }
        return step.beginDialog(CONTACT_DIALOG, { mode: 'human' } satisfies ContactOptions);
      }
      case 'interruption':
        return this.interrupt(step, route.interruption);
      case 'faq_entry': {
        const entry = turn.kb.search.faqEntry(route.id);
        if (entry && route.lead) await context.sendActivity(say(turn, route.lead.key, route.lead.values));
        const tradeLead = entry && route.leadTrade !== undefined ? tradeConditionLead(turn, route.leadTrade) : undefined;
        if (tradeLead !== undefined) await context.sendActivity(tradeLead);
        if (entry) await sendFaqAnswer(context, turn, entry, route.alternatives, route.focus, route.next, route.offers);
        else await this.fallback(context, turn);
        // Round 33: someone lost gets the quiz's first question right after the answer (support/slots.ts).
        if (entry && route.interestsAfter === true) await context.sendActivity(interestsQuestion(turn));
        return step.endDialog();
      }
      case 'aid': {
        const aid = turn.kb.knowledge.aids.find((a) => a.id === route.id);
        if (aid) {
          // The card just shown asked about again: led by the part the follow-up names (procedure-asked.ts).
          const again = turn.data.lastTopic === 'aids' && turn.data.lastAid === aid.id;
          const focus = route.focus ?? (again ? aidPartFocus(turn.understanding.normalized) : undefined);
          turn.data.lastTopic = 'aids';
          turn.data.lastAid = aid.id;
          turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
          turn.data.aidsShown = [...new Set([...turn.data.aidsShown, aid.id])];
          if (route.lead) await context.sendActivity(say(turn, route.lead.key, route.lead.values));
          await sendAidDetail(context, turn, aid, focus, { wholeTable: route.wholeTable === true });
        }
        return step.endDialog();
      }
      case 'aid_pay':
        await sendAidPayAnswer(context, turn, route.id, { amount: route.amount, net: route.net });
        return step.endDialog();
      case 'unknown_aid_claim':
        turn.data.lastTopic = 'aids';
        turn.data.lastAid = undefined;
        turn.data.lastAidList = undefined;
        await sendUnknownAidClaim(context, turn, route.amount, route.name);
        turn.data.unknownAidSaid = { ...(route.name !== undefined ? { name: route.name } : {}), at: turn.data.messageCount ?? 0 };
        return step.endDialog();
      case 'unknown_aid_doubt':
        await sendUnknownAidDoubt(context, turn, route.name, route.asked === true);
        return step.endDialog();
      case 'aids_why_not':
        await sendAidsWhyNot(context, turn);
        return step.endDialog();
      case 'what_now': {
        const entry = turn.kb.search.faqEntry(route.id);
        if (entry) await sendWhatNow(context, turn, entry);
        else await this.fallback(context, turn);
        return step.endDialog();
      }
      case 'say':
        // A question our knowledge does not answer goes to the unanswered questions, for the content editors.
        if (route.key === 'not_covered' || route.key === 'faq_not_covered') await this.services.records.recordUnanswered(scrubPersonalData(turn.understanding.text), context.activity.conversation.id);
        await context.sendActivity(this.smallTalk(turn, route.key, route.closest));
        return step.endDialog();
      case 'contact_question':
        await sendContactAnswer(context, turn, route.aspect, 'card');
        return step.endDialog();
      case 'office_near':
        await sendOfficeNear(context, turn, route.office);
        return step.endDialog();
      case 'answer_source': {
        const text = answerSourceText(turn);
        await context.sendActivity(text === undefined ? this.smallTalk(turn, 'not_covered') : reply(text, { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }));
        return step.endDialog();
      }
      case 'answer_link': {
        const text = answerLinkText(turn);
        await context.sendActivity(text === undefined ? this.smallTalk(turn, 'not_covered') : reply(text, { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }));
        return step.endDialog();
      }
      case 'contact_card':
        await sendContactCard(context, turn, route.id);
        return step.endDialog();
      case 'who_handles': {
        const who = whoHandlesLastAnswer(turn);
        // "qui peut me répondre alors ?" with no organisation in the last answer: the adviser answers, on the free line
        // or by calling back; not "my last answer does not cover this" for a question about who can answer.
        if (who === undefined && asksWhoCanAnswer(turn.understanding.normalized)) return this.interrupt(step, 'human');
        if (who === undefined) {
          await this.services.records.recordUnanswered(scrubPersonalData(turn.understanding.text), context.activity.conversation.id);
          // Not named in the answer: said so, with where that answer comes from (its source lists the contacts).
          const source = whoFromSourceText(turn);
          const notCovered = this.smallTalk(turn, 'not_covered');
          await context.sendActivity(source === undefined ? notCovered : { ...notCovered, text: `${notCovered.text ?? ''} ${source}` });
        } else {
          // Answered from the last answer: it stays the one a next follow-up continues.
          turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
          await context.sendActivity(reply(who, { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }));
        }
        return step.endDialog();
      }
      case 'course_length':
        await this.courseLength(context, turn);
        return step.endDialog();
      case 'diploma_in_view':
        if (!(await sendDiplomaInView(context, turn, route))) await context.sendActivity(this.smallTalk(turn, 'not_covered'));
        return step.endDialog();
      case 'listed_trades_where':
        return this.whereOfListedTrades(step, turn);
      case 'subject_places':
        if (placesOfSubjectInView(turn) === 'field') {
          await sendFieldTrades(context, turn);
          return step.endDialog();
        }
        return step.beginDialog(FORMATION_DIALOG);
      case 'places_address':
        await sendPlaceAddress(context, turn, route.index);
        return step.endDialog();
      case 'listed_trades_diplomas':
        return this.diplomasOfListedTrades(step, turn);
      case 'either_trades_diplomas': {
        const weighed = tradesWeighed(turn);
        if (weighed.length >= 2) {
          await sendListedTradesDiplomas(context, turn, weighed);
          return step.endDialog();
        }
        // Round 33: no trade read, only the field of the two named (trades-hesitated.ts): the field's trades.
        if (turn.understanding.trade === undefined) {
          await sendFieldTrades(context, turn);
          return step.endDialog();
        }
        // One trade found after all: its card, as "quel diplôme ?" about one trade gets.
        turn.data.profile.tradeCode = turn.understanding.trade!.trade.code;
        return step.beginDialog(METIER_DIALOG);
      }
      case 'trade_diplomas_at_level':
        await sendTradeDiplomasAtLevel(context, turn, route.level);
        return step.endDialog();
      case 'trade_diplomas_all':
        await sendAllTradeDiplomas(context, turn, route.code);
        return step.endDialog();
      case 'trade_jobs':
        await context.sendActivity(say(turn, 'trade.jobs_lead'));
        await sendAllTradeDiplomas(context, turn, route.code);
        return step.endDialog();
      case 'trade_own_business':
        await context.sendActivity(say(turn, 'trade.own_business'));
        await sendAllTradeDiplomas(context, turn, route.code);
        return step.endDialog();
      case 'field_trades':
        if (route.lead) await context.sendActivity(say(turn, route.lead.key));
        await sendFieldTrades(context, turn, { employer: route.employer === true, nearKnownPlace: route.nearKnownPlace === true });
        return step.endDialog();
      case 'trade_apprenticeship': {
        // An apprenticeship is a diploma to prepare and an employer to sign with: the employer's way said in a line,
        // then the trade's card (its diplomas, then "Où me former ?").
        await context.sendActivity(say(turn, 'trade_apprenticeship.employer'));
        const dialogId = TOPIC_DIALOGS.trade;
        if (dialogId) return step.beginDialog(dialogId);
        return step.endDialog();
      }
      case 'find_employer_in_town': {
        // The services to find an employer are not local: said for the town asked, with where to look there.
        const town = turn.understanding.commune?.commune.name ?? '';
        await context.sendActivity(reply(say(turn, 'find_employer.same_in_town', { a_town: withA(town) }), { quickReplies: [offer(turn, 'choice.where_training'), offer(turn, 'choice.human')] }));
        return step.endDialog();
      }
      case 'pay_diploma_told':
        await context.sendActivity(say(turn, 'salary.diploma_no_change'));
        return step.beginDialog(SALAIRE_DIALOG);
      case 'english_pay':
        await context.sendActivity(this.smallTalk(turn, 'language'));
        return step.beginDialog(SALAIRE_DIALOG);
      case 'fallback':
        await this.fallback(context, turn);
        return step.endDialog();
    }
  }

  /**
   * "et c'est où ?" after the guided quiz's trades: one trade listed, its places (the course search, with the town
   * already known); several, which one first, each button leading to its places (never its card, nor the quiz again).
   */
  private async whereOfListedTrades(step: WaterfallStepContext, turn: Turn): Promise<DialogTurnResult> {
    const trades = (turn.data.listedTrades ?? []).flatMap((code) => turn.kb.knowledge.trades.get(code) ?? []);
    const p = turn.data.profile;
    if (trades.length === 1) {
      p.tradeCode = trades[0]!.code;
      delete p.courseFields;
      return step.beginDialog(FORMATION_DIALOG);
    }
    const choices = trades.map((t) => offerTitled(turn, tradeShortName(t), { do: 'trade', code: t.code, where: true }));
    await step.context.sendActivity(reply(say(turn, 'orientation.which_for_places'), { quickReplies: [...choices, offer(turn, 'choice.human')] }));
    return step.endDialog();
  }

  /**
   * How long the course of the trade just shown lasts: the FAQ entry of its first diploma's kind, led by the sentence
   * that gives the length ("Il se prépare en général en 2 ans"); for other kinds, the entry on how long a contract lasts
   * (it follows the course, 6 months to 3 years).
   */
  private async courseLength(context: TurnContext, turn: Turn): Promise<void> {
    const k = turn.kb.knowledge;
    const trade = k.trades.get(turn.data.profile.tradeCode ?? '');
    const first = trade ? rankDiplomas(k, turn.kb.search.diplomasForTrade(trade), trade)[0] : undefined;
    // A list of places led with a diploma of its own ("BTS MCO vers Caen"): that one's length, not the trade's first.
    const shown = turn.data.lastTopic === 'training' ? turn.data.diplomaShown : undefined;
    const ownShown = shown?.title !== undefined && shown.type !== undefined && shown.title !== first?.title ? shown : undefined;
    const type = ownShown?.type ?? first?.type;
    const id = (type !== undefined ? COURSE_LENGTH_ENTRY[type] : undefined) ?? 'duree-contrat';
    const entry = turn.kb.search.faqEntry(id);
    if (!entry) return void (await context.sendActivity(this.smallTalk(turn, 'not_covered')));
    if (ownShown?.level !== undefined) await context.sendActivity(say(turn, 'view.diploma_level', { title: ownShown.title!, level: say(turn, `diploma.level_name.${ownShown.level}`) }));
    else if (first) await context.sendActivity(say(turn, 'training.course_length_of', { title: first.title }));
    await sendFaqAnswer(context, turn, entry, [], (type !== undefined ? COURSE_LENGTH_FOCUS_OF_TYPE[type] : undefined) ?? COURSE_LENGTH_FOCUS);
  }

  /**
   * "avec quel diplôme ?" after the guided quiz's trades: one trade listed, its card (the diplomas that lead to it);
   * several, the first diplomas of each (listed-trades-diplomas.ts), each button opening that trade's card.
   */
  private async diplomasOfListedTrades(step: WaterfallStepContext, turn: Turn): Promise<DialogTurnResult> {
    const trades = (turn.data.listedTrades ?? []).flatMap((code) => turn.kb.knowledge.trades.get(code) ?? []);
    if (trades.length === 1) {
      turn.data.profile.tradeCode = trades[0]!.code;
      return step.beginDialog(METIER_DIALOG);
    }
    await sendListedTradesDiplomas(step.context, turn, trades);
    return step.endDialog();
  }

  private smallTalk(turn: Turn, key: string, closest?: string) {
    // "ok", "d'accord" on an answer: another question, with the menu.
    if (key === 'affirm' && turn.data.lastTopic !== undefined) return menu(turn, 'smalltalk.affirm_after_answer');
    const withMenu = key === 'greeting' || key === 'greeting_how' || key === 'greeting_adviser' || key === 'persona.ack' || key === 'affirm' || key === 'deny' || key === 'other_question' || key === 'writing_excused' || key === 'wrong_recipient';
    if (withMenu) return menu(turn, `smalltalk.${key}`);
    // An employer who introduced their company: what the bot does for employers, with their topics.
    if (key === 'greeting_employer') return reply(say(turn, `smalltalk.${key}`), { quickReplies: [offer(turn, 'choice.aids'), offer(turn, 'choice.salary'), offer(turn, 'choice.human')] });
    if (key === 'age_ack') return menu(turn, 'smalltalk.age_ack', { age: turn.data.profile.age ?? '' });
    if (key === 'faq_not_covered') return notCoveredReply(turn, closest);
    // An apprentice who introduced themself: what apprentices usually ask, one click away.
    if (key === 'apprentice_ack') {
      return reply(say(turn, 'smalltalk.apprentice_ack'), {
        quickReplies: [
          offer(turn, 'choice.salary'),
          offerTitled(turn, say(turn, 'choice.apprentice.rights'), { do: 'faq', id: 'statut-salarie' }),
          offer(turn, 'choice.aids'),
          offerTitled(turn, say(turn, 'choice.apprentice.employer_problem'), { do: 'faq', id: 'mediateur-consulaire' }),
          offer(turn, 'choice.human'),
        ],
      });
    }
    // A worker's pay past apprenticeship: not in our sources; the line, a callback, and the apprentice's pay we do know.
    if (key === 'worker_pay') return reply(say(turn, 'smalltalk.worker_pay'), { quickReplies: [offerTitled(turn, say(turn, 'choice.apprentice_pay'), { do: 'topic', topic: 'salary' }), offer(turn, 'choice.human'), offer(turn, 'choice.callback')] });
    // From abroad: the towns of Normandy to search from, and a person for what living abroad changes.
    // Another country's rules: a person for them, and the French rules the person may want instead.
    if (key === 'rules_abroad') return reply(say(turn, 'smalltalk.rules_abroad'), { quickReplies: [offerTitled(turn, say(turn, 'choice.apprentice_pay'), { do: 'topic', topic: 'salary' }), offer(turn, 'choice.aids'), offer(turn, 'choice.human'), offer(turn, 'choice.callback')] });
    if (key === 'lives_abroad') return reply(say(turn, 'smalltalk.lives_abroad'), { quickReplies: ['Caen', 'Rouen', 'Le Havre', offer(turn, 'choice.callback'), offer(turn, 'choice.human')] });
    if (key === 'privacy') {
      const text = say(turn, 'smalltalk.privacy', { days: this.services.recapDays, callback_days: this.services.callbackDays });
      return reply(text, { quickReplies: [offer(turn, 'choice.menu'), offer(turn, 'choice.human')] });
    }
    // Asked to choose for them: the quiz to decide, and a person to talk it over.
    if (key === 'cannot_choose') return reply(say(turn, 'smalltalk.cannot_choose'), { quickReplies: [offer(turn, 'choice.orientation'), offer(turn, 'choice.human'), offer(turn, 'choice.callback')] });
    // A detail no source holds (hours, a price, a place's team or places left): who knows it, the line and a callback.
    if (key === 'unknown_hours' || key === 'unknown_price' || key === 'unknown_place_fact' || key === 'unknown_rate') return reply(say(turn, `smalltalk.${key}`), { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] });
    if (key === 'no_record' || key === 'not_covered' || key === 'no_place_figure' || key === 'no_statistic' || key === 'no_forecast' || key === 'no_person_result' || key === 'bot_not_person') return reply(say(turn, `smalltalk.${key}`), { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] });
    // A complaint about the answer (or an insult): a person on the line, or a callback, beside rephrasing.
    if (key === 'insult') return reply(say(turn, 'smalltalk.insult'), { quickReplies: [offer(turn, 'choice.menu'), offer(turn, 'choice.human'), offer(turn, 'choice.callback')] });
    const quick = key === 'goodbye' || key === 'thanks_goodbye' ? [] : [offer(turn, 'choice.menu'), offer(turn, 'choice.human')];
    return reply(say(turn, `smalltalk.${key}`), { quickReplies: quick });
  }

  /** Not understood: say so, offer the main topics, the free line and a callback; insist the second time. */
  private async fallback(context: TurnContext, turn: Turn): Promise<void> {
    // A phone number not understood otherwise: offer the callback that will use it (the words, scrubbed of the
    // number, still go to the unanswered questions).
    if (turn.data.callbackPhone !== undefined && readPhone(turn.understanding.text).phone !== undefined) {
      if (turn.understanding.kind === 'text') await this.services.records.recordUnanswered(scrubPersonalData(turn.understanding.text), context.activity.conversation.id);
      await context.sendActivity(reply(say(turn, 'callback.phone_heard'), { quickReplies: [offer(turn, 'choice.callback'), offer(turn, 'choice.menu')] }));
      return;
    }
    turn.data.misunderstood += 1;
    const { kind } = turn.understanding;
    const key = kind === 'english' ? 'fallback.english' : kind === 'emoji' || kind === 'empty' ? 'fallback.empty' : turn.data.misunderstood >= 2 ? 'fallback.again' : 'fallback.first';
    if (kind === 'text' && turn.understanding.text.trim().length > 0) await this.services.records.recordUnanswered(scrubPersonalData(turn.understanding.text), context.activity.conversation.id);
    await context.sendActivity(
      reply(say(turn, key), {
        card: answerCard(turn, {
          title: say(turn, 'fallback.card_title'),
          lines: [say(turn, 'fallback.card_line')],
          buttons: [{ kind: 'link', title: say(turn, 'link.phone'), url: 'tel:0800050000' }],
        }),
        quickReplies: [
          offer(turn, 'choice.orientation'),
          offer(turn, 'choice.salary'),
          offer(turn, 'choice.aids'),
          offer(turn, 'choice.human'),
          offer(turn, 'choice.callback'),
        ],
      }),
    );
  }

  private async sendFindEmployer(context: TurnContext, turn: Turn): Promise<void> {
    const last = turn.data.lastQuestion;
    const again = turn.data.lastTopic === 'find_employer' && turn.rule !== 'quick-reply' && last !== undefined && normalize(last) !== turn.understanding.normalized;
    turn.data.lastTopic = 'find_employer';
    turn.data.lastQuestion = turn.understanding.text.slice(0, 500);
    const contacts = turn.kb.knowledge.contacts;
    const pick = (id: string) => contacts.find((c) => c.id === id);
    const shown = ['la-bonne-alternance', '1jeune1solution', 'missions-locales', 'france-travail'].map(pick).filter((c) => c !== undefined);
    // The same long card just shown, asked again in other words: its services named in one sentence, not the card again.
    if (again) {
      const lines = [...shown.map((c) => c.what_for[registerOfTurn(turn)]), say(turn, 'find_employer.cfa')];
      // A question the card does not hold ("ça marche aussi pour un BTS ?"): said so, not "comme dans ma réponse".
      // The card's title and lead are what it says too: "comment on fait pour en trouver un ?" is its "Trouver un
      // employeur" asked again (review 21, J4), not a question it leaves out.
      const said = [say(turn, 'find_employer.card_title'), say(turn, 'find_employer.answer'), ...lines];
      // A search told as failing ("30 CV envoyés, personne répond") asks who helps: the services again (search-failing.ts).
      if (!searchToldFailing(turn.understanding.normalized) && cardHoldsAsked(said, turn.understanding.normalized) === false) {
        await context.sendActivity(this.smallTalk(turn, 'not_covered'));
        return;
      }
      await context.sendActivity(reply(say(turn, 'find_employer.again', { services: shown.map((c) => c.name).join(', ') }), { quickReplies: [offer(turn, 'choice.human'), offer(turn, 'choice.callback'), offer(turn, 'choice.where_training')] }));
      return;
    }
    const lines = shown.map((c) => `• ${c.name} : ${c.what_for[registerOfTurn(turn)]}`);
    lines.push(say(turn, 'find_employer.cfa'));
    // A town outside Normandy named with the search: said first, the national services then (review 26, X1).
    const outside = turn.understanding.outside;
    const lead =
      outside === undefined
        ? say(turn, 'find_employer.answer')
        : 'span' in outside
          ? say(turn, 'find_employer.outside', { town: outside.town })
          : say(turn, 'find_employer.outside_place');
    await context.sendActivity(
      reply(lead, {
        card: answerCard(turn, {
          title: say(turn, 'find_employer.card_title'),
          lines,
          sources: bySourceAuthority(shown, (c) => c.source.url).map((c) => checkedSourceLine(turn, c.source, c.verified_on)),
          buttons: ['la-bonne-alternance', '1jeune1solution']
            .map(pick)
            .flatMap((c) => (c?.url ? [{ kind: 'link' as const, title: c.name, url: c.url }] : [])),
        }),
        quickReplies: [offer(turn, 'choice.where_training'), offer(turn, 'choice.aids'), offer(turn, 'choice.human')],
      }),
    );
  }

  /**
   * "Mon récap": the page of what this conversation found, at an address only this reply gives (a new token the
   * first time, the same one after). The page is written now and rewritten after each later turn.
   */
  private async sendRecap(context: TurnContext, turn: Turn): Promise<void> {
    const conversationId = context.activity.conversation.id;
    const code = turn.data.referenceCode ?? (await this.services.records.referenceCode(conversationId));
    turn.data.referenceCode = code;
    const token = turn.data.recapToken ?? newRecapToken();
    const doc = buildRecap(turn, code);
    await this.services.recaps.save(token, conversationId, doc);
    turn.data.recapToken = token;
    const url = this.services.recapUrl(token);
    const light = !hasSection(doc, 'trade') && !hasSection(doc, 'pay') && !hasSection(doc, 'places');
    await context.sendActivity(
      reply(say(turn, light ? 'recap.reply_light' : 'recap.reply'), {
        card: answerCard(turn, {
          title: say(turn, 'recap.card_title'),
          lines: [say(turn, 'recap.card_line', { url }), say(turn, 'recap.card_expiry', { days: this.services.recapDays })],
          // Only an https address becomes a button (a local http server shows the address as text).
          buttons: url.startsWith('https://') ? [{ kind: 'link', title: say(turn, 'recap.open'), url }] : [],
        }),
        quickReplies: [offer(turn, 'choice.orientation'), offer(turn, 'choice.human')],
      }),
    );
  }

  private async erase(context: TurnContext, turn: Turn): Promise<void> {
    await this.services.records.forgetConversation(context.activity.conversation.id);
    await this.services.recaps.forget(context.activity.conversation.id);
    // Said once the transcript is deleted (orientation-bot), in the register known before the reset.
    turn.eraseConfirmation = say(turn, 'erase.done');
    resetConversation(turn);
    turn.eraseRequested = true;
  }
}

/**
 * Forgets what the person told us (the conversation goes on with a clean profile). Every field goes, not only those a
 * new conversation starts with: the callback's reference code, the récap's token, the phone number are optional fields
 * that an assignment over them would have kept.
 */
function resetConversation(turn: Turn): void {
  const data = turn.data as unknown as Record<string, unknown>;
  for (const key of Object.keys(data)) delete data[key];
  Object.assign(turn.data, newConversationData(), { welcomed: true });
}

/** The menu of what the bot can do, after a short sentence. */
export function menu(turn: Turn, key: string, values?: Readonly<Record<string, string | number>>) {
  return reply(say(turn, key, values), {
    quickReplies: [
      offer(turn, 'choice.orientation'),
      offer(turn, 'choice.trade'),
      offer(turn, 'choice.training'),
      offer(turn, 'choice.salary'),
      offer(turn, 'choice.aids'),
      offer(turn, 'choice.human'),
    ],
  });
}
