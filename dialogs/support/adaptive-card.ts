import type { AnswerCard, CardButton } from './replies.js';
import { splitLead } from './lead-budget.js';
import { wrappedLines } from './phone-lines.js';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * How many lines and table rows a card shows before the rest goes behind its toggle: about a phone screen under the
 * answer's first sentence.
 */
export const MAX_VISIBLE_ROWS = 8;
/** About how many characters a line of text holds on a 360 px phone. */
export const PHONE_LINE_CHARS = 40;
/**
 * How many phone lines (words wrapped at ~38 characters, support/phone-lines.ts) the first screen of a card holds
 * under its title, besides its source line: a row of a few words and a paragraph are not the same length on a phone
 * (issue 12, item 5): the room of a card alone on the screen; under a lead, the screen is shared (SCREEN_PHONE_LINES).
 */
export const MAX_VISIBLE_PHONE_LINES = 8;
/**
 * Round 33 (issue 12 §5, review 24: cards of 11 to 16 lines under a lead of 3 to 7): the lines one answer may take on
 * a phone before any toggle is opened, its lead above the card, the card's title, its rows and its source line
 * together. A long lead leaves fewer rows to the card; the first row still shows, it is the answer itself.
 */
export const SCREEN_PHONE_LINES = 10;
/** A card whose table is the answer (pay by year, an aid by company size) may fill the screen this far. */
const TABLE_SCREEN_PHONE_LINES = 13;
/** The lines a table keeps under any lead: two rows of two lines (an aid's two company sizes). */
const MIN_TABLE_PHONE_LINES = 4;
/** The rows a card keeps under any lead, when the lead and the title already fill the screen. */
const MIN_BODY_PHONE_LINES = 2;
/** A row that puts a question to the person, or asks them for a detail ("indiquez-moi le nombre de salariés"). */
const ASKS = /\?\s*$|\b(?:dis-moi|dites-moi|indique-moi|indiquez-moi|précise|précisez)\b/u;
/** A line that introduces the next ones ("Diplômes ouverts à l'apprentissage :", "Pour un contrat conclu entre … :"). */
const INTRODUCES = /:\s*$/u;
/**
 * How many characters a card shows before its toggle is opened, title and source line included: about a 360 px
 * phone's screen under the answer's first sentence (review 9 measured trade and aid cards of 1,400 to 2,400).
 */
export const MAX_VISIBLE_CARD_CHARS = 700;

/** The lines a text takes on a phone, wrapped at PHONE_LINE_CHARS. */
export const phoneLines = (t: string): number => Math.max(1, Math.ceil(t.length / PHONE_LINE_CHARS));

/** What the card's first screen shares with the message above it. */
export interface ScreenShare {
  /** The phone lines of the lead (the message above the card), which the card's rows give way to. */
  leadLines?: number;
}

type TextBlock = {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Bolder';
  size?: 'Small' | 'Medium';
  isSubtle?: true;
  style?: 'heading';
  spacing?: 'None' | 'Small' | 'Medium';
};
type FactSet = { type: 'FactSet'; facts: { title: string; value: string }[] };
/** Only our own drawings (the small SVG maps), always with their text alternative. */
type Image = { type: 'Image'; url: string; altText: string; size: 'Stretch' };
type CardElement = TextBlock | FactSet | Image;
type CardAction =
  | { type: 'Action.OpenUrl'; title: string; url: string }
  | { type: 'Action.Submit'; title: string; data: string }
  | { type: 'Action.ShowCard'; title: string; card: AdaptiveCard };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version: '1.5';
  lang?: string;
  fallbackText?: string;
  body: CardElement[];
  actions?: CardAction[];
}

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

const text = (t: string, extra: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock => ({ type: 'TextBlock', text: t, wrap: true, ...extra });
const sourceBlock = (t: string): TextBlock => text(t, { size: 'Small', isSubtle: true, spacing: 'Small' });

function toAction(b: CardButton): CardAction {
  if (b.kind === 'link') {
    if (!/^(https:|tel:)/.test(b.url)) throw new Error(`refusing a link that is not https: or tel: (${b.url})`);
    return { type: 'Action.OpenUrl', title: b.title, url: b.url };
  }
  // A string `data` is sent back as the message text by Web Chat, our widget and the eval runner alike.
  return { type: 'Action.Submit', title: b.title, data: b.value ?? b.title };
}

/**
 * The one rendering of an answer card, for every client: an Adaptive Card 1.5 in French. The title is a heading,
 * each line its own wrapped TextBlock (Web Chat reads TextBlock text as Markdown: one block per line keeps lines
 * apart), a table is a FactSet, the first source is a small subtle line, and the rest (lines past the phone-sized
 * budget, details, other sources) sits behind one Action.ShowCard. `fallbackText` carries everything as plain lines
 * for a client that cannot render the card.
 */
export function toAdaptiveCard(card: AnswerCard, screen: ScreenShare = {}): AdaptiveCard {
  const overflow: string[] = [];
  const lines = shortLines(card.lines ?? [], overflow);
  const facts = card.facts ?? [];
  const notes = shortLines(card.notes ?? [], overflow);
  const sources = mergedSources(card.sources ?? []);
  const [mainSource, ...laterSources] = sources;
  // One short source line on the first screen (publisher and date); the whole line opens with the others.
  const shownSource = mainSource === undefined ? undefined : shortSource(mainSource);
  // The whole line opens with the others only when it holds a date the short one lost (the pay grid's own update).
  const otherSources = mainSource !== undefined && datesIn(mainSource) > datesIn(shownSource ?? '') ? [mainSource, ...laterSources] : laterSources;
  // The budget (rows, and lines on a phone) goes to the table first (the figures asked), then to the lines and the
  // notes in their order; the overflow goes behind the toggle, the table's rows as a table. The first row or line
  // shows even when long: it is the answer itself. The lines are what the screen has left once the lead, the title
  // and the source line are drawn.
  const frame = (screen.leadLines ?? 0) + wrappedLines(card.title) + (shownSource ? wrappedLines(shownSource) : 0);
  // A card alone on the screen (no lead above it) keeps its own room, as before round 33.
  const led = (screen.leadLines ?? 0) > 0;
  const budget = led ? Math.min(MAX_VISIBLE_PHONE_LINES, Math.max(MIN_BODY_PHONE_LINES, SCREEN_PHONE_LINES - frame)) : MAX_VISIBLE_PHONE_LINES;
  let used = card.subtitle ? wrappedLines(card.subtitle) : 0;
  let rows = 0;
  // Under a lead, the lead is the answer: a first row much longer than the room left (a paragraph of the rules) opens
  // with the details rather than push the card past the screen.
  const fits = (t: string, first: boolean, room = budget, introduced = false): boolean => {
    const n = wrappedLines(t);
    // A line that asks the person something ("Quel est le nombre de salariés ?") is what they answer: it stays. So
    // does the first item under a heading shown ("Diplômes ouverts à l'apprentissage :"): a heading alone says nothing.
    // Under a long lead the first row may give way (the lead is the answer), but never leaves the card empty: see
    // `never empty` below (review 26: an aid list showed its title and source alone).
    const freePass = (first && (!led || (n <= room && used + n <= MAX_VISIBLE_PHONE_LINES))) || ((ASKS.test(t) || introduced) && rows + 1 <= MAX_VISIBLE_ROWS);
    if ((used + n > room || rows + 1 > MAX_VISIBLE_ROWS) && !freePass) return false;
    used += n;
    rows += 1;
    return true;
  };
  // A table is the figures asked (pay by year, an aid by company size): it may take the screen a little further.
  // The table's own lines are measured past the subtitle (who gives the aid), which the room already counts.
  const tableRoom = led ? Math.min(MAX_VISIBLE_PHONE_LINES, used + Math.max(MIN_TABLE_PHONE_LINES, TABLE_SCREEN_PHONE_LINES - frame)) : MAX_VISIBLE_PHONE_LINES;
  const shownFacts = prefixWhile(facts, (f, i) => fits(`${f.title} ${f.value}`, i === 0, tableRoom));
  const shownLines = prefixWhile(lines, (l, i) => fits(l, i === 0 && shownFacts.length === 0, budget, i > 0 && INTRODUCES.test(lines[i - 1]!)));
  // Never empty (review 26: "a card that shows nothing", an aid list with its title and source alone): when no table
  // row gave way to the lead and the lines did, the first line shows, as before round 33.
  if (shownFacts.length === 0 && shownLines.length === 0 && lines.length > 0) shownLines.push(lines[0]!);
  // A note that asks the person something ("Quel est le nombre de salariés ?") stays even when lines gave way.
  const shownNotes = shownLines.length === lines.length
    ? prefixWhile(notes, (l, i) => fits(l, i === 0 && shownFacts.length === 0 && lines.length === 0))
    : notes.filter((l) => ASKS.test(l) && fits(l, false));
  const hiddenFacts = facts.slice(shownFacts.length);
  const hidden = [...overflow, ...lines.slice(shownLines.length), ...notes.filter((l) => !shownNotes.includes(l)), ...(card.more ?? [])];

  const body: CardElement[] = [text(card.title, { weight: 'Bolder', size: 'Medium', style: 'heading' })];
  if (card.subtitle) body.push(text(card.subtitle, { isSubtle: true, spacing: 'None' }));
  for (const line of shownLines) body.push(text(line, { spacing: 'Small' }));
  if (shownFacts.length > 0) body.push({ type: 'FactSet', facts: shownFacts.map((f) => ({ title: f.title, value: f.value })) });
  for (const line of shownNotes) body.push(text(line, { spacing: 'Small' }));
  if (shownSource) body.push(sourceBlock(shownSource));

  const actions: CardAction[] = (card.buttons ?? []).map(toAction);
  // The map is a screenful by itself: it opens with the details, first, so the first screen stays the answer.
  const image: Image[] = [];
  if (card.image) {
    if (!card.image.url.startsWith('data:image/svg+xml,')) throw new Error('refusing an image that is not one of our inline SVG drawings');
    image.push({ type: 'Image', url: card.image.url, altText: card.image.alt, size: 'Stretch' });
  }
  const hiddenTable: FactSet[] = hiddenFacts.length > 0 ? [{ type: 'FactSet', facts: hiddenFacts.map((f) => ({ title: f.title, value: f.value })) }] : [];
  if (hidden.length > 0 || hiddenTable.length > 0 || otherSources.length > 0 || image.length > 0) {
    actions.push({
      type: 'Action.ShowCard',
      title: hidden.length > 0 || hiddenTable.length > 0 || image.length > 0 ? card.labels.more : card.labels.sources,
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [...image, ...hiddenTable, ...hidden.map((l) => text(l, { spacing: 'Small' })), ...otherSources.map(sourceBlock)],
      },
    });
  }

  const fallback = [
    card.title,
    ...(card.subtitle ? [card.subtitle] : []),
    ...(card.lines ?? []),
    ...facts.map((f) => `${f.title} : ${f.value}`),
    ...(card.notes ?? []),
    ...(card.moreInPlainText ?? card.more ?? []),
    ...sources,
    ...(card.buttons ?? []).flatMap((b) => (b.kind === 'link' ? [`${b.title} : ${b.url.replace(/^tel:/, '')}`] : [])),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    lang: 'fr-FR',
    fallbackText: fallback.join('\n'),
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** "Source : France Travail — ROME 4.0, données du 18 décembre 2024.": the label, the publisher, the document, the date. */
const SOURCE_LINE = /^([^:]+ : )(.+?)((?: — | \().*?)?(, (?:données du|vérifié le) .+)$/;

/**
 * The card's source lines, each said once: a line repeated (three FAQ entries of the same fiche) is dropped, and the
 * documents of one publisher at one date become one line ("France Travail — ROME 4.0 ; ROME 4.0 (appellations),
 * données du …"), at the place of the first; the most authoritative stays first (review 9: 2 to 5 "Source" lines
 * in a card, often the same publisher and date).
 */
export function mergedSources(lines: readonly string[]): string[] {
  const out: { key: string; head: string; docs: string[]; tail: string; line?: string }[] = [];
  for (const line of new Set(lines)) {
    const m = SOURCE_LINE.exec(line);
    if (!m) {
      out.push({ key: line, head: '', docs: [], tail: '', line });
      continue;
    }
    const [, label, publisher, doc = '', tail] = m as unknown as [string, string, string, string | undefined, string];
    const key = `${label}${publisher}${tail}`;
    const same = out.find((s) => s.key === key);
    if (same) same.docs.push(doc.replace(/^ — /, ''));
    else out.push({ key, head: `${label}${publisher}${doc}`, docs: [], tail });
  }
  return out.map((s) => s.line ?? `${s.head}${s.docs.map((d) => ` ; ${d}`).join('')}${s.tail}`);
}

/** A date as the source lines write it ("27 novembre 2026", "1er mai 2025"). */
const WRITTEN_DATE = /\b\d{1,2}(?:er)? \p{L}+ (?:19|20)\d{2}\b/u;

/**
 * The source line a card's first screen shows: its publisher and its date, the document's name and the brackets
 * (an address, a page's own update) left to the card's plain text, and to "Sources" when they hold a date of their
 * own (round 33: the pay card's source took 5 phone lines, a FAQ's 3), except a data set's catalogue. A line whose
 * short form has no date is shown whole.
 */
export function shortSource(line: string): string {
  const m = SOURCE_LINE.exec(line);
  // A data set is named by its catalogue ("Affelnet — offres en apprentissage après la 3e (Normandie)", "Parcoursup —
  // BTS en apprentissage"): which offer a course comes from is the fact, so its first document's name stays whole.
  const dataSet = m?.[3]?.startsWith(' — ') === true && m[4]!.startsWith(', données du');
  const document = dataSet ? m![3]!.split(' ; ')[0]! : '';
  const short = m ? `${m[1]}${withoutBrackets(m[2]!)}${document}${m[4]}` : withoutBrackets(line);
  return short.length < line.length && WRITTEN_DATE.test(short) ? short : line;
}

const datesIn = (t: string): number => t.match(new RegExp(WRITTEN_DATE.source, 'gu'))?.length ?? 0;

/** A text without its bracketed asides: "Ministère du Travail (travail-emploi.gouv.fr)" → "Ministère du Travail". */
const withoutBrackets = (t: string): string => t.replace(/\s*\([^()]*\)/g, '').replace(/\s+([,.])/g, '$1');

/**
 * About four lines of a 360 px phone: a line of a card longer than this shows its first sentence (or the first ones
 * that fit), and the rest opens with the details. Round 32 (review 22): one item of an aid list ran to 400 characters
 * (the hiring aid's commitment above 249 employees), a single row filling the screen.
 */
export const MAX_LINE_CHARS = 160;

/** Each line within MAX_LINE_CHARS where its sentences allow; what is cut goes to `overflow`, in order. */
function shortLines(lines: readonly string[], overflow: string[]): string[] {
  return lines.map((line) => {
    const { lead, rest } = splitLead(line, MAX_LINE_CHARS);
    const clauses = lead.length > MAX_LINE_CHARS ? firstClauses(lead) : undefined;
    if (clauses) overflow.push(clauses.rest);
    overflow.push(...rest);
    return clauses ? clauses.lead : lead;
  });
}

/**
 * One sentence longer than a line may be (an aid's amounts by company size and level, "2 000 € : … ; 1 500 € : … ;
 * 750 € : …"): its clauses up to " ; " while they fit, at least the first, with "…"; the others open with the details.
 * Review 26: that item filled the screen, or under a lead went behind the toggle whole and left the card empty.
 */
function firstClauses(sentence: string): { lead: string; rest: string } | undefined {
  const parts = sentence.split(' ; ');
  if (parts.length < 2) return undefined;
  let kept = 1;
  while (kept < parts.length && parts.slice(0, kept + 1).join(' ; ').length <= MAX_LINE_CHARS) kept += 1;
  return { lead: `${parts.slice(0, kept).join(' ; ')} ; …`, rest: parts.slice(kept).join(' ; ') };
}

/** The items before the first one that `keep` refuses. */
function prefixWhile<T>(items: readonly T[], keep: (item: T, index: number) => boolean): T[] {
  const out: T[] = [];
  for (const [i, item] of items.entries()) {
    if (!keep(item, i)) break;
    out.push(item);
  }
  return out;
}
