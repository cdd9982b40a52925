import { describe, expect, it } from 'vitest';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { normalize, tokenize } from '../../src/text/normalize.js';
import { tradeDiplomaIds } from '../../src/knowledge/schema/trade.js';
import type { Diploma } from '../../src/knowledge/schema/diploma.js';
import type { Knowledge } from '../../src/knowledge/snapshot.js';

/**
 * A person never sees one diploma twice in a trade's list (issue 12): measured over every trade of the knowledge
 * base. Two records are one diploma to a person when one renews the other (`replaced_by`, followed) or when they
 * read the same: same type, level and words of the title ("Macon (CAP)" and "CAP maçon"). The lists before the fix
 * are the trade's raw links (tradeDiplomaIds); after, what Search.diplomasForTrade gives the dialogs.
 */
/**
 * Records whose title is only the kind of certification. There were eight titres pro named "Titre professionnel"
 * alone: Certif Info renamed each (two wordings of one code), and the import kept only the wordings' common start.
 * Round 12: the import keeps the newest wording when the common start is only the kind (none left). Pinned, so
 * that a new one shows.
 */
const UNTITLED: string[] = [];
const untitled = (d: Diploma): boolean => normalize(d.title) === 'titre professionnel';

const words = (d: Diploma): string => [...new Set(tokenize(normalize(d.title)))].sort().join(' ');

function twice(k: Knowledge, list: readonly Diploma[]): string[] {
  const out: string[] = [];
  const ids = new Set(list.map((d) => d.id));
  for (const d of list) for (const s of k.diplomaSuccessors.get(d.id) ?? []) if (ids.has(s)) out.push(`${d.id} renewed by ${s}`);
  const seen = new Map<string, string>();
  for (const d of list) {
    if (untitled(d)) continue;
    const key = `${d.type}|${d.level}|${words(d)}`;
    const other = seen.get(key);
    if (other) out.push(`${other} and ${d.id} read "${d.title}"`);
    else seen.set(key, d.id);
  }
  return out;
}

describe('each diploma once in a trade\u2019s list', async () => {
  const { knowledge: k, search } = (await sharedKnowledge()).current;
  const trades = [...k.trades.values()];

  it('lists no diploma twice for any trade of the knowledge base (counted before and after)', () => {
    const raw = (code: string): Diploma[] =>
      tradeDiplomaIds(k.trades.get(code)!).flatMap((id) => (k.diplomas.has(id) ? [k.diplomas.get(id)!] : []));
    const before = trades.filter((t) => twice(k, raw(t.code)).length > 0);
    const after = trades.filter((t) => twice(k, search.diplomasForTrade(t)).length > 0);
    console.log(`trades listing a diploma twice: ${before.length} of ${trades.length} before, ${after.length} after`);
    // The figure before is the data's, measured on the day of the fix: a change of the import shows here.
    expect(before.length).toBeGreaterThan(400);
    expect(after.map((t) => `${t.code}: ${twice(k, search.diplomasForTrade(t)).join('; ')}`)).toEqual([]);
    expect([...k.diplomas.values()].filter((d) => d.active && d.apprenticeship && untitled(d)).map((d) => d.id).sort()).toEqual(UNTITLED);
  });

  it('shows the mason the CAP maçon once, under its current code, with the places of both records', () => {
    const mason = k.trades.get('F1703')!;
    const caps = search.diplomasForTrade(mason, ['CAP']).filter((d) => /ma[cç]on/i.test(d.title) && !/option/i.test(d.title));
    expect(caps.map((d) => d.id)).toEqual(['50023224']);
    expect(search.shownDiplomaId('50023217')).toBe('50023224');
    // Every place that offers either code is found for the one shown (searched from the place itself).
    const either = new Set([...(k.establishmentsByDiploma.get('50023217') ?? []), ...(k.establishmentsByDiploma.get('50023224') ?? [])]);
    expect(either.size).toBeGreaterThan(0);
    const lost = [...either].filter((e) => search.nearestEstablishments(e, ['50023224'], 3).results.every((r) => r.establishment.uai !== e.uai));
    expect(lost.map((e) => e.uai)).toEqual([]);
  });

  it('keeps, among same-titled records, the one taught in Normandy, and counts the others\u2019 places for it', () => {
    let merged = 0;
    for (const d of k.diplomas.values()) {
      const shownId = search.shownDiplomaId(d.id);
      if (shownId === d.id) continue;
      merged++;
      const shown = k.diplomas.get(shownId)!;
      // The record shown is never renewed itself, and is taught here whenever the one it stands for is.
      expect(k.diplomaSuccessors.has(shownId), `${d.id} → ${shownId}`).toBe(false);
      if (k.establishmentsByDiploma.has(d.id)) expect(k.establishmentsByDiploma.has(shown.id) || d.replaced_by !== undefined, `${d.id} → ${shownId}`).toBe(true);
    }
    expect(merged).toBeGreaterThan(0);
  });
  it('merges only records of one diploma: its renewal, or the same type, level and normalised title (every record)', () => {
    const current = (id: string): string => k.diplomaSuccessors.get(id)?.at(-1) ?? id;
    const wrong: string[] = [];
    let renewed = 0;
    let sameTitle = 0;
    for (const d of k.diplomas.values()) {
      const shownId = search.shownDiplomaId(d.id);
      if (shownId === d.id) continue;
      const shown = k.diplomas.get(shownId)!;
      const c = k.diplomas.get(current(d.id))!;
      if (shownId === c.id) renewed++;
      else if (shown.type === c.type && shown.level === c.level && words(shown) === words(c) && !untitled(c)) sameTitle++;
      else wrong.push(`${d.id} "${d.title}" shown as ${shownId} "${shown.title}"`);
    }
    console.log(`records shown as another: ${renewed} as their renewal, ${sameTitle} as a same-titled record`);
    expect(wrong).toEqual([]);
    expect(renewed).toBeGreaterThan(0);
    expect(sameTitle).toBeGreaterThan(0);
  });

  it('counts for a diploma only the places of its own records (every diploma taught in Normandy)', () => {
    const wrong: string[] = [];
    for (const [id, places] of k.establishmentsByDiploma) {
      const shownId = search.shownDiplomaId(id);
      for (const place of places) {
        const found = search.nearestEstablishments(place, [shownId], 50, [0.01]).results.find((r) => r.establishment.uai === place.uai);
        if (!found) wrong.push(`${place.uai} offers ${id} but is not found for ${shownId}`);
        for (const o of found?.offers ?? []) {
          // The one other record whose place counts: a BTS's common first year, for each option it opens onto.
          const firstYearOfIt = o.diploma.common_year_of?.includes(shownId) === true;
          if (search.shownDiplomaId(o.diploma.id) !== shownId && !firstYearOfIt) wrong.push(`${place.uai}: ${o.diploma.id} "${o.diploma.title}" counted for ${shownId}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds a diploma by its title as the record its trades list (every record taught in Normandy)', () => {
    const wrong: string[] = [];
    for (const id of k.establishmentsByDiploma.keys()) {
      const d = k.diplomas.get(id);
      if (!d) continue;
      const shownId = search.shownDiplomaId(id);
      // The request that names it whole, and the trades it leads to, meet on one record.
      if (!search.diplomasNamed(normalize(d.title), [d.type]).some((n) => n.id === shownId)) wrong.push(`"${d.title}" not named as ${shownId}`);
      for (const t of trades) {
        if (!tradeDiplomaIds(t).includes(id)) continue;
        if (!search.diplomasForTrade(t).some((x) => x.id === shownId)) wrong.push(`${t.code} lacks ${shownId} for ${id}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
