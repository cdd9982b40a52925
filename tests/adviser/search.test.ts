import { beforeAll, describe, expect, it } from 'vitest';
import { answerById, searchAll } from '../../src/adviser/search.js';
import type { KnowledgeBase } from '../../src/knowledge/store.js';
import { knowledgeStore } from './helpers.js';

const today = '2026-11-27';
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await knowledgeStore()).current;
});

const ids = (q: string): string[] => searchAll(kb, q, { today }).map((h) => h.id);

describe('adviser search (the bot\'s knowledge and matchers)', () => {
  it('computes the pay of a 17-year-old apprentice with the bot\'s rule, first, with source and date', () => {
    const [first] = searchAll(kb, 'salaire apprenti 17 ans', { today });
    expect(first?.id).toBe('salary:17');
    const smic = kb.knowledge.parameters.smic.gross_monthly;
    const year1 = kb.knowledge.parameters.apprentice_pay.bands.find((b) => b.id === '14-17')?.percent_by_year.year_1 ?? 0;
    const expected = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(Math.round(smic * year1) / 100);
    expect(first?.lines[0]).toContain(`${expected} € brut par mois`);
    expect(first?.plain).toMatch(/^Salaire minimum d'un apprenti\n/);
    expect(first?.plain).toMatch(/Source : .+https:\/\/.+\(données du .+SMIC de .+\)\.$/s);
    // The "vous" register: advisers talk to parents and employers too.
    expect(first?.text).not.toMatch(/\bton\b|\btu\b/);
  });

  it('takes the contract year when given', () => {
    expect(ids('combien gagne un apprenti de 19 ans en 2e année')[0]).toBe('salary:19-2');
  });

  it('finds FAQ entries, aids by keyword, trades, diplomas and establishments', () => {
    expect(ids("c'est quoi la période d'essai")).toContain('faq:periode-essai');
    // The aid has ended: the FAQ entry that says so comes first, the aid card next.
    expect(ids('aide au permis').slice(0, 2)).toEqual(['faq:aide-permis-terminee', 'aid:aide-permis-apprentis']);
    expect(ids('boulanger')[0]).toBe('trade:D1102');
    expect(ids('CAP boulanger')).toContain('diploma:50022137');
    const caen = searchAll(kb, 'CFA Caen', { today });
    expect(caen[0]?.kind).toBe('establishment');
    expect(caen.filter((h) => h.kind === 'diploma')).toHaveLength(0);
  });

  it('flags an ended aid with its end date instead of offering it', () => {
    const aid = searchAll(kb, 'aide au permis', { today }).find((h) => h.id === 'aid:aide-permis-apprentis');
    expect(aid?.warning).toMatch(/^Mesure terminée le \d{1,2}(er)? \p{L}+ \d{4}/u);
    expect(aid?.plain).toContain(aid?.warning ?? '???');
  });

  it('flags an ended aid whose source gives no end day as ended, without inventing a day', () => {
    const aid = searchAll(kb, 'carte jeunes apprentis', { today }).find((h) => h.id === 'aid:carte-jeunes-apprentis-normands');
    expect(aid?.warning).toMatch(/^Mesure terminée \(la source ne donne pas de date de fin précise\)/);
    expect(aid?.plain).not.toMatch(/31 décembre 2021/);
  });

  it('resolves every permalink id it returns, and nothing else', () => {
    for (const q of ['salaire apprenti 17 ans', 'aide embauche apprenti', 'boulanger', 'CFA Rouen', 'BTS management']) {
      for (const hit of searchAll(kb, q, { today })) {
        const again = answerById(kb, hit.id, { today });
        expect(again?.plain, hit.id).toBe(hit.plain);
      }
    }
    for (const bad of ['faq:nope', 'aid:', 'salary:9', 'salary:17-7', 'x:y', '../etc/passwd', 'faq:age-minimum;drop']) {
      expect(answerById(kb, bad, { today }), bad).toBeUndefined();
    }
  });

  it('never throws on odd input and returns nothing for nothing', () => {
    expect(searchAll(kb, '', { today })).toEqual([]);
    expect(searchAll(kb, '   ?!  ', { today })).toEqual([]);
    for (const q of ['*:~^+-', '"unterminated', 'a'.repeat(5000), '😀😀', 'title:foo^10']) {
      expect(() => searchAll(kb, q, { today })).not.toThrow();
    }
  });
});
