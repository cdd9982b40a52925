import { describe, expect, it } from 'vitest';
import { highDemand } from '../../src/rules/offer-demand.js';

describe('formation très demandée', () => {
  it('when the first-choice demands exceed the capacity given', () => {
    expect(highDemand({ first_choice: 45, all_choices: 103, capacity: 12 })).toEqual({ firstChoice: 45, capacity: 12 });
    expect(highDemand({ first_choice: 12, capacity: 12 })).toBeUndefined();
  });
  it('never without a capacity (999 is not imported) nor from Parcoursup wishes, which are not ranked', () => {
    expect(highDemand({ first_choice: 76, all_choices: 144 })).toBeUndefined();
    expect(highDemand({ wishes: 298, capacity: 25 })).toBeUndefined();
    expect(highDemand({ first_choice: 3, capacity: 0 })).toBeUndefined();
    expect(highDemand(undefined)).toBeUndefined();
  });
});
