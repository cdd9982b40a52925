import type { Entities } from '../../src/nlu/entities.js';

/** A flat, comparable view of the entities, the shape used by tests/nlu/heldout.yaml. */
export type EntityView = Record<string, string | number | boolean | string[]>;

export function entityView(e: Entities): EntityView {
  const v: EntityView = {};
  if (e.age) {
    v.age = e.age.value;
    if (e.age.outOfRange) v.ageOutOfRange = true;
  }
  if (e.contractYear !== undefined) v.contractYear = e.contractYear;
  if (e.diplomas.length > 0) v.diplomas = e.diplomas.map((d) => `${d.relation}:${d.type}`).sort();
  if (e.level !== undefined) v.level = e.level;
  if (e.schoolLevel) v.schoolLevel = e.schoolLevel;
  if (e.persona) v.persona = e.persona;
  if (e.companySize) {
    if (e.companySize.employees !== undefined) v.employees = e.companySize.employees;
    v.companyCategory = e.companySize.category;
  }
  if (e.disability !== undefined) v.disability = e.disability;
  if (e.postcode) v.postcode = e.postcode;
  if (e.departement) v.departement = e.departement.code;
  if (e.interests.length > 0) v.interests = [...e.interests].sort();
  return v;
}

/** Normalises an expected view from YAML (sorted lists, strings for codes) so that it compares with entityView(). */
export function expectedView(raw: Record<string, unknown> | undefined): EntityView {
  const v: EntityView = {};
  for (const [k, value] of Object.entries(raw ?? {})) {
    if (Array.isArray(value)) v[k] = value.map(String).sort();
    else if (k === 'schoolLevel' || k === 'departement' || k === 'postcode') v[k] = String(value);
    else v[k] = value as string | number | boolean;
  }
  return v;
}

/** Field-by-field comparison over the union of fields: a missing or an extra field counts as one error. */
export function compareViews(expected: EntityView, actual: EntityView): { fields: number; correct: number; diffs: string[] } {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  let correct = 0;
  const diffs: string[] = [];
  for (const k of keys) {
    const a = JSON.stringify(expected[k]);
    const b = JSON.stringify(actual[k]);
    if (a === b) correct++;
    else diffs.push(`${k}: expected ${a ?? '—'} got ${b ?? '—'}`);
  }
  return { fields: keys.size, correct, diffs };
}
