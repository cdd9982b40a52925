import type { Activity } from 'botbuilder';

export interface TranscriptLine {
  at: string | null;
  from: 'user' | 'bot';
  text: string;
  /** Card title and text (an Adaptive Card's fallback text), flattened. */
  card: string | null;
}

const MAX_CARD_CHARS = 2000;

function cardText(content: unknown): string | null {
  if (!content || typeof content !== 'object') return null;
  const c = content as Record<string, unknown>;
  // Our answers are Adaptive Cards: their fallbackText holds the whole card as plain lines.
  if (c['type'] === 'AdaptiveCard') return typeof c['fallbackText'] === 'string' && c['fallbackText'] ? c['fallbackText'].slice(0, MAX_CARD_CHARS) : null;
  const parts = ['title', 'subtitle', 'text'].flatMap((key) => (typeof c[key] === 'string' && c[key] ? [c[key] as string] : []));
  return parts.length > 0 ? parts.join('\n').slice(0, MAX_CARD_CHARS) : null;
}

/**
 * The conversation as the adviser reads it: messages only (no typing or events), who said it, when, the text and
 * the text of any answer card. Quick replies and buttons are left out: the adviser needs what was said.
 */
export function toTranscript(activities: readonly Partial<Activity>[]): TranscriptLine[] {
  return activities
    .filter((a) => a.type === 'message')
    .map((a) => {
      const cards = (a.attachments ?? []).map((att) => cardText(att.content)).filter((t): t is string => t !== null);
      return {
        at: typeof a.timestamp === 'string' ? a.timestamp : a.timestamp instanceof Date ? a.timestamp.toISOString() : null,
        from: a.from?.role === 'bot' ? 'bot' : 'user',
        text: typeof a.text === 'string' ? a.text : '',
        card: cards.length > 0 ? cards.join('\n\n') : null,
      } satisfies TranscriptLine;
    })
    .filter((l) => l.text.length > 0 || l.card !== null);
}
