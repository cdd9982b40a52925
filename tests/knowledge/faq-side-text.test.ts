import { beforeAll, describe, expect, it } from 'vitest';
import { sideTextProblems } from '../../src/knowledge/cross-check.js';
import { readHandwrittenFiles } from '../../src/knowledge/facts-table.js';
import type { FaqFile } from '../../src/knowledge/schema/faq.js';

type Entry = FaqFile['faq'][number];
const entry = (fields: Partial<Entry>): Entry => ({ id: 'x', questions: ['q'], answer: { tu: 'Tu peux.', vous: "L'apprenti peut." }, ...fields }) as Entry;

/**
 * An employer or a parent gets an entry's vous text, even when they write tu (dialogs/faq-answer.ts): that text must
 * speak to them, never to the apprentice as "vous" ("votre employeur"); an entry for employers alone speaks to them in
 * its tu too (kb:check, cross-check.ts).
 */
describe('FAQ texts speak to the side they are given to', () => {
  let faq: FaqFile;
  beforeAll(async () => {
    const read = await readHandwrittenFiles('knowledge');
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    faq = read.files.faq;
  });

  it('holds for every entry of faq.yaml', () => {
    expect(faq.faq.flatMap((e) => sideTextProblems(e).map((p) => `${e.id}: ${p}`))).toEqual([]);
  });

  it("flags a vous text for everyone that speaks to the apprentice, not one written for the apprentice's side alone", () => {
    const toApprentice = { tu: 'Préviens ton employeur.', vous: 'Prévenez votre employeur.' };
    expect(sideTextProblems(entry({ answer: toApprentice }))).toHaveLength(1);
    expect(sideTextProblems(entry({ answer: toApprentice, audience: ['apprenti', 'famille'] }))).toHaveLength(1);
    expect(sideTextProblems(entry({ answer: toApprentice, audience: ['apprenti'] }))).toEqual([]);
    expect(sideTextProblems(entry({ answer: { tu: 'Préviens ton employeur.', vous: "L'apprenti prévient son employeur." } }))).toEqual([]);
  });

  it('reads the party with a word before it ("ton futur employeur", "votre nouveau patron")', () => {
    expect(sideTextProblems(entry({ audience: ['employeur'], answer: { tu: 'Ton futur employeur reçoit l’aide.', vous: "L'employeur reçoit l'aide." } }))).toHaveLength(1);
    expect(sideTextProblems(entry({ answer: { tu: 'Préviens ton patron.', vous: 'Prévenez votre nouveau patron.' } }))).toHaveLength(1);
  });

  it("flags an employers' entry whose tu speaks to the apprentice", () => {
    expect(sideTextProblems(entry({ audience: ['employeur'], answer: { tu: 'Ton employeur signe.', vous: "L'employeur signe." } }))).toHaveLength(1);
    expect(sideTextProblems(entry({ audience: ['employeur'], answer: { tu: 'Tu signes le contrat de ton apprenti.', vous: "L'employeur signe." } }))).toEqual([]);
  });
});
