import type { Route, RoutingInput } from './route.js';
import { deviceAidAsked, NO_DEVICE_AID_LEAD } from './device-aid.js';

/**
 * What a trainee buys for the training: a tool case, knives, work clothes, safety shoes, a laptop, the material
 * ("caisse à outils", "mallette de couteaux", "tenue de cuisine", "chaussures de sécu", "un ordi portable").
 * "outils" alone stays out when it means the online tools ("des outils pour trouver un patron").
 */
const TRAINING_GEAR = new RegExp(
  [
    String.raw`\b(?:caisse|boite|mallette|malette|valise|trousse|sacoche) (?:a|d|de) (?:outils?|couteaux|coiffure|maquillage|esthetique|cuisine)\b`,
    String.raw`\boutils\b(?! (?:en ligne|numeriques?|internet|pour (?:trouver|chercher|simuler|calculer|s orienter|choisir)))`,
    String.raw`\b(?:outillage|couteaux|mallette|malette|tenue|tenues|uniforme|uniformes|blouse|blouses|bleu de travail|bleus de travail|epi|ordi|ordinateur|pc portable|laptop|tablette)\b`,
    String.raw`\b(?:vetements?|habits|chaussures?|godasses|gants|lunettes|casque) (?:de |pour (?:le |la )?)?(?:travail|taf|boulot|securite|secu|protection|cuisine|chantier|atelier)\b`,
    String.raw`\b(?:mon|le|du|son|ton|leur|notre|votre|mes|les|ses|tes) (?:premier )?(?:materiel|equipement|equipements)\b|\bpremier equipement\b`,
  ].join('|'),
);

/** Whether the message names a thing bought for the training (a tool case, knives, work clothes, a laptop…). */
export function namesTrainingGear(normalized: string): boolean {
  return TRAINING_GEAR.test(normalized);
}

/** The cost of it asked as help or as who pays: an aid, a reimbursement, someone who pays or helps. */
const HELP_TO_PAY =
  /\b(?:aide|aides|aider|aide moi|m aide|aidee?s?|prime|primes|rembourse\w*|pris en charge|prise en charge|prend en charge|prennent en charge|financ\w*|subvention\w*|qui (?:paie|paye|payera|va payer|doit payer))\b/;

const GEAR_ENTRY = 'equipement-hebergement-repas';
/** The aid that pays the first equipment: a message naming it is answered by this entry too. */
const GEAR_AID = 'opco-frais-annexes';

/**
 * "faut que j'achète une caisse à outils pour mon CAP, y a une aide ?", "mes chaussures de sécu pour le CFA c'est
 * remboursé ?", "un ordi portable pour la formation, qui paie ?": an aid asked by the thing to buy. Its answer is the
 * first-equipment support (the OPCO, up to 500 € through the CFA), led by its sentence on the equipment; not the
 * trade or diploma named beside it ("pour mon CAP cuisine"), nor the list of every aid. Another aid named keeps its
 * card (the Région's ended equipment aid says it ended).
 */
export function trainingGearAid(input: RoutingInput): Route | undefined {
  const u = input.understanding;
  if (u.kind !== 'text') return undefined;
  // A laptop, a tablet, a phone: no aid of ours buys one; the first equipment is given as the closest (device-aid.ts).
  const device = deviceAidAsked(u.normalized);
  if (!device && (!TRAINING_GEAR.test(u.normalized) || !HELP_TO_PAY.test(u.normalized))) return undefined;
  if (u.aid !== undefined && u.aid.id !== GEAR_AID) return undefined;
  if (!input.hasFaqEntry(GEAR_ENTRY)) return undefined;
  return device ? { kind: 'faq_entry', id: GEAR_ENTRY, focus: ['@gear'], lead: NO_DEVICE_AID_LEAD } : { kind: 'faq_entry', id: GEAR_ENTRY, focus: ['@gear'] };
}
