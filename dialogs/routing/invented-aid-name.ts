import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { Aid } from '../../src/knowledge/schema/aid.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import type { RoutingInput } from './route.js';
import { coverageStems } from '../../src/nlu/faq-coverage.js';
import { AID_NAME_HEADS, pluralOfHead } from './aid-name-heads.js';

/**
 * "c'est quoi l'allocation rentrée apprenti ?", "le chèque formation apprenti ça existe ?", "j'ai droit au bonus
 * vacances apprenti ?": an aid asked by a name made of real words (so foreign-aid-name, which reads a word no entry
 * writes, lets it through) that no aid of the knowledge bears and that no FAQ entry writes. Read word by word, the name
 * reached an entry on a similar word (the family allowances for "allocation", the ended regional card for "chèque"),
 * as if that were the aid asked. The name is said unknown, with the free line (unknown_aid_claim), while a real name
 * ("la prime d'activité", "les allocations familiales", "l'aide Mobili-Jeune") keeps its answer.
 *
 * The name is the head word ("prime", "allocation", "chèque", "bonus", "pass", "subvention") and the first
 * word after it that says which (past "de", "d'", and the words any aid of an apprentice could bear: "apprenti",
 * "jeune", "normandie"…). Known when the knowledge writes that head with that word after it, the same way.
 */

/**
 * The heads of an aid's name. "aide" is left out: "une aide pour …", "l'aide de la Région" name no aid of their own;
 * "bourse" too: a "bourse de lycée" or "du Crous" is a real grant our sources do not hold, which the honest "not
 * covered" answers, not "no aid of that name".
 */
const HEADS: ReadonlySet<string> = new Set([...AID_NAME_HEADS, 'carte'].flatMap((h) => [h, pluralOfHead(h)]));

/**
 * Round 31 (review 21 P8): "la carte Atouts Normandie, comment la demande-t-on ?" got the ended Carte Jeunes
 * Apprentis card on the shared word "carte", as if Atouts Normandie had ended. A card is an aid's name only when its
 * name follows the head at once ("carte Atouts", not "la carte des CFA", a map, nor "carte d'identité"), and not one
 * of the everyday cards below, which are documents, means of payment or things, never an aid of apprenticeship.
 */
const CARD_HEADS: ReadonlySet<string> = new Set(['carte', 'cartes']);
const EVERYDAY_CARDS: ReadonlySet<string> = new Set([
  'vitale', 'grise', 'grises', 'bancaire', 'bancaires', 'bleue', 'bleu', 'credit', 'sim', 'postale', 'postales', 'cadeau', 'cadeaux', 'mere',
  'graphique', 'memoire', 'electorale', 'europeenne', 'fidelite', 'blanche', 'verte', 'rouge', 'jaune', 'professionnelle', 'pro', 'btp',
  'identite', 'navigo', 'routiere', 'interactive', 'mentale', 'heuristique', 'physique', 'virtuelle', 'prepayee', 'essence', 'carburant',
  'restaurant', 'ticket', 'tickets', 'scolaire', 'lycee', 'cantine', 'self', 'bibliotheque', 'visa', 'mastercard', 'son', 'reseau', 'wifi',
]);

/** Joining words between the head and the word that says which ("prime d'activité", "allocation de rentrée"). */
const JOINING: ReadonlySet<string> = new Set(['d', 'de', 'du', 'des', 'l', 'le', 'la', 'les', 'a', 'au', 'aux']);

/** Words any aid of apprenticeship could bear: they say which aid only with another word beside them. */
const GENERIC: ReadonlySet<string> = new Set([
  'apprenti', 'apprentie', 'apprentis', 'apprenties', 'apprentissage', 'alternance', 'alternant', 'alternante', 'alternants', 'jeune', 'jeunes',
  'normandie', 'normand', 'normande', 'region', 'regionale', 'regional', 'etat', 'speciale', 'special', 'nouvelle', 'nouveau', 'exceptionnelle',
  'mensuelle', 'annuelle', 'unique', 'employeur', 'employeurs', 'entreprise', 'salarie', 'francaise', 'france', 'nationale', 'officielle',
]);

/** Words that end the name: a verb, a pronoun, a question word ("la prime machin c'est quoi", "le chèque truc existe ?"). */
const ENDS_NAME: ReadonlySet<string> = new Set([
  'c', 'ce', 'ca', 'sa', 'cela', 'est', 'es', 'existe', 'existent', 'qui', 'que', 'quoi', 'quand', 'comment', 'combien', 'pour', 'pr', 'et', 'ou', 'je', 'j',
  'on', 'il', 'elle', 'vous', 'tu', 'me', 'te', 'se', 'si', 'svp', 'stp', 'dont', 'avec', 'sans', 'en', 'y', 'par', 'sur', 'cb', 'cest', 'ne', 'pas',
  'sont', 'sera', 'seront', 'etait', 'a', 'ont', 'peut', 'peuvent', 'doit', 'doivent', 'fait', 'font', 'compte', 'comptent', 'continue', 'continuent',
  'marche', 'marchent', 'reste', 'restent', 'va', 'vont', 'n', 's', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'ses', 'leur', 'leurs',
]);

/**
 * A bonus of the pay, or a way of paying it, from the employer ("une prime de panier", "la prime d'ancienneté", "les
 * primes comptent dans mon salaire ?", "me payer en chèques cadeaux"): no aid, whatever its name; the pay's rules, or
 * the honest "not covered", answer it.
 */
const PAY_BONUS =
  /\b(?:patron|patronne|employeur|boss|chef|entreprise|boite)\b.*\b(?:verse|verser|versee|paie|payer|paye|payee|donne|donner|doit|devrait|verser)\b|\b(?:salaire|paie|paye|fiche de paie|bulletin|conventionnelle|convention collective|brut|net)\b/;
/** Paid with it ("payer en chèques cadeaux", "par chèque emploi service"): a means of payment, not an aid. */
const PAID_WITH = /\b(?:en|par)(?: (?:un|une|des|le|la|les))?$/;

/** A word with its plural and feminine ends taken off: "familiales" and "familiale" are one. */
const root = (w: string): string => w.replace(/(?:es|s|e)$/, '');

/** The word after each head that says which, in a normalised text: head → the roots that follow it. */
function namesWritten(text: string, into: Map<string, Set<string>>): void {
  const words = tokenize(text);
  words.forEach((w, i) => {
    if (!HEADS.has(w)) return;
    const which = whichWord(words, i);
    if (which === undefined) return;
    const head = root(w);
    if (!into.has(head)) into.set(head, new Set());
    into.get(head)!.add(root(which));
  });
}

/** The first word after the head at `i` that says which aid, past joining and generic words; none past the name's end. */
function whichWord(words: readonly string[], i: number, asked = false): string | undefined {
  // The knowledge's own names of cards are read as any name ("la carte d'étudiant des métiers"); a message's, strictly.
  const card = asked && CARD_HEADS.has(words[i]!);
  for (let j = i + 1; j < words.length && j <= i + 4; j++) {
    const w = words[j]!;
    if (ENDS_NAME.has(w) || /^\d+$/.test(w)) return undefined;
    if (card && JOINING.has(w)) return undefined;
    if (JOINING.has(w) || GENERIC.has(w)) continue;
    return card && EVERYDAY_CARDS.has(w) ? undefined : w;
  }
  return undefined;
}

/** Every head and the words the knowledge writes after it, once per knowledge version (its arrays are immutable). */
const writtenCache = new WeakMap<readonly FaqEntry[], Map<string, Set<string>>>();
function knownNames(entries: readonly FaqEntry[], aids: readonly Aid[]): Map<string, Set<string>> {
  const cached = writtenCache.get(entries);
  if (cached) return cached;
  const names = new Map<string, Set<string>>();
  for (const e of entries) namesWritten(normalize([e.title ?? '', ...e.questions, e.answer.tu, e.answer.vous].join(' . ')), names);
  for (const a of aids) namesWritten(normalize([a.title, ...a.keywords, a.summary.tu, a.summary.vous].join(' . ')), names);
  // What an aid of ours is for, in its title or the names people give it ("à l'embauche", "logement", "premier
  // équipement"): a prime or a subvention with that word asks that aid by another name ("la prime à l'embauche"),
  // which the rules after this one answer.
  const subjects = new Set(aids.flatMap((a) => tokenize(normalize([a.title, ...a.keywords].join(' '))).filter((w) => !JOINING.has(w) && !GENERIC.has(w)).map(root)));
  names.set(ANY_HEAD, subjects);
  writtenCache.set(entries, names);
  return names;
}

/** The key of the words an aid of ours is for, whatever the head of the name asked. */
const ANY_HEAD = '*';
/**
 * The heads people put for "aide" in any aid's name ("la prime à l'embauche" is the hiring aid). An allocation, a
 * cheque, a grant or a pass is a thing of its own: "l'allocation logement" is not the housing aid of ours.
 */
const SYNONYMS_OF_AID: ReadonlySet<string> = new Set(['prime', 'primes', 'subvention', 'subventions', 'bonus']);

/**
 * The head and the words after it, as written in the message, up to the word that says which and the generic words
 * right after it ("allocation rentrée apprenti", "chèque formation" of "le chèque formation marche ?").
 */
function nameAsWritten(text: string, head: string, which: string): string | undefined {
  const words = text.split(/\s+/);
  const start = words.findIndex((w) => normalize(w).split(' ').at(-1) === head);
  if (start < 0) return undefined;
  const out: string[] = [words[start]!.replace(/^.*['’]/, '')];
  let whichSeen = false;
  for (const w of words.slice(start + 1, start + 6)) {
    const n = tokenize(normalize(w));
    if (n.length === 0 || n.some((t) => ENDS_NAME.has(t))) break;
    const saysWhich = n.includes(which);
    if (whichSeen && !n.every((t) => GENERIC.has(t) || JOINING.has(t))) break;
    out.push(w.replace(/[?!.,;:]+$/, ''));
    whichSeen ||= saysWhich;
    if (/[?!.,;:]$/.test(w)) break;
  }
  // "la prime des" never ends a name.
  while (out.length > 1 && tokenize(normalize(out.at(-1)!)).every((t) => JOINING.has(t))) out.pop();
  return out.join(' ');
}

const NO_ENTRIES: readonly FaqEntry[] = [];

/**
 * A card's name is a name of its own: written with a capital ("la carte Atouts") or a word no entry writes nor comes
 * a typo near ("la carte atouts"); "une formation à la carte possible ?" is a common word after a common phrase.
 */
function properName(input: RoutingInput, which: string): boolean {
  const capital = input.understanding.text.split(/[^\p{L}\d'’-]+/u).some((w) => /^\p{Lu}/u.test(w) && normalize(w).split(' ').at(-1) === which);
  if (capital) return true;
  const foreign = new Set(input.faqForeign?.() ?? []);
  return coverageStems(which).some((s) => foreign.has(s));
}

/** The name of an aid the knowledge does not hold, as the message writes it (see the module's comment). */
export function inventedAidName(input: RoutingInput): string | undefined {
  const u = input.understanding;
  if (u.kind !== 'text' || u.aid !== undefined || u.unknownAidName !== undefined) return undefined;
  // Without the entries at hand (a routing test's fixture), the aids alone say which names are known.
  const entries = input.faqEntries?.() ?? NO_ENTRIES;
  const words = tokenize(u.normalized);
  const known = knownNames(entries, input.aids);
  for (let i = 0; i < words.length; i++) {
    if (!HEADS.has(words[i]!) || PAY_BONUS.test(u.normalized) || PAID_WITH.test(words.slice(Math.max(0, i - 2), i).join(' '))) continue;
    const which = whichWord(words, i, true);
    if (which === undefined || (CARD_HEADS.has(words[i]!) && !properName(input, which))) continue;
    if (known.get(root(words[i]!))?.has(root(which)) || (SYNONYMS_OF_AID.has(words[i]!) && known.get(ANY_HEAD)?.has(root(which)))) continue;
    return nameAsWritten(u.text, words[i]!, which);
  }
  return undefined;
}
