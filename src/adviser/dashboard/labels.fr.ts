/** French names the dashboard shows for the bot's topics (dialogs/support/state.ts) and audited actions. */
export const TOPIC_LABELS: Record<string, string> = {
  salary: 'Salaire',
  aids: 'Aides',
  trade: 'Métiers',
  training: 'Formations et établissements',
  faq: 'Questions fréquentes',
  orientation: 'Orientation',
  contact: 'Contact, rappel',
  find_employer: 'Trouver un employeur',
  '': 'Sans sujet',
  none: 'Sans sujet',
};

export function topicLabel(topic: string): string {
  return TOPIC_LABELS[topic] ?? topic;
}

/** What the audit log says each action is (the codes are stored; these are shown and exported beside them). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  login: 'Connexion',
  login_failed: 'Connexion refusée',
  login_locked: 'Connexion bloquée (trop d’essais)',
  logout: 'Déconnexion',
  search: 'Recherche de réponses',
  answer_view: 'Réponse consultée',
  conversation_view: 'Conversation consultée',
  callbacks_list: 'File de rappels consultée',
  callback_status: 'Statut de rappel changé',
  feedback_export: 'Export des retours (CSV)',
  dashboard_view: 'Tableau de bord consulté',
  dashboard_export: 'Export du tableau de bord (CSV)',
  accounts_list: 'Comptes consultés',
  account_disable: 'Compte désactivé',
  account_enable: 'Compte réactivé',
  account_role: 'Rôle changé',
  password_change: 'Mot de passe changé',
  audit_view: 'Journal d’audit consulté',
  audit_export: 'Export du journal d’audit (CSV)',
  access_denied: 'Accès refusé (rôle insuffisant)',
};

export const ROLE_LABELS: Record<string, string> = {
  adviser: 'Conseiller',
  editor: 'Éditeur',
  admin: 'Administrateur',
};
