/**
 * The only links the widget ever renders: https: pages and tel: numbers. Everything else (javascript:, data:,
 * http:, relative paths, protocol-relative tricks) is refused and the action is shown as plain text instead.
 */
export function safeHref(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Mirror the URL parser, which ignores tabs/newlines anywhere and control characters at both ends
  // ("java\tscript:" is javascript:): clean the same way before deciding, and refuse any other control char.
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (/[\u0000-\u001f\u007f-\u009f]/.test(cleaned)) return undefined;
  if (/^tel:/i.test(cleaned)) {
    const number = cleaned.slice(4).replace(/[\s.\-()]/g, '');
    return /^\+?[0-9]{2,15}$/.test(number) ? `tel:${number}` : undefined;
  }
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}
