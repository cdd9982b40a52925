import { describe, expect, it } from 'vitest';
import { AID_NAME_HEADS, pluralOfHead } from '../../dialogs/routing/aid-name-heads.js';
import { entriesWriting, faqWritten } from '../../dialogs/routing/entries-writing.js';
import { minorHoursTold, overLimitsTold } from '../../dialogs/support/work-time-over.js';
import { readHandwrittenFiles } from '../../src/knowledge/facts-table.js';
import type { FaqEntry } from '../../src/knowledge/schema/faq.js';
import type { MinorWorkLimits } from '../../src/knowledge/schema/parameters.js';
import { readCues } from '../../src/nlu/cues.js';
import { normalize } from '../../src/text/normalize.js';
import { ownWordStems } from '../../dialogs/support/answer-words.js';
import { lastReplyOf } from './harness.js';

/**
 * Round 32, design debt (DESIGN §11: one home per concept, no twins). Each concept below had two homes; it has one,
 * read by both former owners, and no answer moved. These tests hold the one home and the answers of both sides.
 */

async function handwritten(): Promise<Extract<Awaited<ReturnType<typeof readHandwrittenFiles>>, { ok: true }>> {
  const r = await readHandwrittenFiles('knowledge');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}
const minorLimits = async (): Promise<MinorWorkLimits> => (await handwritten()).files.parametres.minor_work_limits;

describe('the cost-or-payer words are a cue of the Understanding (trip-far.ts reads it)', () => {
  it.each([
    "qui paye l'hébergement ?",
    "c'est remboursé par qui ?",
    'combien ça coûte le trajet ?',
    "la prise en charge de l'internat ?",
    'les frais de route, on me les rembourse ?',
    "l'opco finance le logement ?",
    "c'est quoi le prix de la cantine ?",
    'mon patron doit payer ?',
    'qui prend en charge le train ?',
  ])('"%s" speaks of a cost or its payer', (text) => {
    expect(readCues(normalize(text)).costOrPayer).toBe(true);
  });

  it.each([
    'mon cfa est à 60 km et je n ai pas le permis',
    "c'est loin, comment j'y vais ?",
    'je prends le bus tous les jours',
    "j'habite à Vire et mon école est à Caen",
    'le trajet dure une heure et demie',
    'je gagne 900 euros par mois',
    'le salaire à 17 ans ?',
    'combien de temps de trajet ?',
  ])('near miss "%s" speaks of none', (text) => {
    expect(readCues(normalize(text)).costOrPayer).toBe(false);
  });

  it.each([
    "mon cfa est loin je dors a l'internat la semaine, quelqu'un paye l'hebergement ?",
    'ma boite est a 50 km, qui rembourse l essence ?',
  ])('a cost asked about a far place is not the trip\'s entry: "%s"', async (text) => {
    const { rule } = await lastReplyOf([text]);
    expect(rule).not.toBe('far-trip');
  });

  it.each([
    "j'habite à Vire et mon CFA est à Caen, ça fait loin, j'ai pas le permis",
    'mon entreprise est à 40 km et je n ai pas de voiture',
  ])('near miss: a far place told without a cost is the trip\'s entry: "%s"', async (text) => {
    const { rule } = await lastReplyOf([text]);
    expect(rule).toBe('far-trip');
  });
});

describe("a minor's hours told are read once per message (minorHoursTold)", () => {
  it.each([
    ['je fais 40 heures par semaine sur les chantiers', 17, true],
    ['10 heures par jour sur le chantier', 16, true],
    ['40h par semaine dans le btp', 16, true],
    ['9 heures par jour aux espaces verts', 17, true],
    ['38 heures par semaine en paysagisme', 17, true],
    ['45 heures par semaine sur les chantiers', 17, false],
    ['40 heures par semaine a la boulangerie', 17, false],
    ['40 heures par semaine sur les chantiers', 18, false],
    ['35 heures par semaine sur les chantiers', 17, false],
    ['40 heures par semaine sur les chantiers', undefined, false],
  ] as const)('"%s" at %s: within the building sites\' limits only = %s', async (text, age, within) => {
    const m = await minorLimits();
    const told = minorHoursTold(normalize(text), age, m);
    expect(told.siteWithin).toBe(within);
    // The limits over are those overLimitsTold reads: one reading, the same figures.
    expect(told.over).toEqual(overLimitsTold(normalize(text), age, m));
  });

  it('the same message, age and limits give the same reading, not a second one', async () => {
    const m = await minorLimits();
    const first = minorHoursTold('je fais 45 heures par semaine', 16, m);
    expect(minorHoursTold('je fais 45 heures par semaine', 16, m)).toBe(first);
    expect(minorHoursTold('je fais 45 heures par semaine', 18, m)).not.toBe(first);
    expect(minorHoursTold('je fais 45 heures par semaine', 18, m).over).toEqual([]);
  });

  it.each([
    ["j'ai 17 ans je suis apprenti couvreur et je fais 40h par semaine sur les chantiers c'est normal ?", 'site-hours-within'],
    ["j'ai 16 ans, apprenti dans le BTP, je fais 10 heures par jour sur le chantier", 'site-hours-within'],
    ["j'ai 17 ans, apprenti maçon, je fais 45 heures par semaine sur les chantiers", 'work-time-over'],
    ["j'ai 17 ans je fais 40 heures par semaine à la boulangerie", 'work-time-over'],
  ])('"%s" keeps its rule (%s)', async (text, rule) => {
    expect((await lastReplyOf([text])).rule).toBe(rule);
  });
});

describe("the FAQ's document frequencies have one counter (entries-writing.ts)", () => {
  const entry = (id: string, answer: string): FaqEntry => ({ id, answer: { tu: answer, vous: answer } }) as unknown as FaqEntry;

  it('counts each stem once per entry, however often the entry writes it', () => {
    const entries = [entry('a', 'Le médiateur règle le litige. Le médiateur est gratuit.'), entry('b', 'Le médiateur écoute.'), entry('c', 'La prime est versée.')];
    const counts = entriesWriting(entries);
    const stemOf = (w: string): string => ownWordStems(w)[0]!;
    expect(counts.get(stemOf('mediateur'))).toBe(2);
    expect(counts.get(stemOf('litige'))).toBe(1);
  });

  it('is one count per knowledge version: the same entries give the same map', () => {
    const entries = [entry('a', 'Le contrat dure deux ans.')];
    expect(entriesWriting(entries)).toBe(entriesWriting(entries));
    expect(entriesWriting([...entries])).not.toBe(entriesWriting(entries));
  });

  it('counts what an entry writes, never the questions it is asked by', () => {
    const e = { id: 'x', answer: { tu: 'Réponse courte.', vous: 'Réponse courte.' }, questions: ['zorglubienne ?'], title: 'Titre' } as unknown as FaqEntry;
    expect(faqWritten(e).join(' ')).not.toMatch(/zorglub/);
    expect([...entriesWriting([e]).keys()].some((k) => k.startsWith('zorglub'))).toBe(false);
  });
});

describe("the heads of an aid's name have one list (aid-name-heads.ts)", () => {
  it('holds the heads both readers share, each with its plural', () => {
    expect(AID_NAME_HEADS).toEqual(['prime', 'allocation', 'cheque', 'bonus', 'pass', 'subvention']);
    expect(AID_NAME_HEADS.map(pluralOfHead)).toEqual(['primes', 'allocations', 'cheques', 'bonus', 'pass', 'subventions']);
  });

  it.each([
    "c'est quoi l'allocation rentrée apprenti ?",
    'le chèque formation apprenti ça existe ?',
    "j'ai droit au bonus vacances apprenti ?",
    "jai entendu parler d'un pass transport alternant, c vrai ?",
    "vous connaissez l'aide zorglub ?",
    'la prime machintruc c pour qui',
    'le dispositif blorpt pour les apprentis ?',
    'la subvention gribouille existe encore ?',
  ])('"%s": an aid asked by a name no aid bears is said unknown', async (text) => {
    const { rule } = await lastReplyOf([text]);
    expect(['invented-aid-name', 'foreign-aid-name', 'unknown-aid-named']).toContain(rule);
  });

  it.each([
    "c'est quoi la prime d'activité",
    "l'aide Mobili-Jeune c'est combien ?",
    "la prime à l'embauche d'un apprenti c'est combien ?",
    "l'allocation chômage après l'apprentissage ?",
  ])('near miss "%s": a real name keeps its answer', async (text) => {
    const { rule } = await lastReplyOf([text]);
    expect(['invented-aid-name', 'foreign-aid-name']).not.toContain(rule);
  });
});
