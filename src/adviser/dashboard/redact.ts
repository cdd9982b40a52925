import { scrubPersonalData } from '../../services/conversation-records.js';

/**
 * What an unanswered question may still hold about a person once the bot's own scrub (phone numbers, e-mails, long
 * numbers) has run, removed again before an adviser sees it as an example: a name given after "je m'appelle" or
 * "mon nom est", a street address, a date of birth, a social security or other long number. The bot's scrub is
 * applied again too, since rows written before a rule existed are read here.
 */
const NAME_CUE = /\b(je m['’ ]?appelle|mon (?:pr[ée]nom|nom)(?: est| c['’ ]?est)?|moi c['’ ]?est|je suis)\s+([A-ZÀ-ÖØ-Þ][\p{L}'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\p{L}'’-]*){0,2})/gu;
const STREET =
  /\b\d{1,4}\s*(?:bis|ter)?,?\s+(?:rue|avenue|av\.?|bd|boulevard|impasse|all[ée]e|chemin|route|place|quai|cours|r[ée]sidence|lotissement|square)\b[^,.;!?\n]{0,60}/giu;
const BIRTH_DATE = /\b(n[ée]e?s? le|date de naissance\s*:?)\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/giu;
const NUMERIC_DATE = /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}\b/gu;
const POSTCODE = /\b(?:14|27|50|61|76)\d{3}\b/gu;

export function redactQuestion(text: string): string {
  return scrubPersonalData(text)
    .replace(NAME_CUE, (_all, cue: string) => `${cue} [nom]`)
    .replace(STREET, '[adresse]')
    .replace(BIRTH_DATE, (_all, cue: string) => `${cue} [date]`)
    .replace(NUMERIC_DATE, '[date]')
    .replace(POSTCODE, '[code postal]')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
