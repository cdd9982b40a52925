import { describe, expect, it } from 'vitest';
import { laterPartAsked } from '../../dialogs/support/answer-parts.js';
import { overLimitsTold } from '../../dialogs/support/work-time-over.js';
import { normalize } from '../../src/text/normalize.js';
import { factRows, readHandwrittenFiles } from '../../src/knowledge/facts-table.js';
import type { MinorWorkLimits } from '../../src/knowledge/schema/parameters.js';
import { read, startConversation } from './harness.js';

async function handwritten(): Promise<Extract<Awaited<ReturnType<typeof readHandwrittenFiles>>, { ok: true }>> {
  const r = await readHandwrittenFiles('knowledge');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}
const minorLimits = async (): Promise<MinorWorkLimits> => (await handwritten()).files.parametres.minor_work_limits;

const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/**
 * Round 16: the under-18s' working-time limits (35 h a week, 8 h a day, night from 22 h, 20 h before 16, 12 h of
 * rest, a break after 4 h 30) were constants in dialogs/support/work-time-over.ts. They are now parameters of the
 * knowledge (parametres.yaml, minor_work_limits) with their source, read through the snapshot: the answers are the
 * same, a change of the law is one edit, and `npm run kb:facts` lists them.
 */
describe("the minors' working-time limits are knowledge parameters with their source", () => {
  it('the knowledge holds them with the Code du travail articles and the fiche', async () => {
    const m = await minorLimits();
    expect([m.week_max_hours, m.day_max_hours, m.break_after_hours, m.night_from, m.night_from_younger, m.night_to, m.daily_rest_hours]).toEqual([35, 8, 4.5, 22, 20, 6, 12]);
    expect(m.legal_basis).toMatch(/L3162-1.*L3162-2.*L3163-1.*L3163-2.*L3164-1/);
    expect(m.source.url).toMatch(/^https:\/\/travail-emploi\.gouv\.fr\//);
    expect(m.verified_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the facts table lists them with their source and date', async () => {
    const h = await handwritten();
    const rows = factRows(h.files, h.texts);
    const minors = rows.filter((r) => r.record === 'minor_work_limits');
    expect(minors.map((r) => r.value)).toEqual(expect.arrayContaining(['35 h par semaine', '8 h par jour', 'pause de 30 min après 4 h 30']));
    expect(minors.every((r) => r.verified_on === '2026-11-27' && r.sources.some((u) => /travail-emploi/.test(u)))).toBe(true);
  });

  it('the rule weighs told hours against the limits it is given, not constants of its own', async () => {
    const m = await minorLimits();
    expect(overLimitsTold('je fais 38 heures par semaine', 16, m).map((o) => o.key)).toEqual(['work_time.what.week']);
    expect(overLimitsTold('je fais 38 heures par semaine', 16, { ...m, week_max_hours: 39 })).toEqual([]);
    expect(overLimitsTold('je finis a 21 h', 15, m).map((o) => o.key)).toEqual(['work_time.what.end']);
    expect(overLimitsTold('je finis a 21 h', 16, m)).toEqual([]);
  });

  it.each([
    ['jai 16 ans et je bosse 42h par semaine', /42 heures par semaine/],
    ["g 15 ans je finis a 21h au resto", /finir à 21 h/],
    ['17 ans, je fais 10 heures par jour sans pause', /10 heures par jour/],
  ])('"%s": the answer says which figure is over, as before', async (message, what) => {
    const c = await startConversation();
    const text = plain(read(await c.send(message)));
    expect(text).toMatch(what);
    expect(text).toMatch(/dépasse la limite fixée avant 18 ans/);
  });

  it('near miss: 17 ans finishing at 21 h is within the limit, not told it is over', async () => {
    const c = await startConversation();
    const text = plain(read(await c.send('jai 17 ans et je finis a 21h au resto')));
    expect(text).not.toMatch(/dépasse la limite/);
  });
});

/**
 * Round 16: an answer written for one yes/no question opens with its "Oui" or "Non". A question about what only a
 * later sentence says (the State's hiring aid, to the entry on public employers opening "Oui, … peuvent recruter")
 * got that "Oui" as if it answered it. Now, when a later sentence has two or more of the question's words the first
 * lacks, that sentence comes first and the yes or no goes (support/answer-parts.ts, laterPartAsked).
 */
describe('a yes or a no is said only to the question it answers', () => {
  const first = (replies: Awaited<ReturnType<Awaited<ReturnType<typeof startConversation>>['send']>>): string => plain(replies[0]?.text ?? '');
  const entry = async (id: string): Promise<{ tu: string; vous: string }> => {
    const e = (await handwritten()).files.faq.faq.find((x) => x.id === id);
    if (!e) throw new Error(id);
    return e.answer;
  };

  it('three entries opening with a yes: a question about a later sentence is found, theirs is not', async () => {
    const publics = await entry('employeurs-publics');
    expect(laterPartAsked(publics.vous, normalize("une commune qui embauche un apprenti a droit a l'aide de l'etat ?"))).toContain('aid');
    expect(laterPartAsked(publics.vous, normalize('je bosse a la mairie, on peut prendre un apprenti ?'))).toEqual([]);
    const exam = await entry('conge-examen');
    expect(laterPartAsked(exam.tu, normalize('mon cfa organise une semaine de revision, j ai droit aux jours de conge en plus ?'))).toContain('semain');
    expect(laterPartAsked(exam.tu, normalize("j'ai droit a des jours pour reviser mon exam ?"))).toEqual([]);
    const leave = await entry('depart-apres-diplome');
    expect(laterPartAsked(leave.tu, normalize("j'ai eu mon diplome, je peux partir avant la fin du contrat sans prevenir mon employeur ?"))).toContain('preven');
    expect(laterPartAsked(leave.tu, normalize("j'ai mon diplome, je peux quitter mon contrat avant la fin ?"))).toEqual([]);
  });

  it.each([
    // Round 32: a sentence lifted to lead stands alone, its demonstrative made the definite article ("Ce congé" → "Le congé").
    ['mon cfa organise une semaine de revision, j ai droit aux jours de conge en plus ?', /^Le congé n'est pas prévu si ton CFA organise une semaine de révisions/],
    ["j'ai eu mon diplome, je peux partir avant la fin du contrat sans prevenir mon employeur ?", /^Préviens ton employeur par écrit au moins 2 mois avant/],
  ])('"%s": the part asked about first, no opening yes or no', async (message, part) => {
    const c = await startConversation();
    const said = first(await c.send(message));
    expect(said).not.toMatch(/^(?:En principe )?(?:Oui|Non)\b/i);
    expect(said).toMatch(part);
  });

  it.each([
    ["j'ai droit a des jours pour reviser mon exam ?", /^Oui : tu as droit à 5 jours/],
    ['apprenti je suis assure a la secu ?', /^Oui, tu relèves du régime général/],
  ])('near miss "%s": the yes/no question the entry answers keeps its yes', async (message, opening) => {
    const c = await startConversation();
    expect(first(await c.send(message))).toMatch(opening);
  });
});
