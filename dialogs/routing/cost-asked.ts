/**
 * What the training costs the one who asks: the employer's costs for an employer naming the school, the free
 * training for anyone else; and the words of a sum asked of the person (fees, a bill, a registration), which are a
 * cost and never an aid they heard of.
 */
import { namesTransportThing } from '../../src/nlu/cues.js';
import type { Reading } from './readings.js';
import type { RoutingInput } from './route.js';
import { CLEAR_TRADE, READING_MARGIN } from './thresholds.js';

/** A sum asked of the person: fees, a bill, a registration, what something costs them. */
export const COST_ASKED = /\b(?:frais|facture|facturent|demande|demandent|reclame|reclament|coute|coutent|inscription|cotisation)\b/;

/** The words of a course or a school: what the employer pays for is then the training, not the apprentice. */
const SCHOOL_WORDS = /\b(?:cfa|ecole|formation|formations|cours|inscription|etudes|scolarite)\b/;

/**
 * The FAQ entry on what training costs the one who asks whether they must pay: the employer's costs for an employer
 * naming the school (or the training), the free training for anyone else; none for an employer who does not.
 */
export function trainingCostEntry(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (!u.cues.asksWhatToPay || u.aid !== undefined || (u.trade && u.trade.score >= CLEAR_TRADE)) return undefined;
  const persona = u.facts.persona ?? input.data.profile.persona;
  if (persona === 'employeur') return SCHOOL_WORDS.test(u.normalized) && input.hasFaqEntry('cout-apprenti-employeur') ? 'cout-apprenti-employeur' : undefined;
  return input.hasFaqEntry('formation-gratuite') ? 'formation-gratuite' : undefined;
}

/**
 * "faut payer pour aller au cfa ?": whether one must pay, with the CFA as where one goes, reads an entry on the trip
 * just ahead of the training's cost ("aller au"); no way of travelling named (a bus, fuel, the train), the
 * cost asked is the training's. Only when that entry is within a clear lead of the training's own.
 */
export function trainingCostBesideLead(input: RoutingInput, leading: readonly Reading[]): string | undefined {
  const id = trainingCostEntry(input);
  const lead = leading[0];
  if (id === undefined || lead?.kind !== 'faq' || lead.id === id || namesTransportThing(input.understanding.normalized)) return undefined;
  const own = leading.find((r) => r.kind === 'faq' && r.id === id);
  return own !== undefined && lead.score - own.score < READING_MARGIN ? id : undefined;
}

/** What something costs: "ça me coûte combien", "ça revient cher", "le coût". */
const COSTS = /\b(?:coute|coutent|couter|coutera|couterait|cout|couts|revient|reviendra|reviendrait|cher|chere)\b/;

/** Whom the cost is for, named: "pour une petite entreprise", "à l'employeur", "pour notre société", "à mon patron". */
const FOR_THE_EMPLOYER = /\b(?:pour|a|au) (?:une |la |le |l |mon |ma |notre |nos |son |sa |leur )?(?:petite |grande |jeune )?(?:entreprise|entreprises|boite|societe|tpe|pme|structure|employeur|employeurs|patron|patronne|artisan|commercant|commerce|garage|salon|restaurant)\b/;

/**
 * "je veux prendre un apprenti en CAP, ça me coûte cb ?", "un apprenti ça revient cher à une TPE ?": an employer (said,
 * or read from a question about hiring aids) asking what an apprentice costs them, and naming no aid: the entry on
 * the employer's costs (the pay, the training paid by the OPCO, the 750 € share from bac+3, the aid and exemptions
 * that lower it), not the list of hiring aids the classifier leads with (review 18, E6). The employer's own trade
 * ("je suis plombier") is who asks, not a subject. With an age or a year told, the cost asked is the pay (salary).
 */
export function employerCostAsked(input: RoutingInput): boolean {
  const u = input.understanding;
  if (u.kind !== 'text' || u.aid !== undefined || u.cues.aidWord || !COSTS.test(u.normalized)) return false;
  // "ça me coûte combien un apprenti de 18 ans ?": with an age or a contract year told, the cost asked is the pay.
  if (u.facts.age !== undefined || u.facts.ageBand !== undefined || u.facts.contractYear !== undefined) return false;
  const persona = u.facts.persona ?? input.data.profile.persona;
  const employer = persona === 'employeur' || (persona === undefined && (u.intent === 'employer_aids' || FOR_THE_EMPLOYER.test(u.normalized)));
  return employer && input.hasFaqEntry('cout-apprenti-employeur');
}
