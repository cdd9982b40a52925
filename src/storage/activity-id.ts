/** Direct Line style activity id: `<conversationId>|<seq padded to 7 digits>`. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${seq.toString().padStart(7, '0')}`;
}

/** The seq of an activity id of this conversation, or NaN. */
export function seqOfActivityId(conversationId: string, id: string | undefined): number {
  const prefix = `${conversationId}|`;
  return id?.startsWith(prefix) ? Number(id.slice(prefix.length)) : NaN;
}
