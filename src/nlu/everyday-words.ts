import type { Knowledge } from '../knowledge/snapshot.js';
import { normalize } from '../text/normalize.js';

/**
 * The everyday words of our own texts: every word the bot's sentences (messages.fr.yaml) and the training phrases
 * (intents.fr.yaml) write in lower case ("plaisir", "cours", "vie"). A town elsewhere in France of that name (Plaisir,
 * Cours) is that town only when the message says it is a place (see outside-towns.ts). Names are written with their
 * capital in those texts, so they stay out.
 */
const lexicons = new WeakMap<Knowledge, ReadonlySet<string>>();

export function everydayWordsOf(knowledge: Knowledge): ReadonlySet<string> {
  let words = lexicons.get(knowledge);
  if (!words) {
    // Each distinct word is normalised once: the texts repeat the same few thousand words tens of thousands of times.
    const raw = new Set<string>();
    for (const text of stringsIn([knowledge.files.messages, knowledge.files.intents])) {
      for (const word of text.match(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu) ?? []) raw.add(word);
    }
    lexicons.set(knowledge, (words = new Set([...raw].map(normalize))));
  }
  return words;
}

function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}
