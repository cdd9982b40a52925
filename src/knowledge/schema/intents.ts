import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { AppError } from '../../errors.js';

/** The intents the dialogs route on. Renaming one breaks routing: add, never rename. */
export const INTENT_IDS = [
  'greeting',
  'thanks',
  'goodbye',
  'bot_identity',
  'help',
  'restart',
  'human',
  'callback',
  'erase',
  'insult',
  'out_of_scope',
  'affirm',
  'deny',
  'salary',
  'aids',
  'employer_aids',
  'trade',
  'training',
  'orientation',
  'find_employer',
  'faq',
] as const;

export type IntentId = (typeof INTENT_IDS)[number];

export function isIntentId(value: string): value is IntentId {
  return (INTENT_IDS as readonly string[]).includes(value);
}

const intentSchema = z.strictObject({
  phrases: z.array(z.string().trim().min(1).max(300)).min(5),
});

/** knowledge/intents.fr.yaml: every intent must be present (an enum-keyed record is exhaustive in zod 4). */
export const intentsFileSchema = z.strictObject({
  intents: z.record(z.enum(INTENT_IDS), intentSchema),
});

export type IntentsFile = z.infer<typeof intentsFileSchema>;

/** Parses and validates the YAML text; errors name the file and line, as the knowledge loader does. */
export function parseIntentsFile(text: string, fileName: string): IntentsFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? 0;
    throw new AppError('NLU_INVALID_INTENTS', `${fileName}:${line}: ${yamlError.code}`);
  }
  const parsed = intentsFileSchema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.slice(0, 5).map((issue) => {
    const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    const line = offset === undefined ? '?' : String(lineCounter.linePos(offset).line);
    return `${fileName}:${line}: ${issue.path.join('.')}: ${issue.message}`;
  });
  throw new AppError('NLU_INVALID_INTENTS', messages.join('; '));
}
