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

/**
 * `JSON.stringify` of a state item without its `eTag` (what the stores keep and what BotState's change key
 * compares), without copying the item to leave the key out: an object rest copy is a slow path of V8, and it ran
 * twice per turn. BotState's items carry their eTag as their last key (a store adds it after parsing, BotState
 * overwrites it in place), so the item is serialised whole and its last member, `,"eTag":<the value's JSON>}` at the
 * very end of the text, is cut off: an unescaped quote after a comma can only be a key's, and the final brace closes
 * the item itself, so that member is the item's own eTag and nothing else. Any other shape (eTag elsewhere or not
 * a string, another prototype, a toJSON) takes the copy, as before. Throws what JSON.stringify throws (cycles).
 */
export function jsonWithoutEtag(item: object): string {
  const record = item as Record<string, unknown>;
  if (!Object.hasOwn(record, 'eTag')) return JSON.stringify(record);
  const etag = record['eTag'];
  const proto = Object.getPrototypeOf(record) as unknown;
  if (typeof etag === 'string' && (proto === Object.prototype || proto === null) && !('toJSON' in record)) {
    const whole = JSON.stringify(record);
    const member = `"eTag":${JSON.stringify(etag)}}`;
    if (whole.endsWith(member)) {
      const cut = whole.length - member.length;
      if (whole.charCodeAt(cut - 1) === 0x2c /* , */) return `${whole.slice(0, cut - 1)}}`;
      if (cut === 1) return '{}';
    }
  }
  const { eTag: _eTag, ...rest } = record;
  return JSON.stringify(rest);
}
