import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { INTENT_IDS } from '../../src/nlu/intents.js';

const entityViewSchema = z.strictObject({
  age: z.number().optional(),
  ageOutOfRange: z.boolean().optional(),
  contractYear: z.number().optional(),
  diplomas: z.array(z.string()).optional(),
  level: z.number().optional(),
  schoolLevel: z.string().optional(),
  persona: z.string().optional(),
  employees: z.number().optional(),
  companyCategory: z.string().optional(),
  disability: z.boolean().optional(),
  postcode: z.string().optional(),
  departement: z.string().optional(),
  interests: z.array(z.string()).optional(),
});

const heldoutSchema = z.array(
  z.strictObject({
    text: z.string().min(1),
    intent: z.enum(INTENT_IDS),
    entities: entityViewSchema.optional(),
  }),
);

export type HeldoutCase = z.infer<typeof heldoutSchema>[number];

export const HELDOUT_FILE = new URL('./heldout.yaml', import.meta.url);

export function loadHeldout(): HeldoutCase[] {
  // YAML reads 3e as a string and 50 as a number; the file quotes ambiguous values where it matters.
  return heldoutSchema.parse(parse(readFileSync(HELDOUT_FILE, 'utf8')));
}
