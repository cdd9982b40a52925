import { api, ApiError } from './api.js';
import { announce, byId, h, safeHttpsUrl } from './dom.js';
import type { Answer } from './types.js';

const KIND_LABELS: Record<Answer['kind'], string> = {
  salary: 'Salaire (calcul)',
  faq: 'Question fréquente',
  aid: 'Aide',
  trade: 'Métier',
  diploma: 'Diplôme',
  establishment: 'Établissement',
};

/** Puts text on the clipboard; also in the hidden field, so it can be re-read (and tested) without a clipboard. */
async function copy(text: string): Promise<boolean> {
  const buffer = byId<HTMLTextAreaElement>('copy-buffer');
  buffer.value = text;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (http, old browser): the classic selection copy still works in most browsers.
    const active = document.activeElement as HTMLElement | null;
    buffer.select();
    const ok = document.execCommand('copy');
    active?.focus();
    return ok;
  }
}

export function permalink(id: string): string {
  return `${location.origin}/conseiller/#reponse=${encodeURIComponent(id)}`;
}

function sourceLine(a: Answer): HTMLElement {
  const p = h('p', { class: 'source' }, 'Source : ');
  a.sources.forEach((s, i) => {
    if (i > 0) p.append(' ; ');
    const url = safeHttpsUrl(s.url);
    p.append(url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, s.producer) : s.producer);
  });
  p.append(` (${a.dateLabel}).`);
  return p;
}

export function answerCard(a: Answer, headingLevel: 'h2' | 'h3' = 'h2', highlight = false): HTMLElement {
  const titleId = `card-${a.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const copyButton = h('button', { type: 'button', class: 'secondary', 'aria-describedby': titleId }, 'Copier');
  copyButton.addEventListener('click', async () => {
    const ok = await copy(a.plain);
    announce(ok ? `Réponse copiée : ${a.title}.` : 'La copie a échoué : sélectionnez le texte à la main.');
  });
  const linkButton = h('button', { type: 'button', class: 'secondary', 'aria-describedby': titleId }, 'Copier le lien');
  linkButton.addEventListener('click', async () => {
    const ok = await copy(permalink(a.id));
    announce(ok ? 'Lien vers la réponse copié.' : 'La copie du lien a échoué.');
  });
  return h(
    'article',
    { class: highlight ? 'card highlight' : 'card', 'aria-labelledby': titleId, 'data-answer-id': a.id },
    h('span', { class: 'kind' }, KIND_LABELS[a.kind]),
    h(headingLevel, { id: titleId }, a.title),
    a.warning ? h('p', { class: 'warning' }, a.warning) : null,
    h('p', {}, a.text),
    a.lines.length > 0 ? h('ul', { class: 'lines' }, ...a.lines.map((l) => h('li', {}, l))) : null,
    sourceLine(a),
    h('div', { class: 'actions' }, copyButton, linkButton),
  );
}

async function runSearch(q: string): Promise<void> {
  const list = byId<HTMLOListElement>('results');
  const count = byId('search-count');
  count.textContent = 'Recherche en cours…';
  try {
    const r = await api<{ results: Answer[] }>(`/search?q=${encodeURIComponent(q)}`);
    list.replaceChildren(...r.results.map((a) => h('li', {}, answerCard(a, 'h2'))));
    const message =
      r.results.length === 0
        ? `Aucune réponse pour « ${q} ». Essayez d’autres mots.`
        : `${r.results.length} réponse${r.results.length > 1 ? 's' : ''} pour « ${q} ».`;
    count.textContent = message;
    announce(message);
  } catch (e) {
    count.textContent = e instanceof ApiError && e.status === 401 ? '' : 'La recherche a échoué. Réessayez.';
    if (!(e instanceof ApiError && e.status === 401)) announce('La recherche a échoué.');
  }
}

/** Opens an answer from its permalink (#reponse=faq:…). */
export async function showAnswer(id: string): Promise<void> {
  const list = byId<HTMLOListElement>('results');
  const count = byId('search-count');
  try {
    const a = await api<Answer>(`/answers/${encodeURIComponent(id)}`);
    list.replaceChildren(h('li', {}, answerCard(a, 'h2', true)));
    count.textContent = 'Réponse ouverte depuis un lien.';
  } catch {
    list.replaceChildren();
    count.textContent = 'Ce lien ne correspond à aucune réponse (elle a peut-être été retirée de la base).';
  }
}

export function initSearch(): void {
  const form = byId<HTMLFormElement>('search-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = byId<HTMLInputElement>('search-q').value.trim();
    if (q) void runSearch(q);
  });
}
