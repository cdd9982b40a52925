/**
 * A French phonetic key: two spellings that sound the same get the same key, so that "mecanik" meets "mécanique",
 * "aprentisaj" "apprentissage", "coifeuze" "coiffeuse", "formassion" "formation", "ojourdui" "aujourd'hui".
 *
 * Not a linguist's transcription: a matching key. What matters is that the same rules run on the word typed and on
 * the words the bot knows, so the rules only merge what people write for one another as they speak:
 * c/k/qu, ph/f, ss/c/z/s, ge/gi/j, an/en, ai/ei/é/è/er, eau/au/o, y/i, doubled letters, silent h and silent endings.
 * Input: a word already lower-cased and accent-folded (normalize.ts), letters only.
 *
 * Our own thirty rules rather than a library's (talisman's phonex/sonnex): those are tuned for surnames and drop
 * distinctions we need (they would merge far more real words); these are the SMS habits of the people who write to
 * the bot, testable one by one (tests/text/phonetic-key.test.ts).
 */

/**
 * Rewrites in order; upper-case letters are sounds already settled, which later rules leave alone, and the nasals get
 * a sign of their own (@ an/en, 1 in/ain/un, 0 on), which lower-casing the key at the end leaves distinct.
 */
const SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  // Silent endings first, while the word still has them: plural s/x, "-er"/"-ez"/"-et" said é, silent t/d.
  [/(?<=.{3})[sx]$/, ''],
  [/(?<=.{2})(?:er|ez|et)$/, 'e'],
  [/(?<=.{3})(?<=[aeiouny])[td]$/, ''],
  // Consonants that depend on the next letter.
  [/sch|sh|ch/g, 'X'],
  [/ph/g, 'F'],
  [/th/g, 'T'],
  [/cc(?=[eiy])/g, 'KS'],
  [/sc(?=[eiy])/g, 'S'],
  [/c(?=[eiy])/g, 'S'],
  [/qu|q|ck|c|k/g, 'K'],
  [/gu(?=[eiy])/g, 'G'],
  [/ge(?=[aou])/g, 'J'],
  [/g(?=[eiy])/g, 'J'],
  [/gn/g, 'NI'],
  [/g/g, 'G'],
  [/j/g, 'J'],
  [/t(?=io)/g, 'S'],
  [/[sz]+/g, 'S'],
  [/w/g, 'V'],
  [/x/g, 'KS'],
  [/h/g, ''],
  // Vowel groups said as one sound.
  [/eau|au/g, 'O'],
  [/oeu|eu/g, 'E'],
  [/o[iy]/g, 'WA'],
  [/ou/g, 'U'],
  // Nasals: an/am/en/em (not before a vowel or a doubled n/m) are one sound, in/im/ain/ein/un another.
  [/[ae][nm](?![aeiounm])/g, '@'],
  [/(?:ai|ei|i|u)[nm](?![aeiounm])/g, '1'],
  [/o[nm](?![aeiounm])/g, '0'],
  [/[ae][iy](?![aeiou])/g, 'E'],
  [/y/g, 'i'],
  [/e/g, 'E'],
  [/o/g, 'O'],
  // A letter doubled sounds once; a final schwa is not heard.
  [/(.)\1+/g, '$1'],
  [/(?<=.{2})E$/, ''],
];

/** The phonetic key of one accent-folded, lower-case word (see the module comment). */
export function phoneticKey(word: string): string {
  let key = word;
  for (const [pattern, sound] of SOUNDS) key = key.replace(pattern, sound);
  return key.toLowerCase();
}
