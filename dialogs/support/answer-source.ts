import { formatDateFr } from '../../src/knowledge/messages.js';
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

/** "c'est sûr ces infos ?": the last answer's source, the day it was checked, and the line for a case of one's own. */
export function answerSourceText(turn: Turn): string | undefined {
  const source = sourceOfLastAnswer(turn);
  if (!source) return undefined;
  return say(turn, 'answer.source_of_last', { producer: source.producer, url: source.url, date: formatDateFr(source.verifiedOn) });
}

/** "à qui m'adresser ?" when the last answer names no organisation: where its information comes from, and the line. */
export function whoFromSourceText(turn: Turn): string | undefined {
  const source = sourceOfLastAnswer(turn);
  if (!source) return undefined;
  return say(turn, 'answer.who_from_source', { producer: source.producer, url: source.url });
}
