import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Parses a body or query string with its zod schema; a 400 API_BAD_REQUEST names the invalid fields. */
export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError('API_BAD_REQUEST', r.error.issues.map((i) => i.path.join('.') || 'body').join(', '));
  return r.data;
}
