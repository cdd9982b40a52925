import type { Route, RoutingInput } from './route.js';

/** The apprentice, named by the employer ("mon apprenti", "notre alternante", "le jeune"), or "il" / "elle". */
const THE_APPRENTICE = /\b(?:(?:mon|ma|notre|l|le|la|cet|cette|ce) (?:apprenti|apprentie|alternant|alternante|jeune)|il|elle)\b/;
/**
 * "ne vient plus", "vient pas depuis lundi", "ne se présente plus", "souvent absent", "des absences", "plus de
 * nouvelles", "injoignable", "abandon de poste": the apprentice does not come to work.
 */
const STAYS_AWAY = /\b(?:(?:ne )?vien(?:t|nent) (?:plus|pas|jamais)|(?:ne )?se presente (?:plus|pas|jamais)|absente?s?|absences?|absenteisme|(?:plus|pas) de nouvelles|injoignable|(?:ne )?repond (?:plus|pas) (?:au|a mes|aux)|abandon de poste|a disparu)\b/;
/**
 * An absence the law already covers or a permission asked, each with its own entry: sick leave, an accident, the
 * exams, leave; "il peut être absent pour…" asks whether he may be.
 */
const ABSENCE_WITH_A_REASON = /\b(?:malade|maladie|arret|accident|blesse|blessee|enceinte|grossesse|conges?|examen|examens|epreuves?|permis|peut (?:etre )?absent|s absenter|autorise|autorisee)\b/;
/** Someone other than the apprentice is the one missing: the tutor, the employer, a teacher. */
/** A pupil's absence ("il est souvent absent au lycée"): school, not the workplace of an apprentice. */
const AT_SCHOOL = /\b(?:lycee|college|ecole primaire|en cours|prof principal)\b/;
const SOMEONE_ELSE_ABSENT = /\b(?:maitre|maitresse|tuteur|tutrice|patron|patronne|chef|employeur|formateur|formatrice|prof|professeur)\b/;

/**
 * The apprentice is told to stay away from work with no reason the law covers, on the normalised message: only the
 * employer speaks so of "il" or "mon apprenti" (profile-update.ts reads the speaker as the employer then).
 */
export function apprenticeStaysAway(normalized: string): boolean {
  if (!STAYS_AWAY.test(normalized) || !THE_APPRENTICE.test(normalized)) return false;
  return !ABSENCE_WITH_A_REASON.test(normalized) && !SOMEONE_ELSE_ABSENT.test(normalized) && !AT_SCHOOL.test(normalized);
}

/** The employer's rupture: its rules after the 45 days (gross misconduct, agreement), the mediator. */
const EMPLOYER_RUPTURE = 'rupture-par-employeur';
/** What becomes of the hiring aid when the contract stops early. */
const AID_AFTER_RUPTURE = 'aide-embauche-rupture';

/**
 * "mon apprenti ne vient plus depuis 2 semaines", "il est souvent absent sans justificatif, je fais quoi ?": an
 * employer whose apprentice stays away asks what they can do. The rules of the employer's rupture answer it (and
 * what becomes of the hiring aid when the message asks of the aid), never the aid list, the help menu nor an entry on
 * leave that the word "absent" reaches. A young person or a parent telling of an absence speaks of their own case,
 * and a sick leave, an exam or a permission asked have entries of their own.
 */
export function apprenticeAbsentEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  const persona = u.facts.persona ?? input.data.profile.persona;
  if (persona === 'jeune' || persona === 'parent' || !apprenticeStaysAway(u.normalized)) return undefined;
  const id = u.cues.aidWord ? AID_AFTER_RUPTURE : EMPLOYER_RUPTURE;
  return input.hasFaqEntry(id) ? id : undefined;
}

/**
 * The answer: the entry found, with what becomes of the hiring aid offered beside the rupture's rules (what an
 * employer weighing a rupture asks next).
 */
export function apprenticeAbsentRoute(id: string, input: RoutingInput): Route {
  const next = id === EMPLOYER_RUPTURE && input.hasFaqEntry(AID_AFTER_RUPTURE) ? [AID_AFTER_RUPTURE] : [];
  return next.length > 0 ? { kind: 'faq_entry', id, next } : { kind: 'faq_entry', id };
}
