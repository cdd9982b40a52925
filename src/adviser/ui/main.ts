import { loadAccounts, setAccountsUser } from './accounts-view.js';
import { api, ApiError, setCsrfToken, whenUnauthenticated } from './api.js';
import { initAudit, loadAudit } from './audit-view.js';
import { loadCallbacks, initCallbacks } from './callbacks-view.js';
import { initDashboard, loadDashboard } from './dashboard-view.js';
import { announce, byId } from './dom.js';
import { initPassword } from './password-view.js';
import { initReference } from './reference-view.js';
import { initSearch, showAnswer } from './search-view.js';
import type { SessionInfo } from './types.js';

type View = 'search' | 'reference' | 'callbacks' | 'dashboard' | 'accounts' | 'audit' | 'password';
const VIEWS: View[] = ['search', 'reference', 'callbacks', 'dashboard', 'accounts', 'audit', 'password'];
/** The permission each tab needs (src/adviser/roles.ts); the server checks it again on every call. */
const NEEDS: Record<View, string | null> = {
  search: 'console',
  reference: 'console',
  callbacks: 'console',
  dashboard: 'dashboard.activity',
  accounts: 'accounts',
  audit: 'audit',
  password: null,
};

function show(view: View, focus = true): void {
  for (const v of VIEWS) byId(`${v}-view`).hidden = v !== view;
  for (const b of document.querySelectorAll<HTMLButtonElement>('#nav button[data-view]')) {
    if (b.dataset['view'] === view) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  if (view === 'callbacks') void loadCallbacks();
  if (view === 'dashboard') void loadDashboard();
  if (view === 'accounts') void loadAccounts();
  if (view === 'audit') void loadAudit();
  if (view === 'password') byId('password-done').hidden = true;
  if (focus) byId(`${view}-title`).focus();
}

/** Shows the tabs (and the feedback link) the role may use. */
function showTabsFor(s: SessionInfo): void {
  for (const b of document.querySelectorAll<HTMLElement>('#nav [data-view]')) {
    const need = NEEDS[b.dataset['view'] as View];
    const li = b.closest('li');
    if (li) li.hidden = need !== null && !s.permissions.includes(need);
  }
  const feedback = byId('feedback-link').closest('li');
  if (feedback) feedback.hidden = !s.permissions.includes('dashboard.content');
}

function signedIn(s: SessionInfo): void {
  setCsrfToken(s.csrfToken);
  byId('login-view').hidden = true;
  byId('nav').hidden = false;
  byId('account').hidden = false;
  byId('account-email').textContent = s.adviser.email;
  setAccountsUser(s.adviser.email);
  showTabsFor(s);
  const link = /^#reponse=(.+)$/.exec(location.hash);
  show('search', false);
  if (link?.[1]) void showAnswer(decodeURIComponent(link[1]));
  byId('search-q').focus();
}

function signedOut(message?: string): void {
  setCsrfToken('');
  for (const v of VIEWS) byId(`${v}-view`).hidden = true;
  byId('nav').hidden = true;
  byId('account').hidden = true;
  byId('login-view').hidden = false;
  const error = byId('login-error');
  error.hidden = !message;
  error.textContent = message ?? '';
  byId('login-email').focus();
}

function initLogin(): void {
  byId<HTMLFormElement>('login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const email = byId<HTMLInputElement>('login-email').value.trim();
    const password = byId<HTMLInputElement>('login-password');
    const error = byId('login-error');
    if (!email || !password.value) {
      error.hidden = false;
      error.textContent = 'Saisissez votre adresse e-mail et votre mot de passe.';
      return;
    }
    try {
      const s = await api<SessionInfo>('/login', { method: 'POST', body: { email, password: password.value } });
      password.value = '';
      signedIn(s);
      announce('Vous êtes connecté.');
    } catch (err) {
      password.value = '';
      error.hidden = false;
      if (err instanceof ApiError && err.code === 'API_LOCKED') {
        const minutes = Math.max(1, Math.ceil((err.retryAfter ?? 900) / 60));
        error.textContent = `Trop d’essais manqués : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`;
      } else if (err instanceof ApiError && err.status === 401) {
        error.textContent = 'Adresse e-mail ou mot de passe incorrect.';
      } else {
        error.textContent = 'La connexion a échoué. Réessayez.';
      }
      password.focus();
    }
  });
  byId('logout').addEventListener('click', async () => {
    try {
      await api('/logout', { method: 'POST' });
    } finally {
      signedOut();
      announce('Vous êtes déconnecté.');
    }
  });
}

async function start(): Promise<void> {
  initLogin();
  initSearch();
  initReference();
  initCallbacks();
  initDashboard();
  initAudit();
  initPassword();
  for (const b of document.querySelectorAll<HTMLButtonElement>('#nav button[data-view]')) {
    b.addEventListener('click', () => show(b.dataset['view'] as View));
  }
  whenUnauthenticated(() => signedOut('Votre session a expiré : reconnectez-vous.'));
  try {
    signedIn(await api<SessionInfo>('/session'));
  } catch {
    signedOut();
  }
}

void start();
