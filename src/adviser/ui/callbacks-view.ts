import { api, ApiError } from './api.js';
import { announce, byId, formatDateTime, h } from './dom.js';
import type { Callback } from './types.js';

const STATUS_LABELS: Record<Callback['status'], string> = { new: 'Nouvelle', in_progress: 'En cours', done: 'Traitée' };

/** "0612345678" → "06 12 34 56 78" for reading aloud; the tel: link keeps the digits. */
function spacedPhone(p: string): string {
  return /^\d{10}$/.test(p) ? p.replace(/(\d{2})(?=\d)/g, '$1 ') : p;
}

function actionButton(c: Callback, status: Callback['status'], label: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: status === 'done' ? '' : 'secondary', 'data-status': status }, label);
  b.setAttribute('aria-label', `${label} : demande de ${c.firstName}`);
  b.addEventListener('click', () => void changeStatus(c, status));
  return b;
}

function row(c: Callback): HTMLTableRowElement {
  const actions = h('div', { class: 'actions' });
  if (c.status === 'new') actions.append(actionButton(c, 'in_progress', 'Prendre en charge'));
  if (c.status !== 'done') actions.append(actionButton(c, 'done', 'Marquer traitée'));
  else actions.append(actionButton(c, 'in_progress', 'Rouvrir'));
  return h(
    'tr',
    { 'data-callback-id': String(c.id) },
    h('td', {}, formatDateTime(c.createdAt)),
    h('th', { scope: 'row' }, c.firstName),
    h('td', {}, h('a', { href: `tel:${c.phone.replace(/[^\d+]/g, '')}` }, spacedPhone(c.phone))),
    h('td', {}, c.timeSlot),
    h('td', {}, c.referenceCode ? `${c.referenceCode.slice(0, 3)} ${c.referenceCode.slice(3)}` : '—'),
    h('td', { class: 'status' }, STATUS_LABELS[c.status]),
    h('td', {}, actions),
  );
}

export async function loadCallbacks(focusCaption = false): Promise<void> {
  const out = byId('callbacks-result');
  const status = byId<HTMLSelectElement>('callbacks-filter').value;
  try {
    const r = await api<{ callbacks: Callback[] }>(`/callbacks${status ? `?status=${status}` : ''}`);
    const caption = h('caption', { id: 'callbacks-caption', tabindex: '-1' }, `${r.callbacks.length} demande${r.callbacks.length > 1 ? 's' : ''} de rappel`);
    if (r.callbacks.length === 0) {
      out.replaceChildren(h('p', { id: 'callbacks-caption', tabindex: '-1' }, 'Aucune demande de rappel.'));
    } else {
      out.replaceChildren(
        h(
          'table',
          {},
          caption,
          h(
            'thead',
            {},
            h('tr', {}, ...['Reçue le', 'Prénom', 'Téléphone', 'Créneau', 'Référence', 'Statut', 'Actions'].map((t) => h('th', { scope: 'col' }, t))),
          ),
          h('tbody', {}, ...r.callbacks.map(row)),
        ),
      );
    }
    if (focusCaption) byId('callbacks-caption').focus();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    out.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'La file de rappels n’a pas pu être chargée.'));
  }
}

async function changeStatus(c: Callback, status: Callback['status']): Promise<void> {
  try {
    await api(`/callbacks/${c.id}/status`, { method: 'POST', body: { status } });
    await loadCallbacks();
    announce(`Demande de ${c.firstName} : ${STATUS_LABELS[status].toLowerCase()}.`);
    // The row's buttons were replaced: keep the keyboard user in the table.
    const next = document.querySelector<HTMLElement>(`tr[data-callback-id="${c.id}"] button`) ?? document.getElementById('callbacks-caption');
    next?.focus();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    announce('Le changement de statut a échoué.');
  }
}

export function initCallbacks(): void {
  byId('callbacks-filter').addEventListener('change', () => void loadCallbacks());
  byId('callbacks-refresh').addEventListener('click', () => {
    void loadCallbacks().then(() => announce('File de rappels actualisée.'));
  });
}
