import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 19: readings that flipped with the classifier's training seed (the ensemble of seeded runs moved them by a
 * few hundredths across a threshold). Each kind is now decided by what the message says, not by a probability at the
 * margin. Our own phrasings, with near misses that keep their answer.
 */
describe('an age recalled ("je te rappelle que…") is an age told, never a callback asked', () => {
  it.each([["je vous rappelle que j'ai 22 ans"], ['pour rappel g 19 ans'], ["jte rappel que j'ai 18 ans"]])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).not.toBe('interruption');
    expect(rule).not.toBe('fallback');
    expect(text).not.toMatch(/prénom/);
    expect(text).toMatch(/\d\d ans/);
  });

  it('near miss: "rappelle-moi stp, j\'ai 17 ans" asks the callback', async () => {
    const { text } = await lastReplyOf(["rappelle-moi stp, j'ai 17 ans"]);
    expect(text).toMatch(/prénom/);
  });
});

describe('"et en <trade> ?" after a list of places changes the course and keeps the town', () => {
  it.each([
    ['cap cuisine à Caen', 'et en boulangerie ?', /boulanger[\s\S]*Caen/i],
    ['je cherche un cap cuisine vers Rouen', 'et en menuiserie alors ?', /menuisier[\s\S]*Rouen/i],
  ])('"%s" then "%s"', async (first, then, expected) => {
    const { text, rule } = await lastReplyOf([first, then]);
    expect(rule).toBe('carry-over');
    expect(text).toMatch(expected);
  });

  it('near miss: "et en boulangerie, comment je trouve un patron ?" asks how to find an employer', async () => {
    const { text, rule } = await lastReplyOf(['cap cuisine à Caen', 'et en boulangerie, comment je trouve un patron ?']);
    expect(rule).not.toBe('carry-over');
    expect(text).toMatch(/entreprise|employeur/i);
  });
});

describe('a field corrected after a list of places is the same search for that field', () => {
  it.each([
    ['un cap cuisine vers Caen', 'non pas la cuisine, plutôt la vente', /commerce|vente/i],
    ['je veux un CAP vente près de Caen', 'pas la vente en fait, la cuisine', /cuisin/i],
  ])('"%s" then "%s"', async (first, correction, wanted) => {
    const { text, rule } = await lastReplyOf([first, correction]);
    expect(rule).toBe('course-corrected');
    expect(text).toMatch(/près de Caen/);
    expect(text).toMatch(wanted);
  });

  it('near miss: a correction that asks the pay gets the pay', async () => {
    const { rule } = await lastReplyOf(['un CAP cuisine près de Caen', 'non pas cuisine, combien on gagne en vente ?']);
    expect(rule).not.toBe('course-corrected');
  });
});

describe('an employer with a shop asking how to take an apprentice gets the steps, not the interests quiz', () => {
  it.each([
    ["je suis gérante d'une boutique, comment je fais pour avoir une apprentie ?"],
    ['on a une boutique de fleurs, comment faire pour prendre une apprentie ?'],
    ['je suis gérant d un commerce, comment on fait pour recruter un alternant ?'],
  ])('"%s"', async (message) => {
    const { text, rule } = await lastReplyOf([message]);
    expect(rule).toMatch(/^(steps-with-their-aids|faq-lead)$/);
    expect(text).toMatch(/Cerfa/);
  });

  it('near miss: "j\'adore la vente et le commerce" is an interest told (the orientation)', async () => {
    const { text } = await lastReplyOf(["j'adore la vente et le commerce"]);
    expect(text).toMatch(/vendeu/);
  });
});

describe('who asks, told right after the aids, keeps the aids (the aids for that person)', () => {
  it.each([
    ["c'est quoi les aides pour les apprentis ?", 'je suis une apprentie', 'g 18 ans'],
    ['quelles aides pour un apprenti ?', 'Je suis un jeune', "j'ai 20 ans"],
  ])('"%s", "%s", then "%s"', async (asks, who, age) => {
    const after = await lastReplyOf([asks, who]);
    expect(after.rule).toBe('carry-over');
    expect(after.text).toMatch(/aides/);
    const { text } = await lastReplyOf([asks, who, age]);
    expect(text).toMatch(/aides/);
  });

  it('near miss: "je suis une jeune entreprise de 3 salariés" is an employer, not a young person', async () => {
    const { text } = await lastReplyOf(['y a quelles aides en apprentissage ?', 'je suis une jeune entreprise de 3 salariés']);
    expect(text).toMatch(/employeur/);
  });
});
