import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { ActivityTypes } from 'botbuilder-core';

/** How a button's title is compared: "Parler à un conseiller" and "parler à un conseiller " are the same button. */
const buttonKey = (title: string): string => title.trim().toLowerCase();

/** The titles of a message's card buttons (links and answers; the card's own toggle aside). */
function cardButtonTitles(activity: Partial<Activity>): string[] {
  const titles: string[] = [];
  for (const a of activity.attachments ?? []) {
    const actions = (a.content as { actions?: { type?: string; title?: string }[] } | undefined)?.actions ?? [];
    for (const action of actions) if (action.type !== 'Action.ShowCard' && action.title) titles.push(action.title);
  }
  return titles;
}

/**
 * A message's quick replies without the buttons already on screen (`seen`: the titles of the turn's earlier card
 * buttons; this message's card buttons are added) nor twice among themselves. Review 9: the "autre question dans
 * votre message" prompt added a second "Parler à un conseiller".
 */
export function offerEachButtonOnce(activity: Partial<Activity>, seen: Set<string>): void {
  for (const title of cardButtonTitles(activity)) seen.add(buttonKey(title));
  const actions = activity.suggestedActions?.actions;
  if (!actions) return;
  const kept = actions.filter((a) => {
    const key = buttonKey(a.title ?? String(a.value ?? ''));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (kept.length === actions.length) return;
  if (kept.length > 0) activity.suggestedActions = { ...activity.suggestedActions!, actions: kept };
  else delete activity.suggestedActions;
}

/**
 * Each button once in a turn, as a phone shows it: Web Chat and our widget show only the last message's quick replies,
 * so a message followed by one with its own (`repliesFollow()`: the other question of two) is sent without its own;
 * card buttons stay on screen, so a later quick reply never repeats one; and no message repeats a quick reply.
 */
export function offerButtonsOncePerTurn(context: TurnContext, repliesFollow: () => boolean): void {
  const cardButtons = new Set<string>();
  context.onSendActivities(async (_ctx, activities: Partial<Activity>[], next: () => Promise<ResourceResponse[]>) => {
    for (const a of activities) {
      if (a.type !== ActivityTypes.Message) continue;
      if (repliesFollow()) delete a.suggestedActions;
      offerEachButtonOnce(a, new Set(cardButtons));
      for (const title of cardButtonTitles(a)) cardButtons.add(buttonKey(title));
    }
    return next();
  });
}
