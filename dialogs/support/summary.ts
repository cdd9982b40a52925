import type { Turn } from './turn.js';

/**
 * The summary an adviser sees from a reference code, with the person's consent: what the bot was told and
 * showed. No free text from the person, only the facts the bot extracted.
 */
export interface ConversationSummary {
  persona: string | null;
  age: number | null;
  level_held: number | null;
  diploma_aimed: string | null;
  town: string | null;
  trade: string | null;
  company_size: number | null;
  disability: boolean | null;
  last_topic: string | null;
  aids_shown: string[];
}

export function conversationSummary(turn: Turn): ConversationSummary {
  const p = turn.data.profile;
  const k = turn.kb.knowledge;
  const aidTitles = new Map(k.aids.map((a) => [a.id, a.title]));
  return {
    persona: p.persona ?? null,
    age: p.age ?? null,
    level_held: p.levelHeld ?? null,
    diploma_aimed: p.diplomaType ?? null,
    town: p.communeInsee ? (k.communes.get(p.communeInsee)?.name ?? null) : null,
    trade: p.tradeCode ? (k.trades.get(p.tradeCode)?.label ?? null) : null,
    company_size: p.companySize ?? null,
    disability: p.disability ?? null,
    last_topic: turn.data.lastTopic ?? null,
    aids_shown: turn.data.aidsShown.map((id) => aidTitles.get(id) ?? id),
  };
}

/** The summary's fields that hold something, in the summary's order: what the sharing question names. */
export function summaryFieldsKept(summary: ConversationSummary): Array<keyof ConversationSummary> {
  return (Object.keys(summary) as Array<keyof ConversationSummary>).filter((field) => {
    const value = summary[field];
    return Array.isArray(value) ? value.length > 0 : value !== null;
  });
}
