/**
 * How much the routing of messages the knowledge does not touch moves when the FAQ changes (issue 11, round 31).
 *
 * Why: every rule that reads a score near a threshold is fragile to content. One FAQ entry added in round 30 (quitting
 * a CDI) moved the trade topic of an unrelated message from 0.26 to 0.31 and a pay reading past TOPIC_WEAK_LEAD. This
 * rebuilds the models with one entry left out (or one unrelated entry added) and counts the messages of a fixed corpus
 * whose route changes, leaving out those the change is about (the left-out entry's own, the added entry's own).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { decideRoute } from '../../dialogs/routing/decide.js';
import { readingsOf } from '../../dialogs/routing/readings.js';
import { foreignToTheFaq, uncoveredBy } from '../../dialogs/support/faq-coverage-of.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { mulberry32 } from '../../src/seeded-random.js';
import { createRecognizer } from '../../src/nlu/understand.js';
import { FAQ_ANSWER, FAQ_COURSE, FAQ_GUESS, READING_MARGIN, TOPIC_MIN, TOPIC_WEAK_LEAD } from '../../dialogs/routing/thresholds.js';

/** One message's route and the readings behind it. */
export interface Routed {
  text: string;
  /** What the person is answered (the route without the choices offered beside it). */
  answer: string;
  /** The whole route without its scores: the answer and the choices beside it. */
  route: string;
  rule: string;
  readings: string;
}

/** A change of the FAQ: one entry left out, or one added. */
export type FaqChange = { kind: 'without'; id: string } | { kind: 'with'; entry: FaqEntry };

export interface ChangeOutcome {
  change: string;
  /** Messages compared (those the change is about left out). */
  compared: number;
  /** The messages whose answer changed. */
  moved: Array<{ before: Routed; after: Routed }>;
  /** The messages whose answer stayed but whose choices beside it changed. */
  choices: number;
}

/** The `say` of the first turn that says something, of every case of these eval files. */
export function firstTurns(files: readonly string[]): string[] {
  const texts: string[] = [];
  for (const file of files) {
    const cases = parse(readFileSync(file, 'utf8')) as Array<{ turns?: Array<{ say?: string }> }>;
    for (const c of cases ?? []) {
      const say = c.turns?.find((t) => typeof t.say === 'string')?.say;
      if (say !== undefined) texts.push(say);
    }
  }
  return [...new Set(texts)];
}

const TODAY = '2026-12-07';

/** Routes every text over this knowledge, in a fresh conversation (as tools/analyze.ts). */
export function routeAll(kb: KnowledgeBase, texts: readonly string[]): Routed[] {
  const recognizer = createRecognizer();
  return texts.map((text) => {
    const u = recognizer.understand(text, kb, { maxChars: 2000, today: TODAY });
    const decision = decideRoute({
      understanding: u,
      data: { profile: {} },
      today: TODAY,
      aids: kb.knowledge.aids,
      minorWorkLimits: kb.knowledge.parameters.minor_work_limits,
      hasFaqEntry: (id) => kb.search.faqEntry(id) !== undefined,
      faqUncovered: (id, namesOnly) => uncoveredBy(kb.knowledge, id, u, namesOnly),
      faqForeign: (options) => foreignToTheFaq(kb.knowledge, u, options),
    });
    const readings = readingsOf(u).slice(0, 3).map((r) => `${r.kind === 'topic' ? r.topic : r.id}:${r.score.toFixed(2)}`).join(' ');
    const route = JSON.stringify(decision.route, (k, v: unknown) => (k === 'score' ? undefined : v));
    const answer = JSON.stringify(decision.route, (k, v: unknown) => (k === 'score' || k === 'alternatives' ? undefined : v));
    return { text, answer, route, rule: decision.rule, readings };
  });
}

/** The same knowledge with the FAQ changed: a new object, so every model keyed on it is trained again, without cache. */
export function withChange(kb: KnowledgeBase, change: FaqChange): KnowledgeBase {
  const faq = change.kind === 'without' ? kb.knowledge.faq.filter((e) => e.id !== change.id) : [...kb.knowledge.faq, change.entry];
  const knowledge = { ...kb.knowledge, faq };
  const search = change.kind === 'with' ? new Proxy(kb.search, { get: (t, p) => (p === 'faqEntry' ? (id: string) => (id === change.entry.id ? change.entry : t.faqEntry(id)) : Reflect.get(t, p, t)) }) : kb.search;
  return { knowledge, search } as KnowledgeBase;
}

const mentions = (route: string, id: string): boolean => route.includes(`"${id}"`);

/** The messages whose route moves with this change, those the change is about left out. */
export function outcomeOf(kb: KnowledgeBase, before: readonly Routed[], change: FaqChange): ChangeOutcome {
  const changed = withChange(kb, change);
  const id = change.kind === 'without' ? change.id : change.entry.id;
  const after = routeAll(changed, before.map((r) => r.text));
  const moved: ChangeOutcome['moved'] = [];
  let compared = 0;
  let choices = 0;
  before.forEach((b, i) => {
    const a = after[i] as Routed;
    if (change.kind === 'without' && mentions(b.route, id)) return;
    if (change.kind === 'with' && mentions(a.route, id)) return;
    compared++;
    if (a.answer !== b.answer) moved.push({ before: b, after: a });
    else if (a.route !== b.route) choices++;
  });
  return { change: `${change.kind} ${id}`, compared, moved, choices };
}

/** `count` ids of the FAQ, drawn with a seed (the same seed, the same sample). */
export function sampleIds(faq: readonly FaqEntry[], count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const ids = faq.filter((e) => e.topic === undefined).map((e) => e.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  return ids.slice(0, count);
}

/**
 * Entries about subjects no message of the corpus asks (a canteen, a bike shed, a school trip, leaving a CDI in a
 * shop as in round 30): questions written in the FAQ's own style, formal to SMS. Built from a real entry's shape.
 */
export function syntheticEntries(template: FaqEntry): FaqEntry[] {
  const make = (id: string, questions: string[], answer: string): FaqEntry => ({
    ...template,
    id,
    title: undefined,
    questions,
    answer: { tu: answer, vous: answer },
    details: undefined,
    defines: undefined,
    topic: undefined,
    applies_when: undefined,
    not_when: undefined,
    answer_when: undefined,
    audience: undefined,
    after: undefined,
    for_minors: undefined,
    answer_minor: undefined,
    related: [],
    see_aids: [],
    see_contacts: [],
  });
  return [
    make(
      'synthetic-cantine',
      ['Le CFA a-t-il une cantine ?', 'on mange où le midi au cfa', 'y a un self au CFA ?', 'est-ce que la cantine du CFA est payante', 'repas végétarien possible à la cantine ?'],
      'La plupart des CFA ont un self ; le prix du repas dépend du CFA, renseigne-toi auprès de lui.',
    ),
    make(
      'synthetic-quitter-cdi',
      [
        'Je suis vendeuse en CDI dans un supermarché, puis-je démissionner pour commencer mon apprentissage ?',
        'je veux quitter mon cdi pour faire un apprentissage',
        'je suis en cdi, je peux démissionner pour une alternance ?',
        'quitter un CDI pour un contrat d apprentissage c est possible',
        'jsuis en cdi au supermarché jpeux partir en apprentissage ?',
      ],
      'Oui, tu peux démissionner de ton CDI pour signer un contrat d’apprentissage, en respectant ton préavis.',
    ),
    make(
      'synthetic-voyage',
      ['Le CFA organise-t-il des voyages scolaires ?', 'y a des sorties ou des voyages au cfa', 'on part en voyage avec la classe en apprentissage ?', 'voyage à l’étranger avec le CFA, c’est payant ?'],
      'Certains CFA organisent des voyages ; ils sont décidés par chaque CFA.',
    ),
    make(
      'synthetic-tenue',
      ['Faut-il une tenue particulière au CFA ?', 'je dois acheter des habits de travail pour le cfa', 'tenue obligatoire en atelier ?', 'qui paie les chaussures de sécurité et la tenue'],
      'Une tenue de travail est souvent demandée en atelier ; renseigne-toi auprès du CFA.',
    ),
  ];
}

/** The thresholds a message's lead reading is compared with, and the margin between the first two readings. */
const LEVELS = { TOPIC_MIN, TOPIC_WEAK_LEAD, FAQ_ANSWER, FAQ_GUESS, FAQ_COURSE };

/**
 * The messages whose lead reading sits within `band` of a level it is compared with (a topic with the topic levels, a
 * FAQ entry with the FAQ's), or whose lead over the second is within `band` of READING_MARGIN.
 */
export function nearThresholds(kb: KnowledgeBase, texts: readonly string[], band = 0.03): Array<{ text: string; level: string; score: number }> {
  const recognizer = createRecognizer();
  const near: Array<{ text: string; level: string; score: number }> = [];
  for (const text of texts) {
    const u = recognizer.understand(text, kb, { maxChars: 2000, today: TODAY });
    const [first, second] = readingsOf(u);
    if (!first) continue;
    const levels = first.kind === 'topic' ? ['TOPIC_MIN', 'TOPIC_WEAK_LEAD'] : ['FAQ_ANSWER', 'FAQ_GUESS', 'FAQ_COURSE'];
    for (const level of levels) {
      const value = LEVELS[level as keyof typeof LEVELS];
      if (Math.abs(first.score - value) <= band) near.push({ text, level, score: first.score });
    }
    const margin = first.score - (second?.score ?? 0);
    if (second && Math.abs(margin - READING_MARGIN) <= band) near.push({ text, level: 'READING_MARGIN', score: margin });
  }
  return near;
}
