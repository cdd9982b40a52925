import { fold, isQuestion, readFirstName, readTimeSlot } from './callback-reader.js';

/**
 * The first name said along with the other details of a callback request, in the same message as the number or the
 * moment: "demain matin au 06…, c'est pour Léa", "rappelez Lucas au 07… jeudi", "mon fils Tom, le 06…". The form's
 * reader takes a whole message as a name only when nothing else is in it; these introductions are read anywhere.
 * Pure: text in, name out.
 */

/** Words after an introduction that are not a first name ("c'est pour moi", "rappelez vite", "pour un CAP"). */
const NOT_A_NAME_AFTER = new Set(
  (
    'moi toi lui elle eux nous vous me te le la les l un une des de du d mon ma mes ton ta tes son sa ses notre votre ' +
    'quand quoi qui ou comment pourquoi combien svp stp plait merci vite rapidement bientot plutot si possible ' +
    'demain aujourd hui ce cet cette ces ca cela mais et donc car au aux a en avec par pour sur dans chez ' +
    'le matin soir midi apres aprem semaine lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'un rappel rendez vous info infos renseignement renseignements question questions moi meme ' +
    'apprentissage apprenti apprentie alternance formation cap bac bts contrat inscription conseiller conseillere'
  ).split(' '),
);

/** One first name as typed: letters (a hyphenated double name too), starting a word. */
const NAME = String.raw`(\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?)`;

/**
 * Introductions of the person to call, on the typed text (case-insensitive for the introduction only):
 * "c'est pour Léa", "c pour léa", "rappelez Lucas", "appelle Inès", "demandez Hugo", "de la part de Zoé",
 * "au nom de Tom". `lowercaseOk`: the name may be typed without its capital (SMS spelling) only after these strong
 * introductions, and only while the form is asking for the first name.
 */
const INTRODUCTIONS: ReadonlyArray<{ re: RegExp; lowercaseOk: boolean }> = [
  { re: new RegExp(String.raw`(?:^|[\s,;.!])(?:c['’ ]?est|c|ce sera|ca sera) pour\s+${NAME}`, 'giu'), lowercaseOk: true },
  { re: new RegExp(String.raw`(?:^|[\s,;.!])(?:de la part de|au nom de)\s+${NAME}`, 'giu'), lowercaseOk: true },
  { re: new RegExp(String.raw`(?:^|[\s,;.!])(?:je m['’ ]?appelle|je m['’ ]?apelle|mon pr[ée]nom (?:c['’ ]?est|est)|moi c['’ ]?est)\s+${NAME}`, 'giu'), lowercaseOk: true },
  { re: new RegExp(String.raw`(?:^|[\s,;.!])(?:rappelez|rappelle|rappeler|rapelez|rapelle|appelez|appelle|appeler|demandez|demande)\s+${NAME}`, 'giu'), lowercaseOk: false },
];

/**
 * The first name introduced somewhere in a message that also holds other details, or undefined. A word that is a
 * moment ("rappelez demain"), a pronoun ("c'est pour moi") or the town the understanding read (`town`, folded) is
 * no name. `nameAsked`: the form's question on screen is the first name, so a strong introduction may be lowercase.
 */
export function readNameAlongside(text: string, options: { nameAsked: boolean; town?: string | undefined }): string | undefined {
  // The first name asked, typed as one part of the message among the others ("Léna, 06…, mardi matin").
  const parts = text.split(/[,;.!\n]/u).filter((p) => p.trim().length > 0);
  if (options.nameAsked && parts.length > 1 && !isQuestion(text)) {
    for (const part of parts) {
      const name = readFirstName(part.trim());
      if (name && (options.town === undefined || fold(options.town) !== fold(name.name))) return name.name;
    }
  }
  for (const { re, lowercaseOk } of INTRODUCTIONS) {
    for (const m of text.matchAll(re)) {
      const name = nameOf(m[1], lowercaseOk, options);
      if (name) return name;
    }
  }
  return undefined;
}

function nameOf(typed: string | undefined, lowercaseOk: boolean, options: { nameAsked: boolean; town?: string | undefined }): string | undefined {
  {
    if (!typed) return undefined;
    const folded = fold(typed);
    if (folded.length < 2 || NOT_A_NAME_AFTER.has(folded) || folded.split(' ').some((w) => NOT_A_NAME_AFTER.has(w))) return undefined;
    if (readTimeSlot(typed) !== undefined) return undefined;
    if (options.town !== undefined && fold(options.town) === folded) return undefined;
    const capital = /^\p{Lu}/u.test(typed);
    if (!capital && !(lowercaseOk && options.nameAsked)) return undefined;
    return capitalisedName(typed);
  }
}

/** "léa" → "Léa", "jean-pierre" → "Jean-Pierre"; a name typed with its own capitals is kept. */
function capitalisedName(name: string): string {
  const uniform = name === name.toLowerCase() || name === name.toUpperCase();
  const cased = uniform ? name.toLowerCase() : name;
  return cased.replace(/(^|-)(\p{L})/gu, (_all, sep: string, letter: string) => sep + letter.toUpperCase());
}
