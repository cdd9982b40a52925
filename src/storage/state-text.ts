/**
 * The JSON text of a state item (without its eTag) that a state store has just read it from or written it as, for
 * the change key botbuilder's BotState computes right after (see sdk-tuning.ts): on load, on the object the store
 * has just parsed, and after a write, on the object it has just serialised. Both would serialise the same object
 * again to get the text the store already holds (with the change check of saveChanges, four serialisations of one
 * state per turn; these two are saved).
 *
 * The text is handed out once (taken): the next change key of that object, the one after the bot changed it, is
 * computed anew. Keyed by the object itself, so an item nobody asks about is collected with it.
 */
const texts = new WeakMap<object, string>();

export function rememberStateText(item: object, text: string): void {
  texts.set(item, text);
}

/** The text remembered for `item`, forgotten at once; undefined if none. */
export function takeStateText(item: object): string | undefined {
  const text = texts.get(item);
  if (text !== undefined) texts.delete(item);
  return text;
}
