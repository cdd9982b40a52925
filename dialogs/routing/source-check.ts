import { tokenize } from '../../src/text/normalize.js';
import { lastHasSource } from './answer-source.js';
import type { RoutingInput } from './route.js';

/**
 * Another way of asking where the last answer comes from, beside answer-source.ts and source-worded.ts: how or where
 * the person can CHECK it themself ("où peut-on vérifier ces chiffres ?", "je peux vérifier ça où ?", "c'est
 * vérifiable quelque part ?"), or what the answer rests on ("vous vous basez sur quoi ?", "c'est quel texte de loi ?").
 * The answer to both is the source of that answer with the day it was checked — never "nothing surer in my sources",
 * since the card just above has one.
 */

/** Checking, verifying, finding it again, reading it oneself. */
const VERIFY = /^(?:verifier|verifie|verif|controler|recouper|retrouver|confirmer|consulter|lire|verifiable|verifiables)$/;
/** What was said, as the object of the check: "ces chiffres", "ça", "cette info", "les montants". */
const SAID_OBJECT =
  /^(?:(?:(?:ces|ce|cette|cet|tes|vos|les|ta|votre|tout|la|le|l) (?:chiffres?|infos?|informations?|montants?|taux|donnees|regles?|reponses?|sommes?|ca|pourcentages?|dates?)|ca|cela|tout ca|le|la|les|l) ?)?(?:moi meme|par moi meme|nous memes?|quelque part|qq part|qlq part|ou|sur internet|en ligne|officiellement)?$/;
/** Where or how: the check is asked for, not told ("je vais vérifier"). */
const WHERE_OR_HOW = /\b(?:ou|comment|quelque part|qq part|qlq part|quel site|quelle page|quel endroit|sur internet|en ligne|officiellement|moi meme|nous memes?|est ce|peut on|puis je|peux|peut|pouvons|pouvez|pourrait|pourrais|possible)\b/;
/** What the answer rests on: "vous vous basez sur quoi ?", "c'est quel texte de loi ?", "quel article ?". */
const RESTS_ON = new RegExp(
  [
    `^(?:(?:et|mais|ok|donc|merci) )*(?:vous vous basez|tu te bases|vous vous appuyez|tu te appuies|ce est base|c est base|ca se base|ca repose) sur quoi\\b`,
    `^(?:(?:et|mais|ok|donc|merci) )*(?:(?:ce est|c est|ca est) )?(?:quel|quels) (?:texte|textes|article|articles|loi|decret)(?: de loi| du code| officiel)?(?: (?:ce est|c est|exactement))?$`,
    `^(?:(?:et|mais|ok|donc|merci) )*(?:ce est|c est|ca est) (?:dans|ecrit dans) (?:quel|quelle) (?:texte|loi|article|code|decret)\\b`,
    `^(?:(?:et|mais|ok|donc|merci) )*(?:il y a|y a|ya|vous avez|tu as|t as|avez vous) (?:un|le|des|les) (?:texte|textes) (?:officiel|officiels|de loi)\\b`,
  ].join('|'),
);
/** A short question only: "comment vérifier que mon employeur a bien envoyé le contrat ?" is another question. */
const MAX_WORDS = 10;
const LEAD = /^(?:(?:merci|ok|d accord|et|mais|donc|du coup|super|top|bien) )+/;

/** The message asks how or where the last answer can be checked, or what it rests on (a few words only). */
export function asksToCheckSource(normalized: string): boolean {
  const text = normalized.replace(LEAD, '').replace(/(?: (?:svp|stp|si il vous plait|si il te plait|merci))+$/, '');
  const words = tokenize(text);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (RESTS_ON.test(text)) return true;
  const at = words.findIndex((w) => VERIFY.test(w));
  if (at < 0) return false;
  // "vérifier que/si …" checks another fact; the object after the verb must be what was said, or nothing.
  const after = words.slice(at + 1).join(' ');
  if (after !== '' && !SAID_OBJECT.test(after)) return false;
  const before = words.slice(0, at).join(' ');
  // "je vais vérifier", "je vérifierai": the person tells what they will do.
  if (/\b(?:vais|vas|va|allons|allez)$/.test(before)) return false;
  return WHERE_OR_HOW.test(`${before} ${after}`) || /^(?:ce est|c est|ca est|est ce|ce|c)$/.test(before) || before === '';
}

/** The check asked right after an answer with a source: that answer's source and date (rule `answer-source-check`). */
export const sourceCheckAsked = (input: RoutingInput): boolean =>
  input.understanding.kind === 'text' && lastHasSource(input.data) && asksToCheckSource(input.understanding.normalized);
