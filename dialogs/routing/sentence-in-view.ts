import type { Aid } from '../../src/knowledge/schema/aid.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import { FAQ_CHAR_NGRAM_WEIGHT } from '../../src/nlu/faq-matcher.js';
import { type Features, textFeatures } from '../../src/nlu/features.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { AID_PART_FOCUS } from '../support/aid-part.js';
import { registerOf } from '../support/state.js';
import { partKeys, sentenceKeys } from '../support/answer-parts.js';
import { sentencesOf } from '../support/lead-sentence.js';
import { thingInView } from './aspect-in-view.js';
import { coveredOrHonest } from './decide.js';
import { hasFacts, namesPlace } from './facts.js';
import type { Route, RouteRule, RoutingInput } from './route.js';
import { CLEAR_TRADE, SENTENCE_IN_VIEW_MIN } from './thresholds.js';

/**
 * ONE mechanism for a short follow-up that asks one aspect of the thing just answered (its maximum, whether it is
 * paid, who gives it, from when, its conditions, "et si …", "net ?"): instead of a list of aspects, the message is
 * matched against the SENTENCES of the thing in view (a FAQ entry's answer and details, an aid's summary, the notes of
 * its amounts, its conditions, how to apply; the first sentence of the entries it names as related), with the FAQ
 * matcher's own similarity (word stems, stem bigrams, character n-grams) plus the IDEAS a question word and an answer
 * word share ("max" ~ "jusqu'à", "qui" ~ an organisation, "quand" ~ "à partir du", "payé" ~ "rémunéré"). The best
 * sentence leads the card when it clears SENTENCE_IN_VIEW_MIN; else the other rules read the message.
 *
 * The rule sits late and steps aside when a later, specific rule reads the message (`stepsAside`): only the generic
 * readings (the same card again, small talk, "not covered", the fallback) are replaced by the sentence found.
 */

/** A follow-up is short: a longer message tells a case or asks a question of its own. */
const FOLLOW_UP_MAX_WORDS = 10;
/** Up to this many words, no follow-up mark is needed ("c'est combien max ?"). */
const BARE_FOLLOW_UP_WORDS = 6;
/** What marks a message as continuing the last answer: "et …", "mais …", a pronoun or a word pointing back at it. */
const FOLLOW_UP_MARK = /^(?:et|mais|alors|donc|sinon|ok et|d accord et|du coup)\b|\b(?:ca|sa|cela|elle|il|ils|elles|la|le|les|l|y|en|lui|leur|celle|celui|cette aide|ce truc|cette prime)\b/;

/**
 * The IDEAS a question asks and a sentence answers, in their own words on each side. A question's word and the
 * sentence's word that are the same idea share one feature: "c'est combien max ?" meets "jusqu'à 500 €".
 */
const IDEAS: ReadonlyArray<{ idea: string; asked: RegExp; written: RegExp }> = [
  {
    idea: '@ceiling',
    asked: /\b(?:max|maxi|maximum|maximal|plafond|plafonne|plafonnee|au plus|le plus possible|jusque a combien|jusqua combien|limite)\b/,
    written: /\b(?:jusque a|jusqua|au plus|au maximum|maximum|maximal|plafond|plafonne|plafonnee|dans la limite|ne peut pas depasser|ne depasse pas)\b/,
  },
  {
    idea: '@amount',
    asked: /\b(?:combien|cb|cmb|montant|somme|ca fait combien|ca donne combien|prix|cout|coute|coutent|euros?|balles)\b/,
    written: /\d ?(?:€|euros?)\b|\b(?:montant|euros?|smic)\b|\d ?%/,
  },
  {
    idea: '@paid',
    asked: /\b(?:paye|payes|payee|payees|payer|paie|remunere|remuneres|remuneree|remunerees|remuneration|indemnise|indemnisee|indemnises|indemnite|salaire|touche|toucher|thune|sous|argent)\b/,
    written: /\b(?:paye|payes|payee|payees|paie|remunere|remuneres|remuneree|remunerees|remuneration|salaire|indemnise|indemnisee|indemnites?|maintien|maintenu|sans solde|verse|versee|versees)\b/,
  },
  {
    idea: '@giver',
    asked: /\b(?:qui|ki|organisme|par qui|de qui|aupres de qui|a qui)\b/,
    written: /\b(?:cfa|opco|region|etat|asp|france travail|caf|mission locale|urssaf|chambre|agefiph|fiphfp|action logement|cnfpt|inspection du travail|mediateur|organisme|verse par|versee par|delivre|delivree|gere|geree|finance|financee|prise en charge|pris en charge)\b/,
  },
  {
    idea: '@when',
    asked: /\b(?:quand|qd|kan|a partir de quand|des quand|date|quel jour|quel mois|quelle periode|depuis quand|jusque a quand|jusqua quand)\b/,
    written: /\b(?:a partir d|a partir de|des le|des que|des la|date|dates|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|1er|lendemain|le mois suivant|mois qui suit|au plus tard|avant le|apres le|depuis le|jusque au|jusqu au|premier jour|le jour)\b/,
  },
  {
    idea: '@where',
    asked: /\bou\s*$|\bou (?:exactement|precisement|ca|sa|donc|alors|du coup|en gros|la|le|les|on|je|tu|vous|il|elle|faut|dois)\b|\b(?:lieu|lieux|adresse|endroit|site|en ligne|guichet)\b/,
    written: /\b(?:site|sites|en ligne|portail|adresse|guichet|agence|agences|sur place|locaux|plateforme|espace|compte|formulaire)\b|\.fr\b|\bwww\b/,
  },
  {
    idea: '@length',
    asked: /\b(?:combien de temps|combien de mois|combien d annees|duree|dure|durent|durer|longtemps|pendant combien|sur combien)\b/,
    written: /\b(?:pendant|duree|dure|durent|\d+ (?:mois|ans|annees|jours|semaines|heures)|deux ans|trois ans|un an|six mois|trois mois)\b/,
  },
  {
    idea: '@conditions',
    asked: /\b(?:conditions?|criteres?|eligibles?|eligibilite|droit|le droit|faut il|faut-il|il faut quoi|pour qui|qui peut|on peut|je peux|obligatoire|oblige)\b/,
    written: /\b(?:conditions?|a condition|doit|doivent|devez|dois|faut|seulement|uniquement|reserve|reservee|reserves|reservees|au moins|moins de|plus de|sous reserve|droit)\b/,
  },
  {
    idea: '@how',
    asked: /\b(?:comment|demarche|demarches|demande|demander|faire la demande|dossier|inscrire|inscription|postuler|procedure|papiers)\b/,
    written: /\b(?:demande|demander|dossier|formulaire|deposer|depose|remplir|inscrire|inscription|demarche|demarches|procedure|en ligne|envoyer|adresser|contacter)\b/,
  },
  {
    idea: '@net',
    asked: /\b(?:net|nette|brut|brute|cotisations?|charges|csg|impots?|impose|imposable)\b/,
    written: /\b(?:net|nette|brut|brute|cotisations?|charges|csg|crds|impots?|imposable|exonere|exoneree|exoneration)\b/,
  },
  {
    idea: '@employer',
    asked: /\b(?:patron|patronne|employeur|employeuse|boite|boss|entreprise|maitre d apprentissage|tuteur|tutrice)\b/,
    written: /\b(?:employeur|employeurs|entreprise|entreprises|maitre d apprentissage|tuteur)\b/,
  },
  {
    idea: '@cumul',
    asked: /\b(?:cumul|cumuler|cumulable|cumulables|en plus|les deux|avec une autre|avec l autre|en meme temps)\b/,
    written: /\b(?:cumul|cumuler|cumulable|cumulables|en plus de|s ajoute|s ajouter|non cumulable|avec une autre)\b/,
  },
  {
    idea: '@end',
    asked: /\b(?:rompre|rupture|arreter|arrete|fin|finir|quitter|partir|virer|vire|demission|demissionner)\b/,
    written: /\b(?:rompre|rupture|rompu|fin|prend fin|arret|arrete|quitter|licenciement|demission)\b/,
  },
];

/** How much one idea shared weighs against one shared word stem: the idea is what a short follow-up asks. */
const IDEA_WEIGHT = 2.5;

/**
 * Words that carry the asking or the pointing back, not what is asked: left out of the message's word features (the
 * ideas above keep what they ask). Normalised words.
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  `et mais alors donc sinon ok d accord du coup ca sa cela ce c est cest il ils elle elles on je j tu vous nous me m te t se s moi toi lui leur
  la le les l y en un une des de du a au aux qui ki quoi koi quand qd kan ou comment combien cb cmb quel quelle quels quelles pourquoi
  exactement precisement vraiment svp stp si il plait hein bah ben bon que qu est ce est-ce dans pour par sur avec pas plus max maxi maximum`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** The ideas a normalised text holds, on the asking side or the written side. */
function ideasOf(normalized: string, side: 'asked' | 'written'): string[] {
  return IDEAS.filter((i) => i[side].test(normalized)).map((i) => i.idea);
}

/** The FAQ matcher's features of a text (character n-grams at the matcher's weight), with its ideas. */
function featuresOf(normalized: string, side: 'asked' | 'written'): Features {
  const text = side === 'asked' ? tokenize(normalized).filter((w) => !ASKING_WORDS.has(w)).join(' ') : normalized;
  const features = text.length > 0 ? textFeatures(text, FAQ_CHAR_NGRAM_WEIGHT) : new Map<string, number>();
  for (const idea of ideasOf(normalized, side)) features.set(idea, IDEA_WEIGHT);
  return features;
}

/**
 * How well a sentence answers the message: the mean of their cosine and of the share of the message's features the
 * sentence holds (a long sentence that holds every word asked is not diluted by its own other words).
 */
function similarityOf(asked: Features, written: Features): number {
  let dot = 0;
  let covered = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of asked) {
    na += v * v;
    const w = written.get(k);
    if (w !== undefined) {
      dot += v * w;
      covered += v * Math.min(v, w);
    }
  }
  for (const v of written.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : (dot / Math.sqrt(na * nb) + covered / na) / 2;
}

/** A sentence of the thing in view, with the route that leads with it. */
interface SentenceOfThing {
  text: string;
  route: Route;
}

/** The keys that lead a card with one of its sentences: those no other sentence holds, else all of its keys. */
export function focusOn(found: string, others: readonly string[]): string[] {
  const keys = [...partKeys(normalize(found))];
  const elsewhere = new Set(others.filter((s) => s !== found).flatMap((s) => [...sentenceKeys(normalize(s))]));
  const own = keys.filter((k) => !elsewhere.has(k));
  return own.length > 0 ? own : keys;
}

/** The person's register: the card is shown in it, so its sentences are the ones it can lead with. */
type Register = 'tu' | 'vous';

function faqSentences(input: RoutingInput, entry: FaqEntry, register: Register): SentenceOfThing[] {
  const own = [...sentencesOf(entry.answer[register]), ...(entry.details ? sentencesOf(entry.details[register]) : [])];
  const sentences: SentenceOfThing[] = own.map((text) => ({ text, route: { kind: 'faq_entry', id: entry.id, focus: focusOn(text, own) } }));
  // The first sentence of each related entry: the answer the thing points to for what it does not say itself.
  for (const id of entry.related ?? []) {
    const related = input.hasFaqEntry(id) ? input.faqEntry?.(id) : undefined;
    if (!related) continue;
    const text = sentencesOf(related.answer[register])[0];
    if (text) sentences.push({ text, route: { kind: 'faq_entry', id: related.id } });
  }
  return sentences;
}

function aidSentences(aid: Aid, register: Register): SentenceOfThing[] {
  // Every field read as optional: a record under test may hold only some of them.
  const both = (t: { tu: string; vous: string } | undefined): string[] => (t ? sentencesOf(t[register]) : []);
  const own = [...both(aid.summary), ...(aid.amount ?? []).flatMap((a) => (a.note ? sentencesOf(a.note) : [])), ...(aid.other_conditions ?? [])];
  const sentences: SentenceOfThing[] = own.map((text) => ({ text, route: { kind: 'aid', id: aid.id, focus: focusOn(text, own) } }));
  for (const text of both(aid.how_to_apply)) sentences.push({ text, route: { kind: 'aid', id: aid.id, focus: [AID_PART_FOCUS.howToApply] } });
  // Who pays or manages it: its provider, which the card shows under its title.
  if (aid.provider) sentences.push({ text: `Versée par ${aid.provider}.`, route: { kind: 'aid', id: aid.id, focus: [...partKeys(normalize(aid.provider))] } });
  return sentences;
}

/** Whether the message is shaped as a follow-up: short, marked as continuing, naming no subject of its own. */
export function followUpShaped(u: Understanding): boolean {
  if (u.kind !== 'text') return false;
  const words = tokenize(u.normalized).length;
  if (words === 0 || words > FOLLOW_UP_MAX_WORDS) return false;
  if (words > BARE_FOLLOW_UP_WORDS && !FOLLOW_UP_MARK.test(u.normalized)) return false;
  // A subject of its own: a trade, a place, a diploma, a term defined elsewhere.
  if ((u.trade && u.trade.score >= CLEAR_TRADE) || namesPlace(u) || u.outside || u.facts.diplomaType !== undefined) return false;
  return true;
}

/** The last best sentence weighed, for the calibration tool (tools/calibrate-sentence-in-view.ts) only. */
export const sentenceInViewTrace: { last?: { text: string; similarity: number } } = {};

/** The best sentence of the thing in view for the message, and its similarity (0–1). */
export function bestSentenceInView(input: RoutingInput): { sentence: SentenceOfThing; similarity: number } | undefined {
  const u = input.understanding;
  if (!followUpShaped(u)) return undefined;
  const thing = thingInView(input);
  if (!thing) return undefined;
  // Another aid named, or a term another entry defines, is a question of its own.
  if (u.aid && !(thing.kind === 'aid' && u.aid.id === thing.aid.id)) return undefined;
  if (u.definedTerm && !(thing.kind === 'faq' && u.definedTerm.entryId === thing.entry.id)) return undefined;
  // A detail of the person's case told with it (an age, a contract year, a company size) changes the question: the
  // rules for that detail read it. An aid's amount asked is its card led by its amounts (answer-follow-up.ts).
  if (hasFacts(u) || (thing.kind === 'aid' && u.cues.asksAmount)) return undefined;
  const asked = featuresOf(u.normalized, 'asked');
  if (asked.size === 0) return undefined;
  const register = u.facts.register ?? registerOf(input.data.profile as Parameters<typeof registerOf>[0]);
  const sentences = thing.kind === 'aid' ? aidSentences(thing.aid, register) : faqSentences(input, thing.entry, register);
  let best: { sentence: SentenceOfThing; similarity: number } | undefined;
  for (const sentence of sentences) {
    const similarity = similarityOf(asked, featuresOf(normalize(sentence.text), 'written'));
    if (!best || similarity > best.similarity) best = { sentence, similarity };
  }
  if (best) sentenceInViewTrace.last = { text: best.sentence.text, similarity: best.similarity };
  return best;
}

/** The route leading the thing in view with its sentence that answers the follow-up, when one clears the threshold. */
export function sentenceInView(input: RoutingInput): Route | undefined {
  const best = bestSentenceInView(input);
  return best && best.similarity >= SENTENCE_IN_VIEW_MIN ? best.sentence.route : undefined;
}

/**
 * The readings the sentence found replaces: they answer no aspect (the same card again, small talk, an
 * acknowledgement, "not covered", the fallback). Any other rule that reads the message is specific: it wins.
 */
const GENERIC_READINGS: ReadonlySet<string> = new Set(['small-talk', 'acknowledgement-alone', 'yes-no-with-detail', 'foreign-subject', 'fallback', 'faq-last-resort', 'weak-topic-lead']);

/**
 * Whether the route only shows the thing in view again as it was (a rule that leads it with a part of its own choosing
 * is specific), or says that it does not cover the question.
 */
function repeatsThing(input: RoutingInput, route: Route): boolean {
  if (route.kind === 'say') return route.key === 'not_covered' || route.key === 'faq_not_covered';
  if (route.kind === 'faq_entry') return input.data.lastTopic === 'faq' && route.id === input.data.lastFaq && !(route.focus && route.focus.length > 0);
  if (route.kind === 'aid') return input.data.lastTopic === 'aids' && route.id === input.data.lastAid && !(route.focus && route.focus.length > 0);
  return false;
}

/**
 * Whether a rule after `self` in the table reads the message specifically: the first later rule that applies is not
 * one of the generic readings, nor a follow-up rule that only repeats the thing in view or ends in "not covered".
 */
export function stepsAside(rules: readonly RouteRule[], self: string, input: RoutingInput): boolean {
  const from = rules.findIndex((r) => r.name === self);
  for (const rule of rules.slice(from + 1)) {
    if (!rule.when(input)) continue;
    if (GENERIC_READINGS.has(rule.name)) return false;
    // As the table's runner would hold it: a reading it turns into "not covered" answers nothing specific.
    return !repeatsThing(input, coveredOrHonest(input, { rule: rule.name, route: rule.route(input) }).route);
  }
  return false;
}
