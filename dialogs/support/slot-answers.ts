import type { Slot } from './slots.js';
import type { Turn } from './turn.js';

/** Whether this message answers the question we asked (so it is not a change of subject). */
export function answersSlot(slot: Slot, turn: Turn): boolean {
  const { analysis, chosen } = turn;
  switch (slot) {
    case 'age':
      return analysis.facts.age !== undefined || analysis.facts.bareNumber !== undefined;
    case 'commune':
      return analysis.commune !== undefined || analysis.outside !== undefined;
    case 'trade':
    case 'tradeOrType':
      return analysis.trade !== undefined || analysis.facts.diplomaType !== undefined || chosen?.do === 'trade';
    case 'interests':
      return analysis.facts.interests.length > 0 || analysis.trade !== undefined || chosen?.do === 'interest';
    case 'levelHeld':
      return analysis.facts.levelHeld !== undefined || chosen?.do === 'level';
    case 'persona':
      return analysis.facts.persona !== undefined || chosen?.do === 'persona';
  }
}
