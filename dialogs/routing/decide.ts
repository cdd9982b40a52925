import type { Turn } from '../support/turn.js';
import type { Route, RouteRule, RoutingInput } from './route.js';
import { ROUTE_RULES } from './rules.js';

/** The route a message takes and the name of the rule that chose it (logged when a turn ends without a reply). */
export interface Decision {
  rule: string;
  route: Route;
}

/** Runs the routing table: the first rule that applies decides. Pure: reads the input, changes nothing. */
export function decideRoute(input: RoutingInput, rules: readonly RouteRule[] = ROUTE_RULES): Decision {
  for (const rule of rules) {
    if (rule.when(input)) return { rule: rule.name, route: rule.route(input) };
  }
  return { rule: 'none', route: { kind: 'fallback' } };
}

/** What the routing reads of a turn. */
export function routingInputOf(turn: Turn): RoutingInput {
  return {
    understanding: turn.understanding,
    data: turn.data,
    chosen: turn.chosen,
    detailGiven: turn.detailGiven,
    inContext: turn.inContext,
    today: turn.today,
    aids: turn.kb.knowledge.aids,
    hasFaqEntry: (id) => turn.kb.search.faqEntry(id) !== undefined,
  };
}
