import { formatDateFr } from '../../src/knowledge/messages.js';
import { apprenticePayTable } from '../../src/rules/salary.js';
import { bySourceAuthority } from './knowledge-views.js';
import { say, type Turn } from './turn.js';

/** A source of the last answer: who produced it, where it is, and when the answer was checked against it. */
interface LastSource {
  readonly producer: string;
  readonly url: string;
  readonly verifiedOn: string;
}

/** The strongest source of the answer shown last (the FAQ entry's, or the aid's), if the conversation has one. */
export function sourceOfLastAnswer(turn: Turn): LastSource | undefined {
  const { lastTopic, lastFaq, lastAid } = turn.data;
  if (lastTopic === 'faq' && lastFaq) {
    const entry = turn.kb.search.faqEntry(lastFaq);
    const source = entry ? bySourceAuthority(entry.sources, (s) => s.url)[0] : undefined;
    return entry && source ? { producer: source.producer, url: source.url, verifiedOn: entry.verified_on } : undefined;
  }
  if (lastTopic === 'aids' && lastAid) {
    const aid = turn.kb.knowledge.aids.find((a) => a.id === lastAid);
    return aid ? { producer: aid.source.producer, url: aid.source.url, verifiedOn: aid.verified_on } : undefined;
  }
  return undefined;
}

/** The data files of the list of places or the trade's card shown last, if that was the last answer. */
function dataOfLastAnswer(turn: Turn): NonNullable<Turn['data']['lastData']> | undefined {
  const { lastTopic, lastData } = turn.data;
  return (lastTopic === 'training' || lastTopic === 'trade') && lastData !== undefined && lastData.sources.length > 0 ? lastData : undefined;
}

/**
 * "c'est sûr ces infos ?": the last answer's source, the day it was checked, and the line for a case of one's own;
 * after a list of places or a trade, the data files it comes from and the date of their data, newest first.
 */
export function answerSourceText(turn: Turn): string | undefined {
  const data = dataOfLastAnswer(turn);
  if (data) {
    const newest = [...data.sources].sort((a, b) => b.data_date.localeCompare(a.data_date));
    const items = newest.map((s) => say(turn, 'answer.data_source_item', { producer: s.producer, date: formatDateFr(s.data_date) }));
    return say(turn, 'answer.source_of_data', { sources: items.join(' ; ') });
  }
  const source = sourceOfLastAnswer(turn);
  if (source) return say(turn, 'answer.source_of_last', { producer: source.producer, url: source.url, date: formatDateFr(source.verifiedOn) });
  return aidListSourceText(turn) ?? paySourceText(turn);
}

/** After a list of aids: each aid's source and the day it was checked, the strongest first, once per source. */
function aidListSourceText(turn: Turn): string | undefined {
  const { lastTopic, lastAid, lastAidList } = turn.data;
  if (lastTopic !== 'aids' || lastAid !== undefined || !lastAidList?.length) return undefined;
  const aids = lastAidList.flatMap((id) => turn.kb.knowledge.aids.filter((a) => a.id === id));
  const items = [...new Set(aids.map((a) => say(turn, 'answer.aid_source_item', { producer: a.source.producer, url: a.source.url, date: formatDateFr(a.verified_on) })))];
  return items.length > 0 ? say(turn, 'answer.source_of_aids', { sources: items.join(' ; ') }) : undefined;
}

/** After a pay card: the Ministry of Labour's grid and the SMIC it is computed from, with their dates. */
function paySourceText(turn: Turn): string | undefined {
  if (turn.data.lastTopic !== 'salary') return undefined;
  const pay = apprenticePayTable(turn.kb.knowledge.parameters, turn.data.profile.age ?? 18);
  if (pay.kind !== 'apprentice_pay_table') return undefined;
  const { rule } = pay;
  return say(turn, 'answer.source_of_pay', { smic: rule.smicGrossMonthly, smic_date: formatDateFr(rule.smicValueDate), data_date: formatDateFr(rule.dataDate) });
}

/** "à qui m'adresser ?" when the last answer names no organisation: where its information comes from, and the line. */
export function whoFromSourceText(turn: Turn): string | undefined {
  const source = sourceOfLastAnswer(turn);
  if (!source) return undefined;
  return say(turn, 'answer.who_from_source', { producer: source.producer, url: source.url });
}

/** How many addresses "t'as le lien ?" gives at most: the strongest sources, enough to read on a phone. */
const MAX_LINKS = 2;

/**
 * The addresses of the last answer: a FAQ entry's strongest sources, an aid's page, the services a list of places or
 * a trade's card links to and its data files' pages; none when the last answer had no source (or there was none).
 */
export function linksOfLastAnswer(turn: Turn): string[] {
  const { lastTopic, lastFaq, lastAid } = turn.data;
  const data = dataOfLastAnswer(turn);
  if (data) return [...new Set([...data.links, ...data.sources.flatMap((s) => (s.url ? [s.url] : []))])].slice(0, MAX_LINKS);
  if (lastTopic === 'faq' && lastFaq) {
    const entry = turn.kb.search.faqEntry(lastFaq);
    return entry ? [...new Set(bySourceAuthority(entry.sources, (s) => s.url).map((s) => s.url))].slice(0, MAX_LINKS) : [];
  }
  const source = sourceOfLastAnswer(turn);
  return source ? [source.url] : [];
}

/** "t'as le lien ?": the addresses of the last answer, or undefined when it had none. */
export function answerLinkText(turn: Turn): string | undefined {
  const links = linksOfLastAnswer(turn);
  if (links.length === 0) return undefined;
  return say(turn, links.length === 1 ? 'answer.link_of_last' : 'answer.links_of_last', { links: links.join(' ; ') });
}
