/*
 * An aid to buy a personal device — a laptop, a tablet, a phone — is written in none of our sources. The nearest thing
 * we hold is the OPCO's first equipment, which pays what the CFA asks for the training (tools, clothes, sometimes the
 * material), not a device of one's own. Given alone, that entry read as "yes, the OPCO pays your laptop". So: we say
 * plainly that we have no such aid, with the free line and a callback, and offer the first equipment as the closest,
 * clearly named so (unknown_detail.no_device_aid as the lead of the entry).
 */

/** A personal device: a computer, a tablet, a phone. */
const DEVICE = /\b(?:ordi|ordis|ordinateur|ordinateurs|pc|laptop|macbook|mac|tablette|tablettes|ipad|telephone|smartphone|iphone|portable|imprimante)\b/;
/** Its purchase asked as help: an aid, a reimbursement, someone who pays, a financing. */
const HELP_TO_BUY =
  /\b(?:aide|aides|aider|prime|primes|rembourse\w*|pris en charge|prise en charge|prend en charge|prennent en charge|financ\w*|subvention\w*|qui (?:paie|paye|payera|va payer|doit payer)|bon d achat|cheque)\b/;
/** The line's number or a call: "un téléphone" there is the line's, not a device ("une aide par téléphone"). */
const BY_PHONE = /\b(?:par|au|le|un numero de|numero de) telephone\b(?! portable)|\bnumeros? (?:de )?(?:portable|tel|telephone)\b|\bappel\w*\b/;

/**
 * "y a une aide pour acheter un ordi portable ?", "ma tablette pour le CFA c'est remboursé ?": a device's purchase asked
 * as help (see the module's comment). The first-equipment rule (training-gear.ts) then leads its entry with "no such aid".
 */
export function deviceAidAsked(normalized: string): boolean {
  return DEVICE.test(normalized) && HELP_TO_BUY.test(normalized) && !BY_PHONE.test(normalized);
}

/** The lead that says we have no aid for a device, before the first equipment offered as the closest. */
export const NO_DEVICE_AID_LEAD = { key: 'unknown_detail.no_device_aid' } as const;
