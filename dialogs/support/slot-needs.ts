import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import { aidsNeedPersona } from './aid-audience.js';
import type { Profile, Slot } from './state.js';

/**
 * The next detail a topic needs before it can answer, from what the conversation knows (undefined: it can answer).
 * The topic dialogs ask for it; the routing reads it too, because a question is worth asking only when the topic
 * is clear. `normalized` is the message being answered: who asks about aids is asked only when it is ambiguous.
 */
export function missingSlot(topic: Topic, p: Profile, normalized = ''): Slot | undefined {
  switch (topic) {
    case 'salary':
      return p.age === undefined && p.ageBand === undefined ? 'age' : undefined;
    case 'aids':
      return aidsNeedPersona(p, normalized) ? 'persona' : undefined;
    case 'trade':
      return p.tradeCode === undefined ? 'trade' : undefined;
    case 'training':
      if (p.tradeCode === undefined && p.diplomaType === undefined) return 'tradeOrType';
      return p.communeInsee === undefined && p.departement === undefined ? 'commune' : undefined;
    case 'orientation':
      if (!p.interests || p.interests.length === 0) return 'interests';
      if (p.age === undefined) return 'age';
      if (p.levelHeld === undefined) return 'levelHeld';
      return p.communeInsee === undefined && p.departement === undefined ? 'commune' : undefined;
    default:
      return undefined;
  }
}
