import { tokenize } from '../../src/text/normalize.js';
import { namesPlace } from './facts.js';
import type { Route, RoutingInput } from './route.js';
import { CLEAR_TRADE } from './thresholds.js';

/**
 * "y a du boulot ?", "ça recrute ?", "on trouve du travail après ?" right after a trade's card (round 28, issue 11):
 * what the card holds on jobs is each diploma's employment figure in Normandy (InserJeunes), behind "Tous les
 * diplômes": those figures, led by what they are. Before, the fallback ("je n'ai pas compris").
 */
const JOBS_ASKED =
  /\b(?:du|de|le) (?:boulot|taf|travail|emploi|job)\b|\b(?:ca|sa|il|ils|on) (?:recrute|recrutent|embauche|embauchent)\b|\b(?:trouver|trouve|trouvera|trouverai) (?:du|un) (?:travail|boulot|emploi|job|taf)\b|\btaux d (?:emploi|insertion)\b|\binsertion\b|\bdebouches?\b|\bchomage\b/;
const TRADE_JOBS_MAX_WORDS = 10;

export function tradeJobsAsked(input: RoutingInput): Route | undefined {
  const { understanding: u, data } = input;
  const code = data.profile.tradeCode;
  if (u.kind !== 'text' || data.lastTopic !== 'trade' || code === undefined) return undefined;
  if (tokenize(u.normalized).length > TRADE_JOBS_MAX_WORDS || !JOBS_ASKED.test(u.normalized)) return undefined;
  // Another trade, a town, an aid, a diploma named or a pay asked is a question of its own.
  if ((u.trade && u.trade.score >= CLEAR_TRADE && u.trade.trade.code !== code) || namesPlace(u) || u.aid !== undefined || u.facts.diplomaType !== undefined) return undefined;
  if (u.cues.asksAmount || u.facts.age !== undefined) return undefined;
  return { kind: 'trade_jobs', code };
}
