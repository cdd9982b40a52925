import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aidsFileSchema, type Aid } from '../../src/knowledge/schema/aid.js';
import {
  aidConcerns,
  aidsCoveringContractDate,
  aidStatus,
  contractDateSegments,
  contractWindowBounds,
  employerHiringAidAmount,
  evaluateAid,
  evaluateAids,
  levelFromDiplomaType,
  type AidEvaluation,
  type AidProfile,
} from '../../src/rules/aids.js';

const aids: Aid[] = aidsFileSchema.parse(parse(readFileSync('knowledge/aides.yaml', 'utf8'))).aids;
const TODAY = '2026-11-27';

function aid(id: string): Aid {
  const found = aids.find((a) => a.id === id);
  if (!found) throw new Error(`no aid ${id} in knowledge/aides.yaml`);
  return found;
}

const hiring = aid('aide-embauche-apprenti-2026');
const employer: AidProfile = { persona: 'employeur', contractType: 'apprentissage', employerSector: 'prive' };

function amountOf(e: AidEvaluation): number | undefined {
  if (e.status !== 'eligible') return undefined;
  const first = e.amounts[0];
  return first && (first.kind === 'table' || first.kind === 'fixed') ? first.value : undefined;
}

describe('employerHiringAidAmount (contracts from 8 March 2026)', () => {
  it.each([
    ['CAP in a 12-employee firm', { companySize: 12, level: 3 }, 5000],
    ['bac pro in a 12-employee firm', { companySize: 12, level: 4 }, 5000],
    ['BTS in a 12-employee firm', { companySize: 12, level: 5 }, 4500],
    ['master in a 249-employee firm', { companySize: 249, level: 7 }, 2000],
    ['bac pro with 400 employees', { companySize: 400, level: 4 }, 2000],
    ['BTS with 250 employees', { companySize: 250, level: 5 }, 1500],
    ['licence with 1,000 employees', { companySize: 1000, level: 6 }, 750],
    ['disability, size and level unknown', { disability: true }, 6000],
    ['disability, 400 employees, master', { companySize: 400, level: 7, disability: true }, 6000],
  ])('%s → %i €', (_label, input, value) => {
    expect(employerHiringAidAmount(hiring, input)).toMatchObject({ kind: 'amount', value, isMaximum: true });
  });

  it('without the company size, gives the two possible amounts and asks for the size', () => {
    const r = employerHiringAidAmount(hiring, { level: 3 });
    expect(r.kind).toBe('depends');
    if (r.kind !== 'depends') return;
    expect(r.missing).toEqual(['companySize']);
    expect(r.candidates.map((c) => c.value)).toEqual([5000, 2000]);
  });

  it('has no amount for a level outside 3-7 (doctorate)', () => {
    expect(employerHiringAidAmount(hiring, { companySize: 12, level: 8 })).toEqual({ kind: 'none' });
  });
});

describe('evaluateAid: the employer hiring aid with reasons', () => {
  it('CAP in a 12-employee firm today → eligible, 5 000 €, assuming a contract signed today', () => {
    const e = evaluateAid(hiring, { ...employer, companySize: 12, diplomaType: 'CAP' }, TODAY);
    expect(e.status).toBe('eligible');
    expect(amountOf(e)).toBe(5000);
    expect(e.status === 'eligible' && e.assumptions).toContain('contract_concluded_today');
  });

  it('a contract signed on 1 March 2026 is too early, with the date in the reason', () => {
    const e = evaluateAid(hiring, { ...employer, companySize: 12, level: 3, contractConcluded: '2026-03-01' }, TODAY);
    expect(e).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'contract_concluded_too_early', from: '2026-03-08' }] });
  });

  it('a contract starting in 2027 is not covered', () => {
    const e = evaluateAid(
      hiring,
      { ...employer, companySize: 12, level: 3, contractConcluded: '2026-12-15', contractStart: '2027-01-04' },
      TODAY,
    );
    expect(e).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'contract_start_too_late', before: '2027-01-01' }] });
  });

  it('a public employer is excluded', () => {
    const e = evaluateAid(hiring, { ...employer, employerSector: 'public', companySize: 12, level: 3 }, TODAY);
    expect(e).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'employer_sector_not_covered', allowed: ['prive'] }] });
  });

  it('a contrat de professionnalisation is not covered', () => {
    const e = evaluateAid(hiring, { ...employer, contractType: 'professionnalisation', companySize: 12, level: 3 }, TODAY);
    expect(e).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'contract_type_not_covered' }] });
  });

  it('asks only for what is missing: level and size', () => {
    const e = evaluateAid(hiring, employer, TODAY);
    expect(e.status).toBe('unknown');
    if (e.status !== 'unknown') return;
    expect([...e.missing].sort()).toEqual(['companySize', 'level']);
    expect(e.candidates.length).toBe(6);
  });

  it('is ended on 1 January 2027 (valid_to 2026-12-31)', () => {
    expect(evaluateAid(hiring, { ...employer, companySize: 12, level: 3 }, '2027-01-01')).toMatchObject({
      status: 'ended',
      endedOn: '2026-12-31',
    });
  });
});

describe('evaluateAid: other aids and profiles', () => {
  it('the driving-licence aid ended on 2026-02-21, even for an eligible 19-year-old apprentice', () => {
    const e = evaluateAid(aid('aide-permis-apprentis'), { age: 19, contractType: 'apprentissage' }, TODAY);
    expect(e).toEqual({ aidId: 'aide-permis-apprentis', who: ['jeune'], status: 'ended', endedOn: '2026-02-21' });
  });

  it('the driving-licence aid was current on 2026-02-21 and said why a 17-year-old was not eligible', () => {
    const e = evaluateAid(aid('aide-permis-apprentis'), { age: 17, contractType: 'apprentissage' }, '2026-02-21');
    expect(e).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'too_young', min: 18 }] });
  });

  it('the Carte Jeunes Apprentis normands and the regional 1 000 € bonus are ended', () => {
    expect(evaluateAid(aid('carte-jeunes-apprentis-normands'), { age: 17 }, TODAY)).toMatchObject({ status: 'ended' });
    expect(evaluateAid(aid('prime-regionale-employeur-1000'), { companySize: 10 }, TODAY)).toMatchObject({
      status: 'ended',
      replacedBy: 'aide-embauche-apprenti-2026',
    });
  });

  it('the Carte Jeunes Apprentis gave 500 € under 18 when it was running', () => {
    const e = evaluateAid(
      aid('carte-jeunes-apprentis-normands'),
      { age: 17, contractType: 'apprentissage', cfaInNormandy: true },
      '2018-03-01',
    );
    expect(amountOf(e)).toBe(500);
  });

  it('Agefiph: needs to know about disability, then says yes or no', () => {
    const a = aid('agefiph-aide-embauche-alternance');
    expect(evaluateAid(a, employer, TODAY)).toMatchObject({ status: 'unknown', missing: ['disability'] });
    expect(evaluateAid(a, { ...employer, disability: false }, TODAY)).toMatchObject({
      status: 'not_eligible',
      reasons: [{ code: 'disability_required' }],
    });
    expect(evaluateAid(a, { ...employer, disability: true }, TODAY)).toMatchObject({ status: 'eligible' });
  });

  it('Mobili-Jeune: 30 is too old, 24 is fine, agricultural or public employers are not private', () => {
    const a = aid('mobili-jeune');
    const young = { contractType: 'apprentissage' as const, employerSector: 'prive' as const };
    expect(evaluateAid(a, { ...young, age: 30 }, TODAY)).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'too_old', max: 29 }] });
    expect(evaluateAid(a, { ...young, age: 24 }, TODAY)).toMatchObject({ status: 'eligible' });
  });

  it('CEJ: 27 is too old unless a disability is recognised; an apprentice is not in the target status', () => {
    const a = aid('contrat-engagement-jeune');
    expect(evaluateAid(a, { age: 27, status: 'sans_emploi_ni_formation' }, TODAY)).toMatchObject({ status: 'unknown', missing: ['disability'] });
    expect(evaluateAid(a, { age: 27, status: 'sans_emploi_ni_formation', disability: false }, TODAY)).toMatchObject({
      status: 'not_eligible',
      reasons: [{ code: 'too_old', max: 25 }],
    });
    expect(evaluateAid(a, { age: 27, status: 'sans_emploi_ni_formation', disability: true }, TODAY)).toMatchObject({ status: 'eligible' });
    expect(evaluateAid(a, { age: 19, status: 'apprenti' }, TODAY)).toMatchObject({
      status: 'not_eligible',
      reasons: [{ code: 'status_not_covered' }],
    });
  });

  it('CEJ: asking about apprenticeship does not make one an apprentice; the situation decides, else it depends', () => {
    const a = aid('contrat-engagement-jeune');
    // "un jeune de 23 ans … quelles formations en apprentissage ?": the contract sought, not one held.
    expect(evaluateAid(a, { age: 23, contractType: 'apprentissage' }, TODAY)).toMatchObject({ status: 'unknown', missing: ['status'] });
    expect(evaluateAid(a, { age: 23, contractType: 'apprentissage', status: 'sans_emploi_ni_formation' }, TODAY)).toMatchObject({ status: 'eligible' });
    expect(evaluateAid(a, { age: 23, contractType: 'apprentissage', status: 'apprenti' }, TODAY)).toMatchObject({
      status: 'not_eligible',
      reasons: [{ code: 'status_not_covered' }],
    });
  });

  it('contrat pro 45+: lists every failed condition', () => {
    const e = evaluateAid(aid('aide-embauche-contrat-pro-45-ans'), { age: 30, contractType: 'apprentissage' }, TODAY);
    expect(e).toMatchObject({
      status: 'not_eligible',
      reasons: [{ code: 'too_young', min: 45 }, { code: 'contract_type_not_covered', allowed: ['professionnalisation'] }],
    });
  });

  it('earlier hiring aids are ended with their own end dates', () => {
    expect(evaluateAid(aid('aide-embauche-apprenti-2026-janvier-mars'), employer, TODAY)).toMatchObject({ status: 'ended', endedOn: '2026-03-07' });
    expect(evaluateAid(aid('aide-embauche-apprenti-2025-fevrier-decembre'), employer, TODAY)).toMatchObject({ status: 'ended', endedOn: '2025-12-31' });
  });

  it('the January-March 2026 aid refused a BTS at the time (level 3-4 only)', () => {
    const e = evaluateAid(aid('aide-embauche-apprenti-2026-janvier-mars'), { ...employer, companySize: 12, level: 5 }, '2026-02-01');
    expect(e).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'level_too_high', max: 4 }] });
  });
});

describe('evaluateAids, aidStatus, aidConcerns, levelFromDiplomaType', () => {
  it('never returns an ended aid as eligible, whatever the profile', () => {
    const profiles: AidProfile[] = [
      {},
      { age: 19, contractType: 'apprentissage', employerSector: 'prive', disability: true, companySize: 5, level: 3, cfaInNormandy: true },
      { ...employer, companySize: 400, level: 7 },
    ];
    for (const p of profiles) {
      for (const e of evaluateAids(aids, p, TODAY)) {
        const a = aid(e.aidId);
        if (aidStatus(a, TODAY) === 'ended') expect(e.status).toBe('ended');
      }
    }
  });

  it('derives the status from the dates', () => {
    expect(aidStatus({ valid_from: '2026-03-08', valid_to: '2026-12-31' }, '2026-03-07')).toBe('upcoming');
    expect(aidStatus({ valid_from: '2026-03-08', valid_to: '2026-12-31' }, '2026-12-31')).toBe('current');
    expect(aidStatus({ valid_from: null, valid_to: null }, TODAY)).toBe('current');
  });

  it('matches aids to the person asking', () => {
    expect(aidConcerns(hiring, 'employeur')).toBe(true);
    expect(aidConcerns(hiring, 'jeune')).toBe(false);
    expect(aidConcerns(aid('allocations-familiales-apprenti'), 'parent')).toBe(true);
    expect(aidConcerns(aid('allocations-familiales-apprenti'), 'jeune')).toBe(false);
  });

  it('maps diploma types to RNCP levels', () => {
    expect(levelFromDiplomaType('CAP')).toBe(3);
    expect(levelFromDiplomaType('bac pro')).toBe(4);
    expect(levelFromDiplomaType('BTS')).toBe(5);
    expect(levelFromDiplomaType('Master')).toBe(7);
    expect(levelFromDiplomaType('titre pro')).toBeUndefined();
  });
});

describe('aids as of the contract signing date', () => {
  const janMar = aid('aide-embauche-apprenti-2026-janvier-mars');

  it('an ended period still applies to a contract signed inside its window', () => {
    const e = evaluateAid(janMar, { ...employer, companySize: 12, level: 3, contractConcluded: '2026-02-15' }, TODAY);
    expect(e.status).toBe('eligible');
    expect(amountOf(e)).toBe(5000);
    expect(e.status === 'eligible' && e.assumptions).not.toContain('contract_concluded_today');
  });

  it('a contract signed on 15 February 2026 for a BTS: that period refused the level, the next one had not begun', () => {
    const p: AidProfile = { ...employer, companySize: 12, level: 5, contractConcluded: '2026-02-15' };
    expect(evaluateAid(janMar, p, TODAY)).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'level_too_high', max: 4 }] });
    expect(evaluateAid(hiring, p, TODAY)).toMatchObject({ status: 'not_eligible', reasons: [{ code: 'contract_concluded_too_early', from: '2026-03-08' }] });
  });

  it('a planned signing after the last known window is not covered (not "upcoming", not "ended")', () => {
    const e = evaluateAid(hiring, { ...employer, companySize: 12, level: 3, contractConcluded: '2027-01-10' }, TODAY);
    expect(e).toMatchObject({ status: 'not_eligible' });
    expect(e.status === 'not_eligible' && e.reasons.map((r) => r.code)).toContain('contract_concluded_too_late');
  });

  it('without a date, earlier periods stay ended', () => {
    expect(evaluateAid(janMar, { ...employer, companySize: 12, level: 3 }, TODAY)).toMatchObject({ status: 'ended' });
  });

  it('cuts a month where a window opens or closes', () => {
    expect(contractDateSegments(aids, { from: '2026-03-01', to: '2026-03-31' })).toEqual([
      { from: '2026-03-01', to: '2026-03-07' },
      { from: '2026-03-08', to: '2026-03-31' },
    ]);
    expect(contractDateSegments(aids, { from: '2025-01-01', to: '2025-12-31' })).toEqual([
      { from: '2025-01-01', to: '2025-02-23' },
      { from: '2025-02-24', to: '2025-12-31' },
    ]);
    expect(contractDateSegments(aids, { from: '2026-04-01', to: '2026-04-30' })).toEqual([{ from: '2026-04-01', to: '2026-04-30' }]);
    expect(contractDateSegments(aids, { from: '2026-12-15', to: '2027-01-15' })).toEqual([
      { from: '2026-12-15', to: '2026-12-31' },
      { from: '2027-01-01', to: '2027-01-15' },
    ]);
  });

  it('finds the window of a date and the bounds of all windows', () => {
    expect(aidsCoveringContractDate(aids, '2026-02-15').map((a) => a.id)).toEqual(['aide-embauche-apprenti-2026-janvier-mars']);
    expect(aidsCoveringContractDate(aids, '2025-02-24').map((a) => a.id)).toEqual(['aide-embauche-apprenti-2025-fevrier-decembre']);
    expect(aidsCoveringContractDate(aids, '2027-01-02')).toEqual([]);
    expect(contractWindowBounds(aids)).toEqual({ from: '2023-01-01', to: '2026-12-31' });
  });
});
