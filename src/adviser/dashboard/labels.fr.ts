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
