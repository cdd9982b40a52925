import type { Understanding } from '../../src/nlu/understanding.js';

/** "cmt je fais pour le faire garder …", "comment on fait pour trouver un logement": how to do a thing, with its words. */
const HOW_TO_DO = /\b(?:comment|cmt) (?:je|j|on|tu|il|elle|nous|vous) (?:fais|fait|faire|faisons|faites|peux|peut|dois|doit|vais|va) pour\b(.*)$/;
/** What a question about using the bot itself names ("comment je fais pour te poser une question"). */
const ABOUT_THE_BOT = /\b(?:te|t|chat|bot|robot|site|utiliser|poser|menu|question|questions)\b/;
/** A thing to do is named by at least this many words after "pour". */
const THING_MIN_WORDS = 2;

/**
 * A help request read by the classifier that asks how to do something in one's life ("jai un bb, cmt je fais pour le
 * faire garder qd je suis en cours"), not how to use the bot: the help menu answers nothing of it, so the other rules
 * (an entry, an honest "not covered") read it instead.
 */
export function howToDoSomething(u: Understanding): boolean {
  if (u.intent !== 'help') return false;
  const m = HOW_TO_DO.exec(u.normalized);
  if (!m) return false;
  const thing = (m[1] ?? '').trim();
  return thing.split(/\s+/).filter((w) => w.length > 0).length >= THING_MIN_WORDS && !ABOUT_THE_BOT.test(thing);
}
