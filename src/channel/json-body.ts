import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/** No JSON body of ours nests deeper than a few levels; this bounds what hostile bodies can make code recurse on. */
export const MAX_BODY_DEPTH = 64;

/**
 * Whether a JSON text nests arrays and objects deeper than `max`. One pass over the characters, no recursion and
 * no allocation: brackets inside strings do not count.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}

/**
 * Replaces Fastify's JSON body parser with the same parser (prototype poisoning refused) behind a nesting check:
 * every route of the app, present and future, gets bodies no deeper than MAX_BODY_DEPTH, or a 400
 * API_JSON_TOO_DEEP. JSON.parse itself copes with deep input, but JSON.stringify, structured clones and recursive
 * validators do not (an activity nested 4,500 deep used to overflow the stack when it was stored).
 */
export function guardJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_BODY_DEPTH)) {
      done(new AppError('API_JSON_TOO_DEEP', `more than ${MAX_BODY_DEPTH} levels`), undefined);
      return;
    }
    parse(request, text, done);
  });
}
