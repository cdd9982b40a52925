import type { MapFile } from '../knowledge/schema/map.js';
import { renderMapSvg } from '../maps/svg.js';
import type { RecapDocument, RecapItem, RecapSection } from './document.js';

/** What the page adds around the document, rendered when it is served (the expiry depends on the day). */
export interface RecapPageChrome {
  /** "Cette page sera effacée le 3 janvier 2027, ou dès que tu effaces ta conversation." */
  expiry: string;
  /** "Page privée : ne partage son adresse qu'avec les personnes de ton choix." */
  privacy: string;
  /** The label of the code ("Ta référence"). */
  codeHeading: string;
  /** Where the stylesheet is (same origin: the CSP allows no inline style). */
  stylesheet: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Item text that the bot wrote as a bullet ("• CAP …") is shown as a list item without its bullet. */
const unbullet = (s: string): string => s.replace(/^•\s*/, '');

function item(i: RecapItem): string {
  const parts = [`<li><p>${escapeHtml(unbullet(i.text))}</p>`];
  if (i.details.length > 0) parts.push(`<ul class="details">${i.details.map((d) => `<li>${escapeHtml(unbullet(d))}</li>`).join('')}</ul>`);
  if (i.source) parts.push(`<p class="source">${escapeHtml(i.source)}</p>`);
  if (i.link) parts.push(`<p class="link"><a href="${escapeHtml(i.link.url)}" rel="noopener noreferrer">${escapeHtml(i.link.title)}</a> <span class="url">${escapeHtml(i.link.url.replace(/^tel:/, ''))}</span></p>`);
  parts.push('</li>');
  return parts.join('');
}

function section(s: RecapSection, mapSvg: string | undefined): string {
  const id = `recap-${s.id}`;
  const parts = [`<section class="recap-section ${s.id}" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(s.heading)}</h2>`];
  if (s.id === 'places' && mapSvg) parts.push(`<figure class="map">${mapSvg}</figure>`);
  if (s.items.length > 0) parts.push(`<${s.id === 'places' ? 'ol' : 'ul'} class="items">${s.items.map(item).join('')}</${s.id === 'places' ? 'ol' : 'ul'}>`);
  if (s.table.length > 0) {
    parts.push(`<table><tbody>${s.table.map((r) => `<tr><th scope="row">${escapeHtml(r.title)}</th><td>${escapeHtml(r.value)}</td></tr>`).join('')}</tbody></table>`);
  }
  for (const n of s.notes) parts.push(`<p class="note">${escapeHtml(n)}</p>`);
  // The sources of a section as one small paragraph: each is a whole sentence, several would fill a printed page.
  if (s.sources.length > 0) parts.push(`<p class="source">${s.sources.map(escapeHtml).join(' ')}</p>`);
  parts.push('</section>');
  return parts.join('');
}

/**
 * The récap page: plain HTML, no script at all, one same-origin stylesheet (screen and print), every string of the
 * document escaped. Pure: the document, the map outline and the page chrome in, the page out.
 */
export function renderRecapHtml(doc: RecapDocument, map: MapFile, chrome: RecapPageChrome): string {
  const mapSvg = doc.map ? renderMapSvg(map, { ...(doc.map.home ? { home: doc.map.home } : {}), places: doc.map.places, alt: doc.map.alt }) : undefined;
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(chrome.stylesheet)}">`,
    '</head>',
    '<body>',
    '<main class="recap">',
    `<header><h1>${escapeHtml(doc.title)}</h1><p class="intro">${escapeHtml(doc.intro)}</p></header>`,
    ...doc.sections.map((s) => section(s, mapSvg)),
    `<section class="recap-section code" aria-labelledby="recap-code"><h2 id="recap-code">${escapeHtml(chrome.codeHeading)}</h2><p class="code-value">${escapeHtml(doc.code)}</p><p>${escapeHtml(doc.codeLine)}</p></section>`,
    `<footer><p>${escapeHtml(chrome.expiry)}</p><p>${escapeHtml(chrome.privacy)}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
