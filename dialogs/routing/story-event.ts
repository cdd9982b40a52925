import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { Side } from '../../src/knowledge/schema/vocabulary.js';
import { escapeRegExp } from '../../src/text/escape-regexp.js';
import { speakerSide } from './side.js';
import { dismissedTold } from './dismissal-told.js';
import { OWN_RUPTURE_ENTRY, ownRuptureAsked } from './own-rupture-asked.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { EVENT_ENTRY_MIN, FAQ_GUESS } from './thresholds.js';

/** An event a person tells of their own story, and the FAQ entries that are about it. */
interface StoryEvent {
  readonly name: string;
  /** How it is told, on the normalised message. */
  readonly told: RegExp;
  /** The entries about it: whatever the question, one of them answers it before the words' best guess. */
  readonly about: (entry: FaqEntry, u: Understanding, side: Side | undefined) => boolean;
  /**
   * The entry about it for everyone, answered when the event is told in words the FAQ matcher reads too weakly ("je
   * peux le virer ?", "je peux m'en séparer ?": few words, none of an entry's questions) and reads no other entry
   * either (below FAQ_GUESS: "j'ai 31 ans, mon contrat a été rompu, je peux en signer un autre ?" asks the age limit).
   */
  readonly byDefault?: string;
  /** Other ways of telling it, as a predicate on the normalised message (round 30: dismissal-told.ts). */
  readonly toldAlso?: (normalized: string) => boolean;
  /** The story the person tells makes the words mean something else ("je suis en seconde, je peux arrêter ?"). */
  readonly notWhen?: (u: Understanding) => boolean;
}

/** At school or studying, told now: their "arrêter" leaves school, not an apprenticeship contract they do not have. */
const AT_SCHOOL: ReadonlySet<string> = new Set(['collegien', 'lyceen', 'etudiant']);

/** The apprentice's own ways out of the contract: never the answer to someone the employer let go. */
const OWN_WAY_OUT: ReadonlySet<string> = new Set(['rupture-contrat', 'demission-apprenti-etapes']);

/** The rupture of the contract by the employer, written for the employer and for the apprentice let go. */
const EMPLOYER_RUPTURE = 'rupture-par-employeur';

/** The employer as the one who would stop the contract ("mon patron peut arrêter mon contrat ?"): its rupture answers. */
const EMPLOYER_ACTS = /\b(?:patron|patronne|employeur|employeuse|boss|chef|entreprise)\b(?: \S+){0,2}? (?:peut|peuvent|veut|veulent|va|pourrait|a le droit|compte)\b/;

/** The entries on a work accident and on sick leave (pay during the leave is in them). */
const INJURY_ENTRIES: ReadonlySet<string> = new Set(['accident-travail', 'arret-maladie']);

/** A contract broken by the employer. */
const BROKEN_BY_EMPLOYER = /\b(?:(?:ma|me|m|a|la|le|l|suis|se|fait|ete|etre|il|elle|on|veut) (?:vire|viree|virer|renvoye|renvoyee|renvoyer|jete|jetee)|licencie|licenciee|licencier|licenciement|(?:me|nous|se|s) en separer|(?:me|nous|se) separer (?:de|d) (?:mon|ma|notre|son|sa|le|la|l|cet|cette|ce) ?(?:apprenti|apprentie|alternant|alternante)|rompu|rompue|rompre|rupture|mis fin|met fin|arrete mon contrat|casse mon contrat|contrat (?:est |a ete )?(?:annule|annulee|resilie|resiliee|arrete|stoppe))\b/;
/**
 * Leaving school, not a contract: "elle veut arrêter le lycée pour un apprentissage", "je veux quitter la seconde" is
 * a lycéen's change of path (the entry on leaving the lycée général), never the rupture of an apprenticeship.
 */
const SCHOOL_LEFT = '(?! (?:le |la |l |les |mon |ma |son |sa )?(?:lycee|college|ecole|seconde|2nde|premiere|1e|1ere|terminale|fac|etudes|bac general)\\b)';
/** The apprentice's own wish to leave. */
const LEAVING = new RegExp(`\\b(?:(?:veux|veut|voudrais|voudrait|veulent|envie d|compte|pense|peut|peux|pourra|pourrait|s il|si il|si elle|si je) (?:l )?(?:arreter|arrete|quitter|quitte|lacher|abandonner|stopper)\\b${SCHOOL_LEFT}|demissionn\\w*|demission|(?:arreter|quitter|lacher|abandonner) (?:mon|son|sa|ma|l|le|la) ?(?:apprentissage|contrat|alternance|patron|patronne|entreprise|boite|formation))\\b`);

const EVENTS: readonly StoryEvent[] = [
  {
    // The contract ends, told either way; the rupture entries answer both (how to leave, what comes after):
    // - broken by the employer: "ma patronne m'a viré", "on m'a renvoyé", "il a rompu mon contrat", "mon patron a mis
    //   fin à mon contrat", "licenciée", "mon contrat est annulé / résilié" (a bare "vire" is also a town: it takes who
    //   did it or to whom), or asked by the employer: "je peux le virer ?", "le licencier", "m'en séparer";
    // - the apprentice's own wish to leave: "mon fils veut arrêter son apprentissage", "je veux quitter mon patron",
    //   "s'il arrête, il reste au CFA ?", "démissionner" (not the pay grid that an age beside it reads).
    // Told by the employer's side, the contract broken has one entry for every side: the employer's rupture.
    name: 'rupture',
    told: BROKEN_BY_EMPLOYER,
    toldAlso: dismissedTold,
    about: (entry) => entry.category === 'rupture',
    byDefault: EMPLOYER_RUPTURE,
  },
  {
    // Round 33: the apprentice's own wish to leave ("mon fils veut arrêter son apprentissage") is never the employer's
    // rupture, though the matcher may read it best: that answer says what the employer may do, not how to leave. It
    // is when the employer is the one who would stop it: named so, or the speaker ("on peut arrêter le contrat ?"
    // asked by an employer).
    name: 'leaving',
    told: LEAVING,
    about: (entry, u, side) => entry.category === 'rupture' && (entry.id !== EMPLOYER_RUPTURE || side === 'employeur' || EMPLOYER_ACTS.test(u.normalized)),
    notWhen: (u) => u.facts.status !== undefined && AT_SCHOOL.has(u.facts.status),
  },
  {
    // "je me suis blessé au taf", "accident au boulot", "je me suis fait mal en allant au travail", "il s'est coupé".
    name: 'injury',
    told: /\b(?:blesse|blessee|blesser|blessure|accident|accidente|fait mal|(?:me|se) (?:suis|est) (?:coupe|coupee|brule|brulee|casse|cassee|tordu|tordue)|entorse|fracture)\b/,
    about: (entry) => INJURY_ENTRIES.has(entry.id),
  },
];

/**
 * "ma patronne m'a viré, je peux rester au CFA ?", "blessé sur le chantier, il est payé pendant l'arrêt ?": the event
 * the person tells of their story chooses among the readings, so the entry about that event (continuing after a
 * rupture, the work accident) answers before an entry or a topic that only shares the question's words (starting at
 * the CFA without an employer, the pay grid for "payé"). The best entry about the event the FAQ matcher found, if it
 * reads the message at all (EVENT_ENTRY_MIN).
 */
export function entryOfToldEvent(u: Understanding, known: Parameters<typeof speakerSide>[1] = {}): string | undefined {
  // "je peux rompre le contrat de mon apprenti ?": the entry about the event written for the speaker's side first
  // (the employer's rupture, not the apprentice's way out).
  const side = speakerSide(u, known);
  const told = withoutTownNamed(u);
  for (const event of EVENTS) {
    if (!(event.told.test(told) || event.toldAlso?.(told) === true) || event.notWhen?.(u) === true) continue;
    const about = u.faq.filter((h) => event.about(h.entry, u, side) && h.probability >= EVENT_ENTRY_MIN);
    // "peut-il rompre son contrat seul ?": the holder breaks it, not the employer: the apprentice's rupture
    // (own-rupture-asked.ts, round 28), whatever entry its few words lean to (the employer's, leaving after the diploma).
    if (event.name === 'rupture' && side !== 'employeur' && ownRuptureAsked(told)) return OWN_RUPTURE_ENTRY;
    const forSide = (h: { entry: FaqEntry }): boolean => side !== undefined && h.entry.audience?.includes(side) === true;
    // The best reading is written for another side ("je peux rompre son contrat ?" read as the apprentice's
    // resignation): the entry about the event for the speaker's side, even read more weakly, or the event's default
    // when it is for that side; else the best reading, as before.
    const notForSpeaker = side !== undefined && about.length > 0 && !about.some(forSide) && about[0]?.entry.audience !== undefined;
    const weakerForSide = notForSpeaker ? u.faq.find((h) => event.about(h.entry, u, side) && forSide(h)) : undefined;
    const hit = about.find(forSide) ?? weakerForSide ?? about[0];
    // Round 30: let go by the employer ("on m'a renvoyé", "il veut plus de moi"), the apprentice's own way out
    // ("tu peux partir sans raison") is not their case: the employer's rupture, written for them too.
    // An entry read surely for a question of its own ("on m'a viré, je peux rester au CFA ?") still answers it.
    if (event.byDefault !== undefined && dismissedTold(told) && (hit === undefined || OWN_WAY_OUT.has(hit.entry.id) || hit.probability < FAQ_GUESS)) return event.byDefault;
    if (hit !== undefined) return hit.entry.id;
    if (event.byDefault !== undefined && !u.faq.some((h) => h.probability >= FAQ_GUESS)) return event.byDefault;
  }
  return undefined;
}

/** The words before an auxiliary "a" ("il m'a", normalised "il me a"; "on l'a"; "qui a"; "le patron a"). */
const AUXILIARY_SUBJECT = 'm|l|t|me|te|se|le|la|lui|nous|vous|les|leur|il|elle|on|qui|ca|patron|patronne|chef|employeur';

/**
 * The message without the town it names after a word of place: "un patron boulanger à Vire" says where, not that
 * someone was fired ("a vire" once accents are gone). A town read from the verb itself ("il m'a viré") has no such word
 * before it and stays.
 */
function withoutTownNamed(u: Understanding): string {
  const span = u.commune?.span;
  if (span === undefined || span.length === 0) return u.normalized;
  // "m'a viré", "il l'a viré": "a" after a pronoun is the verb's auxiliary, not "à".
  return u.normalized.replace(new RegExp(`(?<!\\b(?:${AUXILIARY_SUBJECT}) )\\b(?:a|au|de|du|vers|pres de|sur|dans|autour de|cote de) ${escapeRegExp(span)}\\b`, 'g'), ' ');
}
