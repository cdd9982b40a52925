/**
 * Round 28 (issue 11): more ways of asking what a term is, beside those of defined-term.ts, found missing on fresh
 * phrasings of the definitions (CFA, OPCO, apprenticeship). They are ways of asking, not words of a topic: whatever the
 * term, "le CFA ça sert à quoi ?", "un OPCO, qu'est-ce que c'est au juste ?", "je sais pas ce que c'est
 * l'apprentissage", "le Cerfa, de quoi s'agit-il ?" ask its definition (whose answer says what it is for).
 * Read on the normalised text ("kesako" and "c koi" are already "ce est quoi" there).
 */
const MORE_WAYS_OF_ASKING = new RegExp(
  [
    // "à quoi ça sert", "ça sert à quoi", "à quoi servent les OPCO"
    String.raw`a quoi (?:ca |sa )?(?:sert|servent|servirait)`,
    String.raw`(?:ca |sa )?(?:sert|servent) a quoi`,
    // "qu'est-ce que c'est", written after the term ("un CFA, qu'est-ce que c'est ?")
    String.raw`que? est ce que? ce est`,
    // "de quoi s'agit-il", "de quoi il s'agit"
    String.raw`de quoi (?:se agit il|il se agit)`,
    // "je sais pas ce que c'est", "on sait pas trop ce que veut dire"
    String.raw`(?:sais|sait|savons|savez) (?:pas|plus) (?:trop |vraiment |bien |du tout )?ce (?:que? ce est|que? est|que signifie|que veut dire)`,
  ].join('|'),
);

/** Whether the message asks what something is in one of these ways. */
export function asksWhatItIsOtherwise(normalized: string): boolean {
  return new RegExp(String.raw`\b(?:${MORE_WAYS_OF_ASKING.source})\b`).test(normalized);
}

/** The words these ways of asking bring beside the term (any other word asks something else about it). */
export const MORE_ASKING_WORDS: readonly string[] = ['sert', 'servent', 'servirait', 'sa', 'agit', 'se', 'sais', 'sait', 'savons', 'savez', 'plus', 'signifie'];
