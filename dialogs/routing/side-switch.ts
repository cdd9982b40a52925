import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { Side } from '../../src/knowledge/schema/vocabulary.js';
import type { Route, RoutingInput } from './route.js';

/** Words naming each side of a subject, as the person names the other party. */
const SIDE_WORDS: ReadonlyArray<readonly [Side, string]> = [
  ['employeur', '(?:employeur|employeurs|patron|patronne|patrons|entreprise|entreprises|boite|boites|maitre d apprentissage|maitresse d apprentissage|tuteur|tutrice|recruteur|recruteurs|societe)'],
  ['famille', '(?:parents|famille|pere|mere)'],
  ['apprenti', '(?:apprenti|apprentie|apprentis|alternant|alternante|alternants|jeune|jeunes|salarie|salariee|eleve)'],
];
const DETERMINER = '(?:le |la |l |les |mon |ma |mes |notre |nos |son |sa |ses |leur |leurs |un |une |des |ton |ta |tes |votre |vos |)(?:futur |future |futurs |futures |eventuel |eventuelle |)';
/** "et pour", "et côté", "du côté de", "qu'en est-il pour", "ça change quoi pour". */
const HEAD = '^(?:(?:et|mais|ok|d accord|alors|du coup|merci) )*(?:pour|cote|du cote de|du cote du|du cote des|de la part de|qu en est il pour|en est il de meme pour|ca change quoi pour|ca donne quoi pour|quid de|quid du)';
/** A short tail that asks nothing else: "…, ça change quoi ?", "… alors ?", "… aussi ?". */
const TAIL = '(?: (?:alors|du coup|aussi|ca change quoi|ca donne quoi|il y a quoi|y a quoi|ya quoi|ca se passe comment|qu est ce que ca change|c est pareil|pareil|il a droit a quoi|elle a droit a quoi|ils ont droit a quoi|des aides|quelles aides))?$';
/** "et mon futur employeur, il a droit à quoi ?", "et l'entreprise, elle touche quelque chose ?". */
const NAMED_THEN_ASKED = '^(?:(?:et|mais|ok|alors) )+';
const ASKED_OF_THEM = ' (?:il|elle|ils|elles) (?:a droit a quoi|ont droit a quoi|a des aides|ont des aides|touche quelque chose|touchent quelque chose|touche quoi|touchent quoi|y gagne quoi|y gagnent quoi|a quoi|a une aide|a un truc)$';

const SWITCHES: ReadonlyArray<readonly [Side, RegExp]> = SIDE_WORDS.flatMap(([side, words]) => [
  [side, new RegExp(`${HEAD} ${DETERMINER}${words}${TAIL}`)] as const,
  [side, new RegExp(`${NAMED_THEN_ASKED}${DETERMINER}${words}${ASKED_OF_THEM}`)] as const,
]);

/** The side a short "et pour mon futur employeur ?" asks about, if the message is only that. */
export function sideAskedFor(normalized: string): Side | undefined {
  return SWITCHES.find(([, pattern]) => pattern.test(normalized))?.[0];
}

/** The FAQ category whose subject is a side's own business: its entries answer that side already. */
const SUBJECT_OF_SIDE: Partial<Record<Side, string>> = { employeur: 'employeur' };

/** The sides an entry is written for (every side when it says none). */
const sidesOf = (entry: FaqEntry): readonly Side[] => (entry.audience === undefined || entry.audience.includes('tous') ? ['apprenti', 'famille', 'employeur'] : entry.audience);

/**
 * "et pour mon futur employeur ?" right after the entry on apprenticeship with a disability, "et pour l'employeur ?"
 * after the rupture rules of the apprentice, "et côté parents ?" after an employer's entry: the person asks the SAME
 * subject from another party's side. The answer is the entry of the same subject (its FAQ category) written for that
 * side only — the other side's entry the knowledge marks with its `audience` — not the last answer again nor an entry
 * its words happen to read. Nothing when the last answer is already for that side or the subject has no such entry.
 */
export function sideSwitchAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'faq' || data.lastFaq === undefined) return undefined;
  const side = sideAskedFor(u.normalized);
  if (side === undefined) return undefined;
  const last = input.faqEntry?.(data.lastFaq);
  // An entry for that side already, or on that side's own subject (the employer's steps, the maître d'apprentissage).
  if (last === undefined || last.audience?.includes(side) || last.category === SUBJECT_OF_SIDE[side]) return undefined;
  const candidates = (input.faqEntries?.() ?? []).filter(
    (e) => e.id !== last.id && e.category === last.category && e.audience !== undefined && !e.audience.includes('tous') && e.audience.includes(side),
  );
  // The entry the last one names as related first, then the one written for that side alone.
  const ranked = [...candidates].sort((a, b) => rank(b, last) - rank(a, last));
  const chosen = ranked[0];
  return chosen === undefined ? undefined : { kind: 'faq_entry', id: chosen.id };
}

const rank = (entry: FaqEntry, last: FaqEntry): number =>
  (last.related.includes(entry.id) || entry.related.includes(last.id) ? 2 : 0) + (sidesOf(entry).length === 1 ? 1 : 0);
