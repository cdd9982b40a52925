import { describe, expect, it } from 'vitest';
import { audienceOf, isForSide, speakerSide, topicEntryForSide } from '../../../dialogs/routing/side.js';
import type { FaqEntry } from '../../../src/knowledge/schema/faq.js';
import type { Understanding } from '../../../src/nlu/understanding.js';

const said = (normalized: string, facts: Partial<Understanding['facts']> = {}): Understanding =>
  ({ normalized, facts: { interests: [], ...facts } }) as unknown as Understanding;

describe('the side the person speaks from', () => {
  it('is the persona of the message first, an employer winning over a tu', () => {
    expect(speakerSide(said('tu sais combien je paie mon apprenti', { persona: 'employeur', register: 'tu' }), {})).toBe('employeur');
  });
  it('is the persona said before when the message shows none', () => {
    expect(speakerSide(said('et le cfa ce est payant'), { persona: 'parent' })).toBe('famille');
  });
  it('is none for an adviser, who speaks for someone else', () => {
    expect(speakerSide(said('je dois payer quoi', { persona: 'conseiller' }), {})).toBeUndefined();
  });
  it("is the apprentice's for someone who speaks of their own case, not in vous, not of an apprentice", () => {
    expect(speakerSide(said('ce est a moi de payer le ecole'), {})).toBe('apprenti');
    expect(speakerSide(said('ce est a moi de payer le ecole'), { register: 'vous' })).toBeUndefined();
    expect(speakerSide(said('je paie le cfa en plus du salaire de le apprenti'), {})).toBeUndefined();
    expect(speakerSide(said('combien coute un apprenti a une entreprise'), {})).toBeUndefined();
  });
  it("is the employer's for someone who ends another's contract, in tu or in vous; not for the one it is done to", () => {
    expect(speakerSide(said('et si ca va pas je peux le virer'), {})).toBe('employeur');
    expect(speakerSide(said('puis je la licencier'), { register: 'vous' })).toBe('employeur');
    expect(speakerSide(said('je peux me en separer'), {})).toBe('employeur');
    expect(speakerSide(said('nous voulons nous separer de notre apprentie'), {})).toBe('employeur');
    expect(speakerSide(said('il peut me virer comme ca'), {})).toBe('apprenti');
    expect(speakerSide(said('son patron peut le virer'), {})).toBeUndefined();
  });
});

describe('what an answer is written for', () => {
  const entry = (audience?: FaqEntry['audience']) => ({ id: 'x', audience }) as unknown as FaqEntry;
  it('reads the FAQ field, "tous" and no field meaning everyone', () => {
    expect(audienceOf({ kind: 'faq', entry: entry(['employeur']) })).toEqual(['employeur']);
    expect(audienceOf({ kind: 'faq', entry: entry(['tous']) })).toBeUndefined();
    expect(audienceOf({ kind: 'faq', entry: entry() })).toBeUndefined();
  });
  it('knows the card to find an employer is for the young side, and its employer counterpart', () => {
    expect(isForSide(audienceOf({ kind: 'topic', topic: 'find_employer' }), 'employeur')).toBe(false);
    expect(isForSide(audienceOf({ kind: 'topic', topic: 'find_employer' }), 'famille')).toBe(true);
    expect(isForSide(audienceOf({ kind: 'topic', topic: 'salary' }), 'employeur')).toBe(true);
    expect(topicEntryForSide('find_employer', 'employeur')).toBe('employeur-demarches');
  });
});
