/**
 * Bot text is plain text. We never turn markdown into HTML; we only drop paired emphasis markers (`**mot**`,
 * `__mot__`) so they do not clutter the bubble. The result always goes through textContent.
 */
export function plainText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1')
    .replace(/__(?=\S)([^_\n]*?\S)__/g, '$1');
}
