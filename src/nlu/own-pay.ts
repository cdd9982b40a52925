import type { Cues } from './cues.js';

/*
 * The pay the person says they (or their child) earn, and the words that tell one speaks of it (the cues ownPay and
 * payFigure use them): one fact of the Understanding, read once here, that the pay
 * comparison, the aids and the profile all use. "je gagne 800 € par mois", "elle touche 900 euros", "mon salaire est de
 * 1 000 € brut", "on me paie 500 par mois, c'est normal ?", "mon patron me verse 650 € net". Not "je touche 500 €
 * d'aide", where the sum is the aid's.
 */

/** The pay the message says is the person's own. */
export interface OwnPayTold {
  /** The figure, in euros. */
  amount: number;
  /** Said net ("net", "nette"); gross or unsaid otherwise. */
  net: boolean;
  /** Said gross ("brut"). */
  gross: boolean;
  /** The period said with it, when said ("par mois", "de l'heure", "par an"). */
  per?: 'month' | 'hour' | 'year';
}

/** Words of one's own pay: a payslip, someone paying "me", "je touche", "mon salaire". */
const OWN_PAY = /\b(?:fiche|bulletin|feuille) de (?:paie|paye|salaire)\b|\b(?:me|nous|le|la) (?:paie|paye|payent|paient|verse)\b|\bje (?:touche|gagne|percois|suis paye|suis payee)\b|\b(?:mon|ma|son) (?:salaire|paie|paye)\b/;
/**
 * Pay told as an amount the employer gives or the apprentice receives ("mon patron me donne 900 € net", "son patron
 * lui verse 600 €", "elle touche 700 € par mois"): someone hands money to a person (a pay verb after an object
 * pronoun, or an employer as the giver), someone other than the speaker receives it, or the sum is said gross, net
 * or monthly, as only a pay is. The State, the Region or the CAF as the giver make it an aid claim instead.
 */
const PAY_AMOUNT =
  /\b(?:me|te|lui|nous|vous|leur|m|t)\s+(?:donne|donnent|verse|versent|paie|paye|payent|paient|file|filent|fout)\b|\b(?:patron|patronne|employeur|boss|entreprise|boite|maitre de apprentissage)\s+(?:(?:me|te|lui|nous|vous|leur)\s+)?(?:donne|verse|paie|paye|file)\b|\b(?:il|elle|on|tu|vous|ils|elles)\s+(?:touche|touchent|touchez|gagne|gagnent|gagnez|percoit|percoivent|est paye|est payee|sont payes)\b(?:\s+\S+){0,2}?\s+\d|\d+(?:\s+\d{3})*(?:\s+(?:euros?|e|eur))?\s+(?:brut|bruts|net|nets|par mois|\/mois|mensuel)\b/;
/** A salary with its figure, or a pay verb of someone's ("je touche", "il gagne"), whatever else the message names. */
const PAY_FIGURE = /\b(?:salaire|paie|paye|remuneration) (?:de |d |a |net de |brut de )?\d|\b(?:je|il|elle|on|tu|vous|ils|elles) (?:touche|touchent|touchez|gagne|gagnent|gagnez|percois|percoit|percoivent)\b/;
/** "6000 € d'aide", "500 euros de prime": the sum is an aid's, not a pay. */
const SUM_OF_AID = /\d+ (?:euros? |e |eur )?(?:de |d )(?:aide|aides|prime|primes|allocation|allocations)\b/;

/** The message speaks of one's own pay (the cue `ownPay`, before its exceptions): a sum given as an aid's is not. */
export function ownPayWords(normalized: string, namesAnAid: boolean): boolean {
  return OWN_PAY.test(normalized) || (PAY_AMOUNT.test(normalized) && !namesAnAid);
}

/** The message gives a pay figure or someone's pay verb (the cue `payFigure`, before its exceptions). */
export function payFigureWords(normalized: string): boolean {
  return OWN_PAY.test(normalized) || PAY_FIGURE.test(normalized);
}

/** "6000 € d'aide": the sum told is an aid's. */
export function sumOfAid(normalized: string): boolean {
  return SUM_OF_AID.test(normalized);
}

/** A figure tied to a pay verb or a pay word: "je gagne 800", "mon salaire est de 1000", "elle touche environ 900". */
const FIGURE_TOLD = /\b(?:(?:je|il|elle|on) (?:gagne|touche|percois|percoit|suis paye|suis payee|suis paie|est paye|est payee|est paie)|(?:mon|son|ma|sa) (?:salaire|paie|paye|remuneration)(?: net| brut)? (?:est de|de|fait|c est|a))\s+(?:environ |a peu pres |genre |que |seulement |juste )?(\d+)\b(?!\s*(?:euros?|e|eur)?\s*(?:de|d) (?:aide|aides|prime|primes|allocation|allocations|bourse|cej)\b)/g;
/** A sum in euros: "650 €", "900 euros". */
const EUROS = /\b(\d{2,6}) ?(?:euros?|e)\b/;
/** A sum of money in figures without its euro sign ("on me paie 500 par mois"): not an age, hours, kilometres. */
const BARE_SUM = /\b(\d{3,4})(?:[.,]\d{1,2})?\b(?! ans\b| heures?\b| h\b| km\b)/;
const NET = /\bnet(?:s|te|tes)?\b/;
const GROSS = /\bbrut(?:s|e|es)?\b/;
const PER_MONTH = /\b(?:par mois|\/mois|mensuel|mensuels|le mois|chaque mois|tous les mois)\b/;
const PER_HOUR = /\b(?:de le heure|de l heure|par heure|\/h|la heure|l heure|de heure|brut de l heure|net de l heure)\b/;
const PER_YEAR = /\b(?:par an|par annee|annuel|annuels|a le annee|a l annee)\b/;

/** The figures the message ties to the person's own pay by a pay verb or word ("je gagne 800", "mon salaire est de 1000"). */
export function payFiguresTold(normalized: string): number[] {
  return [...normalized.matchAll(FIGURE_TOLD)].map((m) => Number(m[1]));
}

/**
 * The pay told as the person's own: a figure tied to a pay verb, or (when the cues read one's own pay) the sum in euros
 * or the bare sum of the message. Undefined when no figure is told, or the sum is an aid's.
 */
export function ownPayTold(normalized: string, cues: Pick<Cues, 'ownPay'>): OwnPayTold | undefined {
  const figure = payFiguresTold(normalized)[0];
  let amount = figure;
  if (amount === undefined && cues.ownPay && !sumOfAid(normalized)) {
    const euros = EUROS.exec(normalized);
    const bare = BARE_SUM.exec(normalized);
    amount = euros ? Number(euros[1]) : bare ? Number(bare[1]) : undefined;
  }
  if (amount === undefined) return undefined;
  const per = PER_HOUR.test(normalized) ? 'hour' : PER_MONTH.test(normalized) ? 'month' : PER_YEAR.test(normalized) ? 'year' : undefined;
  return { amount, net: NET.test(normalized), gross: GROSS.test(normalized), ...(per ? { per } : {}) };
}
