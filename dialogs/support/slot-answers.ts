import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import { isDepartementCode } from '../../src/knowledge/departements.js';
import { noDiplomaYet } from './slots.js';
import type { Slot } from './state.js';
import type { Turn } from './turn.js';

/** Whether this message answers the question we asked (so it is not a change of subject). */
export function answersSlot(slot: Slot, turn: Turn, waitingTopic?: Topic): boolean {
  const { understanding, chosen } = turn;
  switch (slot) {
    case 'age':
      // "il est mineur" answers the pay's age question (one rate under 18), not the quiz's, which needs the age itself.
      return understanding.facts.age !== undefined || understanding.facts.bareNumber !== undefined || (waitingTopic === 'salary' && understanding.facts.ageBand !== undefined);
    case 'commune':
      // A département ("dans le 27", or a bare "27" read as one in profile-update.ts) answers too: its sites are listed.
      return understanding.commune !== undefined || understanding.outside !== undefined || understanding.departement !== undefined || isDepartementCode(String(understanding.facts.bareNumber));
    case 'trade':
    case 'tradeOrType':
      return understanding.trade !== undefined || understanding.facts.diplomaType !== undefined || chosen?.do === 'trade';
    case 'interests':
      return understanding.facts.interests.length > 0 || understanding.trade !== undefined || chosen?.do === 'interest';
    case 'levelHeld':
      return understanding.facts.levelHeld !== undefined || chosen?.do === 'level' || noDiplomaYet(understanding.normalized);
    case 'persona':
      return understanding.facts.persona !== undefined || chosen?.do === 'persona';
  }
}
