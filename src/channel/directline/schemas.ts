import { z } from 'zod';
import { AppError } from '../../errors.js';

// Activities come from clients we did not write (Web Chat adds localTimestamp, localTimezone, entities, …), so
// the top-level object is NOT strict: unknown fields are dropped rather than refused. Every field kept is typed
// and bounded, and what the bot sees is only what is listed here.
const channelAccount = z.object({
  id: z.string().min(1).max(256).optional(),
  name: z.string().max(256).optional(),
  role: z.string().max(32).optional(),
});

const attachment = z.object({
  contentType: z.string().min(1).max(256),
  contentUrl: z.string().max(2048).optional(),
  content: z.unknown().optional(),
  name: z.string().max(256).optional(),
  thumbnailUrl: z.string().max(2048).optional(),
});

export const incomingActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  id: z.string().min(1).max(256).optional(),
  from: channelAccount.optional(),
  text: z.string().max(65_536).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  attachments: z.array(attachment).max(10).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  replyToId: z.string().max(256).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
});
export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

export const tokenParametersSchema = z
  .strictObject({
    user: channelAccount.optional(),
    trustedOrigins: z.array(z.string().max(512)).max(20).optional(),
    eTag: z.string().max(256).optional(),
  })
  .optional();

export const conversationParametersSchema = z
  .object({
    user: channelAccount.optional(),
    locale: z.string().max(35).optional(),
  })
  .optional();

export const watermarkQuerySchema = z.object({
  watermark: z
    .string()
    .max(20)
    .regex(/^\d*$/)
    .optional(),
  t: z.string().max(256).optional(),
});

/** Limits of each free-form field of an activity: what Web Chat and our widget send is far below them. */
export const FREE_FORM_LIMITS = { depth: 32, items: 2_000, chars: 16_384 } as const;

/**
 * Measures a free-form JSON value without recursion (an explicit stack), stopping at the first limit passed:
 * nesting depth, number of values and keys, and characters of strings and keys. Returns what was exceeded.
 */
function exceeds(value: unknown): string | undefined {
  const stack: [unknown, number][] = [[value, 1]];
  let items = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (depth > FREE_FORM_LIMITS.depth) return `nested deeper than ${FREE_FORM_LIMITS.depth} levels`;
    if (++items > FREE_FORM_LIMITS.items) return `more than ${FREE_FORM_LIMITS.items} items`;
    if (typeof v === 'string') chars += v.length;
    else if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1]);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        chars += k.length;
        stack.push([x, depth + 1]);
      }
    }
    if (chars > FREE_FORM_LIMITS.chars) return `more than ${FREE_FORM_LIMITS.chars} characters`;
  }
  return undefined;
}

/**
 * Bounds the free-form JSON an activity carries (value, channelData, entities, attachment contents): it is stored
 * as JSON and served back, and serialising it recurses. Throws DL_ACTIVITY_TOO_COMPLEX naming the field.
 */
export function assertBoundedFreeForm(activity: IncomingActivity): void {
  const fields: [string, unknown][] = [
    ['value', activity.value],
    ['channelData', activity.channelData],
    ['entities', activity.entities],
    ...(activity.attachments ?? []).map((a, i): [string, unknown] => [`attachments.${i}.content`, a.content]),
  ];
  for (const [field, value] of fields) {
    if (value === undefined) continue;
    const problem = exceeds(value);
    if (problem) throw new AppError('DL_ACTIVITY_TOO_COMPLEX', `${field}: ${problem}`);
  }
}

/** Parses `input` or throws DL_BAD_ACTIVITY naming the first invalid field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, what = 'activity'): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : what;
  throw new AppError('DL_BAD_ACTIVITY', `${field}: ${issue?.message ?? 'invalid'}`);
}

/** "" and absent both mean "from the start", as in Direct Line. */
export function watermarkOf(value: string | undefined): number {
  return value ? Number(value) : 0;
}
