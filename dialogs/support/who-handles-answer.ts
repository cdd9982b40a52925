import { answerFor } from './knowledge-views.js';
import { organisationSentence } from './who-handles.js';
import { registerOfTurn, type Turn } from './turn.js';

/**
 * Who to see about the answer shown last ("on s'adresse à qui ?"): the first sentence of that answer (the FAQ entry's
 * answer then its details; the aid's summary then how to apply) that names an organisation; else the first contact
 * the entry proposes, with what it is for. Undefined when neither names one: the bot then says its answer does not
 * cover the question.
 */
export function whoHandlesLastAnswer(turn: Turn): string | undefined {
  const register = registerOfTurn(turn);
  const { lastTopic, lastFaq, lastAid } = turn.data;
  if (lastTopic === 'faq' && lastFaq) {
    const entry = turn.kb.search.faqEntry(lastFaq);
    if (!entry) return undefined;
    const said = organisationSentence(`${answerFor(turn, entry)[register]} ${entry.details?.[register] ?? ''}`);
    if (said) return said;
    const contact = entry.see_contacts.map((id) => turn.kb.knowledge.contacts.find((c) => c.id === id)).find((c) => c !== undefined);
    return contact ? `${contact.name} : ${contact.what_for[register]}` : undefined;
  }
  if (lastTopic === 'aids' && lastAid) {
    const aid = turn.kb.knowledge.aids.find((a) => a.id === lastAid);
    if (!aid) return undefined;
    return organisationSentence(`${aid.summary[register]} ${aid.how_to_apply[register]}`);
  }
  return undefined;
}
