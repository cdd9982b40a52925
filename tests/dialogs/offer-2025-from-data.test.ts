import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/snapshot.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { expectKey, read, startConversation } from './harness.js';

/**
 * Issue 13's conversation cases, picked from the knowledge rather than written by hand: every case below is found
 * by a query over knowledge/etablissements.yaml, asked in plain words ("<diploma title> à <town>"), and the line the
 * bot must (or must not) write is built from the same records. A re-import that changes the data changes the cases.
 */
async function knowledge(): Promise<Knowledge> {
  return (await sharedKnowledge()).current.knowledge;
}

/** A place line of the places card, numbered like the map's dots ("(2) CFA … — Caen, < 1 km : …"), starting with `start` after its number. */
const placeLine = (line: string, start: string): boolean => /^\(\d+\) /.test(line) && line.replace(/^\(\d+\) /, '').startsWith(start);

const townOf = (k: Knowledge, insee: string): string => k.communes.get(insee)?.name ?? insee;
const titleOf = (k: Knowledge, id: string): string => k.diplomas.get(id)?.title ?? id;

describe('where to train: cases picked from the data', () => {
  it('every CAP taught in Caen in 2025 is answered with its Caen site and "offre 2025"', async () => {
    const k = await knowledge();
    const cases = new Map<string, string[]>();
    for (const e of k.establishments.filter((s) => s.commune === '14118')) {
      for (const o of e.offers) {
        if (o.year !== 2025 || !titleOf(k, o.diploma).startsWith('CAP ')) continue;
        cases.set(titleOf(k, o.diploma), [...(cases.get(titleOf(k, o.diploma)) ?? []), e.name]);
      }
    }
    expect(cases.size).toBeGreaterThanOrEqual(10);
    const missed: string[] = [];
    for (const [title, sites] of cases) {
      const c = await startConversation();
      const text = read(await c.send(`${title} à Caen`));
      const lines = text.split('\n');
      const listed = sites.some((name) => lines.some((l) => placeLine(l, `${name} — Caen, < 1 km : `) && l.includes(`${title} (offre 2025)`)));
      if (!listed) missed.push(title);
    }
    // Known gaps of understanding, not of the offer: "CAP charcuterie-traiteur" is read as the trade "cuisinier de
    // collectivité", "CAP menuisier fabricant" as "menuisier aluminium" (whose diplomas hold the installer's CAP
    // only). Left to the understanding work; any other miss fails here.
    const KNOWN_GAPS = new Set(['CAP charcuterie-traiteur', 'CAP menuisier fabricant']);
    expect(missed.filter((t) => !KNOWN_GAPS.has(t))).toEqual([]);
    expect(missed.length).toBeLessThanOrEqual(KNOWN_GAPS.size);
  }, 240_000);

  it('a site listed in 2025 without a CAP it taught in 2020 is not offered for it', async () => {
    const k = await knowledge();
    const cases = k.establishments.flatMap((e) =>
      (e.past_offers ?? [])
        .filter((p) => p.absent_in.year === 2025 && titleOf(k, p.diploma).startsWith('CAP '))
        .map((p) => ({ site: e.name, town: townOf(k, e.commune), title: titleOf(k, p.diploma) })),
    );
    expect(cases.length).toBeGreaterThanOrEqual(5);
    const wrong: string[] = [];
    for (const { site, town, title } of cases) {
      const c = await startConversation();
      const replies = await c.send(`${title} à ${town}`);
      const text = read(replies);
      if (text.split('\n').some((l) => placeLine(l, `${site} — `) && l.includes(title))) wrong.push(`${site} (${town}) still offered for ${title}`);
      // The request was read as a search for places (a list, or "no place near"), so the absence above means something.
      if (!text.includes('Se former en apprentissage')) wrong.push(`${title} à ${town}: not answered as a search for places — ${text.slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
