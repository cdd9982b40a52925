import type { Route, RoutingInput } from './route.js';
import { FAQ_GUESS } from './thresholds.js';

/** The State's hiring aid for an apprentice, whichever year's version the message or the last answer names. */
const HIRING_AID = /^aide-embauche-apprenti/;
/** What becomes of the hiring aid when the contract stops early (knowledge: faq.yaml). */
const AID_AFTER_RUPTURE = 'aide-embauche-rupture';

/**
 * The aid's fate asked: whether it stops, goes on, is kept or lost, or must be paid back ("elle s'arrête ?", "je la
 * garde ?", "on doit la rembourser ?", "elle est encore versée ?", "ça saute ?").
 */
const FATE_ASKED =
  /\b(?:s arrete|s arretera|s arreter|arrete|arretee|stoppe|stoppee|coupee|coupe|continue|continuera|continuer|garde|garder|gardons|gardez|perds|perd|perdre|perdons|perdez|rembourser|rembourse|remboursee|rendre|rends|rend|reverser|reverse|tombe|saute|suspendue|maintenue|supprimee|annulee|trop percu|encore (?:versee|due|payee|touchee)|toujours (?:versee|due|payee|touchee)|va s arreter|est finie|c est fini)\b|\b(?:que devient|qu advient il de|se passe (?:pour|avec)|il se passe quoi (?:pour|avec)|ca donne quoi pour|ca fait quoi pour) (?:l |le |la |les |mon |ma |mes |notre |nos |cette |cet )?(?:aide|aides|prime|primes|subvention)\b/;
/** The aid named in words: "l'aide", "la prime", "l'aide à l'embauche", "les 5000 €". */
const AID_WORD = /\b(?:aide|aides|prime|primes|subvention|financement)\b/;
/**
 * The contract stopping, told in the message: a rupture, a resignation, a dismissal, the apprentice gone or no longer
 * coming.
 */
const CONTRACT_STOPS =
  /\b(?:rupture|rompu|rompue|rompre|romps|rompt|demission|demissionne|demissionnee|demissionner|parti|partie|part|partir|s en va|s en est alle|quitte|quitter|abandon|abandonne|licencie|licenciee|licenciement|licencier|virer|vire|viree|fin du contrat|contrat (?:s arrete|arrete|fini|termine|prend fin|a pris fin)|(?:contrat|apprentissage|alternance)(?: (?:de|d) (?:mon|ma|notre|son|sa|l|le|la) (?:apprenti|apprentie|alternant|alternante))? (?:se|s) (?:arrete|termine|finit)|(?:ne )?vient plus|disparu|disparue)\b/;

/**
 * "et l'aide à l'embauche que je touche, elle s'arrête ?", "si mon apprenti démissionne, je garde la prime ?", "on doit
 * rembourser l'aide s'il part ?": an employer asks what becomes of the hiring aid when the contract stops — the entry
 * on the aid after a rupture (it stops from the month after, months worked stay due, any overpayment is repaid), not
 * the whole barème again. The contract's stop is told in the message, or it is what the last answer was about (a
 * rupture, an apprentice who stays away). A young person or a parent asks of their own aids, not the employer's.
 */
export function aidAfterRuptureAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || !input.hasFaqEntry(AID_AFTER_RUPTURE)) return undefined;
  if (!FATE_ASKED.test(u.normalized)) return ruptureSupposedOfAidInView(input);
  const persona = u.facts.persona ?? data.profile.persona;
  if (persona === 'jeune' || persona === 'parent') return undefined;
  if (data.lastFaq === AID_AFTER_RUPTURE) return undefined;
  const hiringAid = u.aid !== undefined ? HIRING_AID.test(u.aid.id) : AID_WORD.test(u.normalized) && (persona === 'employeur' || aidInView(data) || readSurely(u));
  if (!hiringAid) return undefined;
  const stops = CONTRACT_STOPS.test(u.normalized) || ruptureInView(input);
  return stops ? { kind: 'faq_entry', id: AID_AFTER_RUPTURE } : undefined;
}

/**
 * Round 33: "si le contrat est rompu au bout de 4 mois, je dois rembourser l'aide ?" said by no one named: the matcher
 * reads the aid after a rupture surely (an apprentice's own aids are not paid back when the contract stops, so no
 * other entry answers that question), and the persona is not needed to know whose aid it is.
 */
function readSurely(u: RoutingInput['understanding']): boolean {
  const best = u.faq[0];
  return best !== undefined && best.entry.id === AID_AFTER_RUPTURE && best.probability >= FAQ_GUESS;
}

/**
 * Round 33: "et si le contrat est rompu au bout de 4 mois ?" right after the hiring aid's card: the contract stopping,
 * supposed of the aid in view, asks what becomes of it (the aid is the subject in view, its fate the question).
 */
const SUPPOSED = /^(?:et |mais |euh |bon )?(?:si|s il|s ils|s elle|en cas de|au cas ou)\b/;
function ruptureSupposedOfAidInView(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  if (u.kind !== 'text' || data.lastTopic !== 'aids' || !aidInView(data) || !input.hasFaqEntry(AID_AFTER_RUPTURE)) return undefined;
  const persona = u.facts.persona ?? data.profile.persona;
  if (persona === 'jeune' || persona === 'parent' || u.aid !== undefined) return undefined;
  if (!SUPPOSED.test(u.normalized) || !CONTRACT_STOPS.test(u.normalized)) return undefined;
  return { kind: 'faq_entry', id: AID_AFTER_RUPTURE };
}

/** The last answer showed the hiring aid. */
const aidInView = (data: RoutingInput['data']): boolean => data.lastAid !== undefined && HIRING_AID.test(data.lastAid);

/** The last answer was about the contract stopping: an entry of the rupture category. */
function ruptureInView(input: RoutingInput): boolean {
  const last = input.data.lastFaq;
  if (last === undefined || input.data.lastTopic !== 'faq') return false;
  return input.faqEntry?.(last)?.category === 'rupture';
}
