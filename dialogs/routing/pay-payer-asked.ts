import { ownWordStems } from '../support/answer-words.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import type { RoutingInput } from './route.js';
import { asksWhoPaysTraining } from './training-payer-asked.js';

/** The entry saying who pays the apprentice's salary: the employer, not the CFA nor the State. */
export const PAY_PAYER_ENTRY = 'salaire-verse-par-employeur';

/**
 * Who pays, asked: "qui me paie ?", "c'est versé par qui ?", "c ki ki paye ?", "qui va me verser l'argent ?",
 * "c'est le cfa ou le patron qui paie ?". "qui" here is the payer, never the bot's identity ("qui es-tu").
 */
const WHO_PAYS = /\b(?:qui|ki)(?: est ce qui| ce est qui| qui| ki)? (?:(?:me|te|le|la|lui|nous|vous|les|l|m|t|va|vas|doit|doivent|est ce qui) ){0,2}(?:paie|paye|payer|paient|payent|paiera|payera|verse|versera|verser|versent|donne|donnera|file|finance)\b|\b(?:verse|versee|verses|paye|payee|paie|payes|paies|paye|finance|donne)s? par qui\b|\b(?:cfa|ecole|etat|region|patron|employeur|entreprise) ou (?:le |la |l )?(?:cfa|ecole|etat|region|patron|employeur|entreprise) qui (?:me |te |le |la |lui )?(?:paie|paye|verse)\b/;
/**
 * The pay named in the message itself: "qui verse le salaire ?", "ma paie c'est qui ?". The verb alone ("qui paye ?")
 * names nothing paid: without a pay in view it stays a question the bot cannot place.
 */
const PAY_NAMED = /\b(?:salaire|salaires|remuneration|fiche de paie|bulletin de paie|(?:la|ma|sa|ta|leur|notre|votre) (?:paie|paye))\b/;
/**
 * Another thing paid ("qui paie la formation ?", "le train, qui paie ?", "qui paie mes chaussures de sécurité ?"):
 * its own entry, not the salary.
 */
const OTHER_THING_PAID = /\b(?:formation|formations|cfa frais|frais|transport|transports|train|bus|essence|permis|logement|hebergement|repas|cantine|materiel|equipement|chaussures|tenue|ordinateur|inscription|examen|aide|aides|prime|stage|mutuelle|heures sup|heures supplementaires|arret|maladie|conges)\b/;
/** At most this many words of its own: "c'est versé par qui ?" and "qui va me payer tous les mois ?" are short. */
const OWN_WORDS_MAX = 6;
/** The pay answers a follow-up may continue: the pay topic and the FAQ's pay entries. */
const PAY_ENTRIES = /^(?:remuneration|salaire|contrat-pro-remuneration)/;

/** A short question of who pays, about no other thing paid than the salary (the context says whose pay it is). */
export function asksWhoPays(u: Understanding): boolean {
  if (u.kind !== 'text') return false;
  const n = u.normalized;
  // "et l'école, qui la paye ?", "le cfa c'est payé par qui ?": the training paid, not the salary (training-payer-asked.ts).
  return WHO_PAYS.test(n) && !OTHER_THING_PAID.test(n) && !asksWhoPaysTraining(n) && ownWordStems(n).length <= OWN_WORDS_MAX;
}

/**
 * "qui me paie ?", "c'est versé par qui ?" right after an answer about the pay (the pay topic, a pay entry), or naming
 * the pay itself anywhere ("qui verse le salaire d'un apprenti ?"): the employer pays (PAY_PAYER_ENTRY). Another thing
 * paid (the training, the transport, the gear) keeps its own entry.
 */
export function payPayerAsked(input: RoutingInput): boolean {
  const u = input.understanding;
  if (!input.hasFaqEntry(PAY_PAYER_ENTRY) || !asksWhoPays(u)) return false;
  if (PAY_NAMED.test(u.normalized)) return true;
  const { lastTopic, lastFaq } = input.data;
  return lastTopic === 'salary' || (lastTopic === 'faq' && lastFaq !== undefined && PAY_ENTRIES.test(lastFaq));
}
