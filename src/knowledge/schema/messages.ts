import { z } from 'zod';
import { tuVousSchema } from './common.js';

/**
 * Every sentence the bot says, keyed by a dotted id (`salary.answer`). A message is the same for everyone, or has a
 * `tu` form (young people) and a `vous` form (parents, employers, advisers). `{name}` marks a parameter.
 */
export const messageSchema = z.union([z.string().min(1), tuVousSchema]);
export const messagesFileSchema = z.strictObject({
  messages: z.record(z.string().regex(/^[a-z0-9_]+(\.[a-zA-Z0-9_]+)*$/, { message: 'expected a dotted key like salary.answer' }), messageSchema),
});
export type Message = z.infer<typeof messageSchema>;
export type MessagesFile = z.infer<typeof messagesFileSchema>;
