import type { ConversationData } from '../../dialogs/support/state.js';

export interface TurnUsage {
  /** The topic a dialog answered on this turn, if any. */
  topic: string | null;
  /** The fallback ran ("pas compris"). */
  fallback: boolean;
}

/**
 * Watches one turn's conversation data, for the dashboard's counters, without the dialogs knowing: a topic dialog
 * sets `lastTopic` each time it answers (even to the same topic), and the fallback adds one to `misunderstood`.
 * The dialogs get a proxy of the data; writes go through to the very object ConversationState saves.
 */
export function trackTurnUsage(data: ConversationData): { data: ConversationData; usage: () => TurnUsage } {
  const misunderstoodBefore = data.misunderstood;
  let topic: string | null = null;
  const watched = new Proxy(data, {
    set(target, property, value: unknown) {
      if (property === 'lastTopic' && typeof value === 'string') topic = value;
      return Reflect.set(target, property, value);
    },
  });
  return {
    data: watched,
    usage: () => {
      const fallback = data.misunderstood > misunderstoodBefore;
      return { topic: fallback ? null : topic, fallback };
    },
  };
}
