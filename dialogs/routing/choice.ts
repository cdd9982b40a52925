import type { Action } from '../support/actions.js';
import type { Route, RoutingInput } from './route.js';

/** Where a picked quick reply leads (clicked, or typed as "la 2e", "coiffure", "oui"). */
export function routeOfChoice(chosen: Action, input: RoutingInput): Route | undefined {
  switch (chosen.do) {
    case 'topic':
      return { kind: 'topic', topic: chosen.topic };
    case 'year':
    case 'salary_pro':
    case 'salary_apprentice':
      return { kind: 'topic', topic: 'salary' };
    case 'trade':
      // "le premier c'est où ?" picking a trade from a list: where it is taught; a click: its card.
      return { kind: 'topic', topic: input.understanding.cues.asksWhere || chosen.where === true ? 'training' : 'trade' };
    case 'all_diplomas':
      return { kind: 'trade_diplomas_all', code: chosen.code };
    case 'faq':
      return { kind: 'faq_entry', id: chosen.id };
    case 'aid':
      return { kind: 'aid', id: chosen.id };
    case 'aid_table':
      return { kind: 'aid', id: chosen.id, wholeTable: true };
    case 'aids_why_not':
      return { kind: 'aids_why_not' };
    case 'interest':
      return { kind: 'topic', topic: 'orientation' };
    case 'persona':
      // Right after aids answered for a guessed person, saying who one is gives that person's aids.
      return input.data.lastTopic === 'aids' ? { kind: 'topic', topic: 'aids' } : { kind: 'say', key: 'persona.ack' };
    case 'level':
      return input.data.lastTopic === 'orientation' ? { kind: 'topic', topic: 'orientation' } : { kind: 'say', key: 'affirm' };
    case 'human':
      return { kind: 'interruption', interruption: 'human' };
    case 'callback':
      return { kind: 'interruption', interruption: 'callback' };
    case 'menu':
      return { kind: 'interruption', interruption: 'help' };
    case 'recap':
      return { kind: 'interruption', interruption: 'recap' };
    case 'other_town':
      return { kind: 'topic', topic: 'training' };
    case 'other_question':
      return { kind: 'say', key: 'other_question' };
    case 'consent':
      // A consent answer outside its form means nothing by itself: the message is read as any other.
      return undefined;
  }
}
