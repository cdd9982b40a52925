import { el } from '../dom.js';
import { plainText } from '../plain-text.js';
import { isRecord, str } from '../protocol.js';
import { safeHref } from '../safe-url.js';
import { fr } from '../strings.fr.js';
import { renderLink } from './actions.js';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-03-01" → "1 mars 2025"; anything else is shown as given. */
export function frenchDate(raw: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    const d = new Date(`${raw}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) return dateFormat.format(d);
  }
  return raw;
}

/**
 * `channelData.sources`: our bot may attach the sources of an answer as strings or as objects with a label, an
 * https URL and a date. Shape is read defensively because other bots may send something else.
 */
export function renderSources(channelData: Record<string, unknown> | undefined): HTMLElement | undefined {
  const sources = channelData?.sources;
  if (!Array.isArray(sources) || sources.length === 0) return undefined;
  const list = el('ul', 'sources');
  for (const s of sources.slice(0, 8)) {
    const li = el('li');
    if (typeof s === 'string') {
      li.append(el('span', undefined, fr.source + plainText(s)));
    } else if (isRecord(s)) {
      const label = str(s.label) ?? str(s.title) ?? str(s.name) ?? str(s.producer);
      const href = safeHref(s.url);
      const date = str(s.date) ?? str(s.verified_on) ?? str(s.data_date);
      if (!label && !href) continue;
      li.append(fr.source);
      li.append(href ? renderLink(href, label ?? href, 'source-link') : el('span', undefined, plainText(label ?? '')));
      if (date) li.append(`, ${fr.updated}${frenchDate(date)}`);
    } else {
      continue;
    }
    list.append(li);
  }
  return list.childElementCount > 0 ? list : undefined;
}
