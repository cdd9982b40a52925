/**
 * The subset of the Bot Framework activity schema the widget reads. Everything arriving from the network is
 * `unknown` first and narrowed here, so a malformed frame can never reach the DOM code as a wrong type.
 */
export interface CardAction {
  type: string;
  title: string;
  value: unknown;
  text?: string;
  displayText?: string;
}

export interface Attachment {
  contentType: string;
  content: unknown;
}

export interface Activity {
  type: string;
  id: string | undefined;
  fromId: string;
  fromRole: string | undefined;
  text: string;
  name: string | undefined;
  value: unknown;
  replyToId: string | undefined;
  attachments: Attachment[];
  suggestedActions: CardAction[];
  channelData: Record<string, unknown> | undefined;
  clientActivityId: string | undefined;
}

export interface ActivitySet {
  activities: Activity[];
  watermark: string | undefined;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function parseCardAction(v: unknown): CardAction | undefined {
  if (!isRecord(v)) return undefined;
  const type = str(v.type) ?? 'imBack';
  const title = str(v.title) ?? str(v.text) ?? str(v.displayText) ?? str(v.value);
  if (title === undefined || title.trim() === '') return undefined;
  const action: CardAction = { type, title, value: v.value };
  const text = str(v.text);
  if (text !== undefined) action.text = text;
  const displayText = str(v.displayText);
  if (displayText !== undefined) action.displayText = displayText;
  return action;
}

function parseAttachments(v: unknown): Attachment[] {
  if (!Array.isArray(v)) return [];
  const out: Attachment[] = [];
  for (const a of v) {
    if (isRecord(a) && typeof a.contentType === 'string') out.push({ contentType: a.contentType, content: a.content });
  }
  return out;
}

export function parseActivity(v: unknown): Activity | undefined {
  if (!isRecord(v) || typeof v.type !== 'string') return undefined;
  const from = isRecord(v.from) ? v.from : {};
  const channelData = isRecord(v.channelData) ? v.channelData : undefined;
  const suggested = isRecord(v.suggestedActions) && Array.isArray(v.suggestedActions.actions)
    ? v.suggestedActions.actions.map(parseCardAction).filter((a): a is CardAction => a !== undefined)
    : [];
  return {
    type: v.type,
    id: str(v.id),
    fromId: str(from.id) ?? '',
    fromRole: str(from.role),
    text: str(v.text) ?? '',
    name: str(v.name),
    value: v.value,
    replyToId: str(v.replyToId),
    attachments: parseAttachments(v.attachments),
    suggestedActions: suggested,
    channelData,
    clientActivityId: channelData ? str(channelData.clientActivityID) : undefined,
  };
}

/** `{activities, watermark}` as sent by GET …/activities and by the WebSocket stream. */
export function parseActivitySet(v: unknown): ActivitySet | undefined {
  if (!isRecord(v) || !Array.isArray(v.activities)) return undefined;
  return {
    activities: v.activities.map(parseActivity).filter((a): a is Activity => a !== undefined),
    watermark: str(v.watermark),
  };
}
