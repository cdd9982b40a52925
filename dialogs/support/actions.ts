import type { Persona, Topic } from '../../src/knowledge/schema/vocabulary.js';

/**
 * What a quick reply does when it is clicked or typed. The bot remembers the quick replies it offered last, so
 * "la 2e", "coiffure" or "oui" typed by hand mean the same as a click.
 */
export type Action =
  | { do: 'topic'; topic: Topic }
  | { do: 'year'; year: number }
  /** `where`: offered to say where that trade is taught (a quiz's trades after "c'est où ?"), not its card. */
  | { do: 'trade'; code: string; where?: boolean }
  /** Every diploma of a trade, the ones its card leaves out included ("Tous les diplômes (N)"). */
  | { do: 'all_diplomas'; code: string }
  | { do: 'faq'; id: string }
  | { do: 'aid'; id: string }
  /** An aid's card with its whole amounts table, every size and level ("Tout le barème"). */
  | { do: 'aid_table'; id: string }
  | { do: 'aids_why_not' }
  | { do: 'interest'; id: string }
  | { do: 'persona'; persona: Persona }
  | { do: 'level'; level: number }
  | { do: 'human' }
  | { do: 'callback' }
  | { do: 'menu' }
  | { do: 'other_town' }
  | { do: 'other_question' }
  | { do: 'consent'; value: boolean }
  | { do: 'salary_pro' }
  | { do: 'salary_apprentice' }
  | { do: 'recap' };

export interface Offer {
  title: string;
  action: Action;
}

/** Quick replies by message key, the common next steps every answer may offer. */
export const COMMON_OFFERS: Readonly<Record<string, Action>> = {
  'choice.salary': { do: 'topic', topic: 'salary' },
  'choice.aids': { do: 'topic', topic: 'aids' },
  'choice.training': { do: 'topic', topic: 'training' },
  'choice.where_training': { do: 'topic', topic: 'training' },
  'choice.find_employer': { do: 'topic', topic: 'find_employer' },
  'choice.orientation': { do: 'topic', topic: 'orientation' },
  'choice.trade': { do: 'topic', topic: 'trade' },
  'choice.human': { do: 'human' },
  'choice.callback': { do: 'callback' },
  'choice.menu': { do: 'menu' },
  'choice.other_town': { do: 'other_town' },
  'choice.other_question': { do: 'other_question' },
  'choice.why_not': { do: 'aids_why_not' },
  'choice.salary_pro': { do: 'salary_pro' },
  'choice.salary_apprentice': { do: 'salary_apprentice' },
  'choice.yes_consent': { do: 'consent', value: true },
  'choice.no_consent': { do: 'consent', value: false },
  'choice.recap': { do: 'recap' },
};
