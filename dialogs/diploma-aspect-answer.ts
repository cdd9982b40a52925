import type { TurnContext } from 'botbuilder-core';
import { sendFaqAnswer } from './faq-answer.js';
import type { Route } from './routing/route.js';
import { say, type Turn } from './support/turn.js';

type DiplomaInViewRoute = Extract<Route, { kind: 'diploma_in_view' }>;

/**
 * The answer to a follow-up about the diploma in view (routing/diploma-in-view.ts): its exact title and level first,
 * from the record the answer showed ("« BTS management commercial opérationnel » est un diplôme de niveau bac+2"), then
 * its kind's FAQ entry led by the sentence on the aspect asked (what it is prepared after), or the kind's next-steps
 * entry for what follows. The title is never guessed: without one, the level alone, or the entry alone.
 */
export async function sendDiplomaInView(context: TurnContext, turn: Turn, route: DiplomaInViewRoute): Promise<boolean> {
  const { shown, aspect } = route;
  const level = shown.level !== undefined ? say(turn, `diploma.level_name.${shown.level}`) : undefined;
  let lead: string | undefined;
  if (shown.title !== undefined) {
    if (aspect === 'name') lead = level !== undefined ? say(turn, 'view.diploma_name', { title: shown.title, level }) : say(turn, 'view.diploma_name_no_level', { title: shown.title });
    else if (level !== undefined) lead = say(turn, 'view.diploma_level', { title: shown.title, level });
  } else if (level !== undefined && route.entry === undefined) {
    lead = say(turn, 'view.diplomas_level', { level });
  }
  const entry = route.entry !== undefined ? turn.kb.search.faqEntry(route.entry) : undefined;
  if (!lead && !entry) return false;
  if (lead) await context.sendActivity(lead);
  if (entry) await sendFaqAnswer(context, turn, entry, [], route.focus ?? []);
  return true;
}
