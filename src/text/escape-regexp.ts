/** A text as a regular expression matching it literally: its special characters escaped ("c++" → "c\+\+"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
