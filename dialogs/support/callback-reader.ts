/**
 * Reads the details of a callback request from what a person types: a French phone number in any spelling, a
 * preferred time ("le matin", "demain 10h", "entre 14h et 16h", "lundi", "n'importe quand"…) and a first name.
 * Pure and self-contained (its own light folding, not the NLU's normaliser), so that the callback form reads the
 * same way whatever the intent classifier does; the words below are vocabulary to recognise, never text to show.
 */

// ---------------------------------------------------------------- folding

/** Lower case, no accents, apostrophes and hyphens as spaces, one space between words. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´‘-]/g, ' ')
    .replace(/[^\p{L}\p{N}:?+ ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------- phone numbers

/** Digits separated by at most three separators (spaces, dots, dashes, slashes, brackets), with a leading "+". */
const DIGIT_RUN = /(?:\(?\+)?\d+(?:[\s.\/()\u00a0\u202f-]{1,3}(?:\(?\+)?\d+)*/g;
const GROUP = /\+?\d+/g;

export type PhoneProblem =
  /** Not ten digits once the prefix is read ("06 12 34 56": eight). */
  | 'length'
  /** A number of another country (+44, 0049…): advisers call French numbers. */
  | 'foreign'
  /** A special-rate or free service number (08…): not a line where a person can be called back. */
  | 'service';

export interface PhoneReading {
  /** The ten digits, "0612345678", when a valid French number was found. */
  phone?: string;
  /** Why the digits typed are not a number we can call, when no valid number was found. */
  problem?: PhoneProblem;
  /** The text with the number taken out (the rest may hold a first name or a time). */
  rest: string;
}

/** The nine significant digits of a French number written with its prefix: 0, +33, 0033, 33, "+33 (0)". */
function significantDigits(joined: string): string | undefined {
  const m = /^(?:\+33|0033|33)0?([1-9]\d{8})$/.exec(joined) ?? /^0([1-9]\d{8})$/.exec(joined);
  return m?.[1];
}

/** A number a person can be called on: landlines 01–05, mobiles 06–07, 09; 08 is for services (0800 050 000). */
function isPersonalLine(significant: string): boolean {
  return significant[0] !== '8';
}

/** Digits beyond the number are another number or an hour ("… 78 10h"), not a digit too many ("… 78 9"). */
function standsAlone(text: string, groups: string[], positions: number[], start: number, end: number): boolean {
  const digits = (from: number, to: number) => groups.slice(from, to).join('').replace(/\D/g, '').length;
  if (start > 0 && digits(0, start) < 9) return false;
  if (end === groups.length - 1 || digits(end + 1, groups.length) >= 9) return true;
  const next = end + 1;
  const after = (positions[next] as number) + (groups[next] as string).length;
  return next === groups.length - 1 && /^\s?(?:h|:)/i.test(text.slice(after));
}

/**
 * Finds a French phone number however it is typed: "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78",
 * "0033 6…", "+33 (0)6…", "061 234 5678", "0612345678", inside a sentence ("c'est le 06… merci"). A run of digits
 * is tried group by group, so a number followed by an hour ("06 12 34 56 78 10h") is still found.
 */
export function readPhone(text: string): PhoneReading {
  let problem: PhoneProblem | undefined;
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups = run[0].match(GROUP) ?? [];
    const digitCount = groups.join('').replace(/\D/g, '').length;
    if (digitCount < 6) continue;
    const positions = [...run[0].matchAll(GROUP)].map((g) => run.index + g.index);
    for (let start = 0; start < groups.length; start++) {
      let joined = '';
      for (let end = start; end < groups.length; end++) {
        const group = groups[end] as string;
        if (end > start && group.startsWith('+')) break;
        joined += group;
        const significant = significantDigits(joined);
        if (significant === undefined) continue;
        if (!standsAlone(text, groups, positions, start, end)) continue;
        if (!isPersonalLine(significant)) {
          problem = 'service';
          continue;
        }
        const from = (positions[start] as number) - (run[0][(positions[start] as number) - run.index - 1] === '(' ? 1 : 0);
        const to = (positions[end] as number) + group.length;
        const rest = `${text.slice(0, from)} ${text.slice(to).replace(/^\)/, '')}`.replace(/\s+/g, ' ').trim();
        return { phone: `0${significant}`, rest };
      }
    }
    const all = groups.join('');
    if (problem === undefined) problem = /^(?:\+|00)(?!33)/.test(all) ? 'foreign' : 'length';
  }
  return problem === undefined ? { rest: text } : { problem, rest: text };
}

// ---------------------------------------------------------------- time slots

export type DayPart = 'morning' | 'midday' | 'afternoon' | 'late' | 'evening';
export type DayWhen =
  | { kind: 'date'; offset: number }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'weekdays' }
  | { kind: 'weekend' };
export interface HourRange {
  relation: 'between' | 'around' | 'after' | 'before';
  /** Minutes after midnight. */
  from: number;
  to?: number;
}

/** When the person would like to be called, as far as the message says. */
export interface TimeSlot {
  day?: DayWhen;
  part?: DayPart;
  hours?: HourRange;
  /** "n'importe quand", "peu importe", "quand vous voulez". */
  any?: boolean;
  /** "dès que possible", "au plus vite". */
  asap?: boolean;
}

/** Monday = 1 … Sunday = 0, as Date.getUTCDay() counts. */
const WEEKDAYS: Readonly<Record<string, number>> = { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 };

const ANY = /\b(?:n importe quand|n importe|peu importe|(?:quand|qd|kan) (?:tu veux|vous voulez|vous le souhaitez|tu peux|vous pouvez|ca (?:t|vous) arrange)|comme (?:tu veux|vous voulez)|pas de preference|sans preference|indifferent|a tout moment|tout le temps|toute la journee|je (?:ne )?sais pas|sais pas|jsp|chai pas|quand tu as le temps|quand vous avez le temps|quand vous etes dispo|n importe quelle heure)\b/;
const ASAP = /\b(?:des que possible|au plus vite|le plus vite possible|le plus tot possible|asap|rapidement|vite|tout de suite|maintenant|urgent)\b/;
const TODAY = /\b(?:aujourd hui|aujourdhui|auj|ajd|ce jour|tout a l heure|dans la journee)\b/;
const THIS_PART = /\b(?:ce matin|cet apres midi|cet aprem|ce midi|ce soir|cette apres midi)\b/;
const DAY_AFTER = /\bapres demain\b/;
const TOMORROW = /\b(?:demain|dem1|2main)\b/;
const WEEKDAYS_WORDS = /\b(?:en semaine|la semaine|jours? de semaine|du lundi au vendredi|jours ouvres)\b/;
const WEEKEND = /\b(?:week end|weekend|we|w e|le samedi ou le dimanche)\b/;
const PARTS: ReadonlyArray<[RegExp, DayPart]> = [
  [/\b(?:fin de journee|fin d apres midi|fin d aprem|en fin de journee|apres le travail|apres les cours|sortie des cours)\b/, 'late'],
  [/\b(?:apres midi|aprem|aprm|apres mdi|apm|aprem?s midi|a pm|pm)\b/, 'afternoon'],
  [/\b(?:matin|matinee|mat1|am)\b/, 'morning'],
  [/\b(?:entre midi et deux|pause (?:de )?(?:midi|dej|dejeuner)|heure du dejeuner|au dejeuner|midi)\b/, 'midday'],
  [/\b(?:soir|soiree|ce soir)\b/, 'evening'],
];

const HOUR = String.raw`(\d{1,2})(?: ?(?:h|heures?|:) ?(\d{2})?)`;
const HOUR_OR_BARE = String.raw`(midi|\d{1,2})(?: ?(?:h|heures?|:) ?(\d{2})?)?`;
const BETWEEN = new RegExp(String.raw`\b(?:entre|de) ${HOUR_OR_BARE} (?:et|a) ${HOUR_OR_BARE}(?!\d)`);
const DASHED = new RegExp(String.raw`\b${HOUR} ?(?:a )?${HOUR}(?!\d)`);
const AFTER = new RegExp(String.raw`\b(?:apres|a partir de|des|plus tard que) ${HOUR_OR_BARE}(?!\d)`);
const BEFORE = new RegExp(String.raw`\b(?:avant|au plus tard a) ${HOUR_OR_BARE}(?!\d)`);
const AROUND = new RegExp(String.raw`\b(?:vers|a|aux alentours de|autour de) ${HOUR_OR_BARE}(?!\d)`);
const AT = new RegExp(String.raw`\b${HOUR}(?!\d)`);

/** Nobody is called back at 3 a.m.: "vers 3", "à 5h" are read as afternoon hours. */
const EARLY_HOURS_MEAN_PM = 7;

function minutes(hour: string | undefined, min: string | undefined): number | undefined {
  if (hour === undefined) return undefined;
  const said = hour === 'midi' ? 12 : Number(hour);
  const h = said >= 1 && said <= EARLY_HOURS_MEAN_PM ? said + 12 : said;
  const m = min === undefined ? 0 : Number(min);
  if (h > 23 || m > 59) return undefined;
  return h * 60 + m;
}

/** Part-of-day phrases that contain "midi" but name no hour ("l'après-midi", "entre midi et deux"). */
const MIDI_PHRASES = /\b(?:apres|aprem?s) midi\b|\bentre midi et deux\b|\bpause (?:de )?midi\b/g;

function hoursOf(text: string): HourRange | undefined {
  const f = text.replace(MIDI_PHRASES, ' ');
  // "entre 14 et 16" needs no "h"; "14h-16h" and "14h à 16h" need the first one.
  for (const re of [BETWEEN, DASHED]) {
    const m = re.exec(f);
    if (!m) continue;
    const from = minutes(m[1], m[2]);
    const to = minutes(m[3], m[4]);
    if (from !== undefined && to !== undefined) return { relation: 'between', from, to };
  }
  for (const [re, relation] of [[AFTER, 'after'], [BEFORE, 'before'], [AROUND, 'around'], [AT, 'around']] as const) {
    const m = re.exec(f);
    if (!m) continue;
    // A bare number needs a word saying it is an hour: "à 3" alone is not read as a time, "après 17" is.
    if (re === AROUND && m[1] !== 'midi' && m[0].indexOf('h') < 0 && m[0].indexOf(':') < 0 && !/^(?:vers|aux alentours|autour)/.test(m[0])) continue;
    const from = minutes(m[1], m[2]);
    if (from !== undefined) return { relation, from };
  }
  return undefined;
}

/** Afternoon and evening hours said the 12-hour way ("ce soir 8h", "l'aprem vers 3h") are read as such. */
function inPart(range: HourRange, part: DayPart | undefined): HourRange {
  if (part !== 'afternoon' && part !== 'late' && part !== 'evening') return range;
  const shift = (m: number | undefined) => (m !== undefined && m < 12 * 60 && m >= 60 ? m + 12 * 60 : m);
  const from = shift(range.from) as number;
  const to = shift(range.to);
  return to === undefined ? { relation: range.relation, from } : { relation: range.relation, from, to };
}

/**
 * The preferred time a message gives, or undefined when it gives none. Digits of a phone number are ignored (so
 * "06 12 34 56 78" holds no hour), and so is a bare number without a word making it an hour.
 */
export function readTimeSlot(text: string): TimeSlot | undefined {
  const f = fold(readPhone(text).rest);
  if (f.length === 0) return undefined;
  const slot: TimeSlot = {};
  if (ASAP.test(f)) slot.asap = true;
  if (ANY.test(f)) slot.any = true;

  if (DAY_AFTER.test(f)) slot.day = { kind: 'date', offset: 2 };
  else if (TOMORROW.test(f)) slot.day = { kind: 'date', offset: 1 };
  else if (TODAY.test(f) || THIS_PART.test(f)) slot.day = { kind: 'date', offset: 0 };
  else {
    const weekday = Object.keys(WEEKDAYS).find((d) => new RegExp(`\\b${d}s?\\b`).test(f));
    if (weekday !== undefined) slot.day = { kind: 'weekday', weekday: WEEKDAYS[weekday] as number };
    else if (WEEKDAYS_WORDS.test(f)) slot.day = { kind: 'weekdays' };
    else if (WEEKEND.test(f)) slot.day = { kind: 'weekend' };
  }
  for (const [re, part] of PARTS) {
    if (re.test(f)) {
      slot.part = part;
      break;
    }
  }
  const hours = hoursOf(f);
  if (hours) slot.hours = inPart(hours, slot.part);
  return Object.keys(slot).length > 0 ? slot : undefined;
}

/** The ISO day a relative day names, from the ISO day of the turn ("demain" on 2026-11-27 → 2026-11-28). */
export function dayOf(when: DayWhen, today: string): string | undefined {
  const base = new Date(`${today}T12:00:00Z`);
  if (Number.isNaN(base.getTime())) return undefined;
  let offset: number;
  if (when.kind === 'date') offset = when.offset;
  else if (when.kind === 'weekday') offset = ((when.weekday - base.getUTCDay() + 7) % 7) || 7;
  else return undefined;
  base.setUTCDate(base.getUTCDate() + offset);
  return base.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- questions and first names

const QUESTION_START = /^(?:pourquoi|comment|combien|quand|quel|quelle|quels|quelles|qu est ce|est ce|c est quoi|ca veut dire|a quoi|qui|ou est|ou sont|ou se|ou trouver|dois je|doit on|peut on|puis je|faut il|vous (?:allez|pouvez|etes)|tu (?:vas|peux|es)|y a t il|il y a|c est (?:gratuit|payant|obligatoire|quoi|qui))\b/;

/** A real question: a question mark, or a sentence that starts the way French questions do. */
export function isQuestion(text: string): boolean {
  if (text.includes('?')) return true;
  return QUESTION_START.test(fold(text));
}

/** What cannot be a first name: answers, function words, greetings, and what people say in a form instead. */
const NOT_A_NAME = new Set(
  (
    'oui ouais ouai ouep yes ok okay oki dac daccord accord non nan nn no nope si bon bien merci mrc stp svp plait ' +
    'bonjour salut coucou bonsoir hello hey slt cc bjr re yo ' +
    'je j tu t il elle on nous vous ils elles me m te se s moi toi lui eux leur leurs ' +
    'le la les l un une des de du d au aux a et ou mais donc car ni que qu qui quoi quand comment pourquoi combien quel quelle quels quelles ' +
    'est es suis sont ai as a avez avons etre avoir fait faire veux veut voulez voudrais peux peut pouvez sais sait savez ' +
    'va vais vas allez dois doit devez appelle appelez appeler rappel rappeler rappelle rappelez rappelez joindre ' +
    'pas plus ne n rien jamais aucun aucune personne anonyme inconnu quelqu quelquun ' +
    'mon ma mes ton ta tes son sa ses notre votre nos vos ce cet cette ces ca cela ceci ici la y en ' +
    'pour par sur sous avec sans dans chez vers entre apres avant depuis jusqu ' +
    'heure heures h numero num tel telephone portable mobile fixe appel conseiller conseillere aide ' +
    'annuler annule stop arrete arreter laisse tomber avis change prenom nom surnom ' +
    'euh heu hein bah ben bof mdr lol ptdr jsp sais test bot robot chatbot ia ' +
    'apprentissage apprenti apprentie alternance salaire formation metier diplome cfa entreprise employeur ' +
    'question probleme urgent important parent parents mere pere maman papa jeune eleve etudiant etudiante employeur patron ' +
    'madame monsieur mademoiselle mme mr mlle allo help'
  ).split(' '),
);

/** "je m'appelle …", "moi c'est …", "mon prénom c'est …": the words that name a first name explicitly. */
const EXPLICIT_NAME = /^(?:je m ?appel+e|je me nomme|moi c est|mon prenom (?:c est|est|:)?|mon prenom|prenom :?|mon nom c est|mon nom est)\s+/;
const LOOSE_NAME = /^(?:c est|moi|je suis)\s+/;
const GREETING = /^(?:bonjour|bonsoir|salut|coucou|hello|slt|bjr)\s+/;

export interface NameReading {
  name: string;
  /** Introduced by "je m'appelle", "mon prénom c'est"…: a name even when another question was asked. */
  explicit: boolean;
}

/**
 * A first name: one to three words of letters (hyphens and apostrophes inside), none of them a word people write
 * instead of a name (an answer, a greeting, a time, a question word). "je m'appelle Zoé" → "Zoé";
 * "jean-pierre" → "Jean-Pierre"; "demain matin", "non", "pourquoi ?", "06 12…" → undefined.
 */
export function readFirstName(text: string): NameReading | undefined {
  if (isQuestion(text) || /\d/.test(text)) return undefined;
  // The same prefixes on the typed text and on its folded form: the typed text keeps the accents of the name.
  let typed = text.trim().replace(/[.!…,;]+$/u, '').trim();
  let folded = fold(typed);
  const strip = (re: RegExp): boolean => {
    const m = re.exec(folded);
    if (!m) return false;
    const words = m[0].trim().split(' ').length;
    typed = typed.split(/[\s’']+/u).length > words ? dropWords(typed, m[0]) : '';
    folded = folded.slice(m[0].length);
    return true;
  };
  strip(GREETING);
  const explicit = strip(EXPLICIT_NAME);
  if (!explicit) strip(LOOSE_NAME);
  typed = typed.replace(/^[\s,:;-]+/u, '').trim();
  if (!/^\p{L}[\p{L}'’ -]{0,39}$/u.test(typed)) return undefined;
  const words = folded.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || typed.split(/\s+/).length > 3) return undefined;
  if (words.some((w) => NOT_A_NAME.has(w))) return undefined;
  if (readTimeSlot(typed) !== undefined) return undefined;
  if (typed.replace(/[^\p{L}]/gu, '').length < 2) return undefined;
  return { name: capitalised(typed), explicit };
}

/** The typed text without its first words, as many as the folded prefix has (apostrophes count as breaks). */
function dropWords(typed: string, foldedPrefix: string): string {
  let count = foldedPrefix.trim().split(' ').length;
  let i = 0;
  while (count > 0 && i < typed.length) {
    while (i < typed.length && !/[\s’']/u.test(typed[i] as string)) i++;
    while (i < typed.length && /[\s’':,]/u.test(typed[i] as string)) i++;
    count--;
  }
  return typed.slice(i);
}

/** "julie" or "JULIE" → "Julie", "jean-pierre" → "Jean-Pierre"; a name typed with its own capitals is kept. */
function capitalised(name: string): string {
  const uniform = name === name.toLowerCase() || name === name.toUpperCase();
  const cased = uniform ? name.toLowerCase() : name;
  return cased.replace(/(^|[\s-])(\p{L})/gu, (_all, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** How a first name is introduced besides "je m'appelle": "c'est Léa", "moi c'est Léa", "je suis Léa". */
const INTRODUCED = /^(?:(?:bonjour|bonsoir|salut|coucou|hello)\s+)?(?:moi c est|c est|je suis)\s+/;

/**
 * The first name given with a callback request ("c'est Léa, rappelez-moi au 06…", "Léa, rappelez-moi", "je m'appelle
 * Zoé et je veux être rappelée"), read part by part. Introduced by "je m'appelle", any name; introduced by "c'est" or
 * "je suis", or alone before the request, only a name typed with its capital ("c'est pressé, rappelez-moi" has none).
 */
export function readNameInRequest(text: string): string | undefined {
  const parts = text
    .split(/[,;.!?\n]|\s(?:et|mais)\s/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  for (const [i, part] of parts.entries()) {
    const name = readFirstName(part);
    if (!name) continue;
    if (name.explicit) return name.name;
    const words = part.split(/\s+/);
    const typed = words.slice(-name.name.split(/\s+/).length)[0] ?? '';
    const capital = /^\p{Lu}/u.test(typed);
    const alone = i === 0 && parts.length > 1 && words.length === 1;
    if (capital && (alone || INTRODUCED.test(fold(part)))) return name.name;
  }
  return undefined;
}
