/**
 * "C'est noté" once per message (review 17, X5: "Merci Julie, c'est noté. C'est noté : le conseiller vous appellera…
 * C'est noté pour le moment où vous rappeler…"): each piece of a message acknowledges what it took in, and put side
 * by side they say it three times. The first stays; each later one gives way to what it introduces.
 */
const NOTED = /c['’]est noté/gi;

export function notedOnce(text: string): string {
  const all = [...text.matchAll(NOTED)];
  if (all.length < 2) return text;
  const firstEnd = (all[0]!.index ?? 0) + all[0]![0].length;
  const head = text.slice(0, firstEnd);
  const tail = text
    .slice(firstEnd)
    // "C'est noté : le conseiller…", "C'est noté, vous êtes…" → "Le conseiller…", "Vous êtes…".
    .replace(/(^|[.!?]\s+)C['’]est noté\s*[:,]\s*(\S)/gu, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`)
    // "C'est noté pour le moment où vous rappeler : le matin." → "Pour le moment où vous rappeler : le matin."
    .replace(/(^|[.!?]\s+)C['’]est noté (\p{L})/gu, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`)
    // "C'est noté." alone → nothing; "Merci Julie, c'est noté." → "Merci Julie."
    .replace(/(^|[.!?]\s+)C['’]est noté[.!]\s*/gu, '$1')
    .replace(/,\s*c['’]est noté(?=[.!])/gu, '');
  return head + tail;
}
