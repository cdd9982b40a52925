import { api, ApiError, setCsrfToken } from './api.js';
import { announce, byId } from './dom.js';
import type { SessionInfo } from './types.js';

/** "Mon compte": change one's own password; the current one is required, and every other session of the account ends. */
export function initPassword(): void {
  const form = byId<HTMLFormElement>('password-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const current = byId<HTMLInputElement>('password-current');
    const next = byId<HTMLInputElement>('password-new');
    const confirm = byId<HTMLInputElement>('password-confirm');
    const error = byId('password-error');
    const fail = (text: string, focus: HTMLInputElement): void => {
      error.hidden = false;
      error.textContent = text;
      focus.focus();
    };
    if (!current.value || !next.value) return fail('Saisissez votre mot de passe actuel et le nouveau.', current.value ? next : current);
    if (next.value.length < 12) return fail('Le nouveau mot de passe doit comporter au moins 12 caractères.', next);
    if (next.value !== confirm.value) return fail('La confirmation ne correspond pas au nouveau mot de passe.', confirm);
    try {
      const s = await api<SessionInfo>('/password', { method: 'POST', body: { currentPassword: current.value, newPassword: next.value } });
      setCsrfToken(s.csrfToken);
      form.reset();
      error.hidden = true;
      announce('Mot de passe changé. Vos autres sessions sont fermées.');
      byId('password-done').hidden = false;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'API_WRONG_PASSWORD') fail('Le mot de passe actuel est incorrect.', current);
      else if (err instanceof ApiError && err.code === 'API_LOCKED') fail('Trop d’essais manqués : réessayez plus tard.', current);
      else if (err instanceof ApiError && err.status === 400) fail('Ce nouveau mot de passe n’est pas accepté (12 à 256 caractères, différent de l’actuel).', next);
      else if (!(err instanceof ApiError && err.status === 401)) fail('Le changement a échoué. Réessayez.', current);
      current.value = '';
    }
  });
}
