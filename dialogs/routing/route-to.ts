/**
 * The two small makers of a topic route that the routing tables share: `topic('aids')` is the route, `to('aids')` a
 * rule's route function that always gives it.
 */
import type { Topic } from '../../src/knowledge/schema/vocabulary.js';
import type { Route } from './route.js';

export const topic = (t: Topic): Route => ({ kind: 'topic', topic: t });

export const to = (t: Topic) => (): Route => topic(t);
