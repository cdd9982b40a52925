import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * "À qui dois-je m'adresser ?" right after an answer on a minor's hours not kept: "dois" asks whom to turn to, not a
 * condition of what was answered (condition-in-view.ts). The organisations the answer names lead the reply (the
 * mediator, the labour inspection), not "my sources say no more" over the limits again (integration of round 33,
 * where the condition rule took it).
 */
const HOURS = 'Mon fils a 16 ans, il fait 45 heures par semaine dans son garage. Est-ce légal ?';

describe('whom to turn to, asked with "dois" after an answer', () => {
  it.each([
    "À qui dois-je m'adresser ?",
    'vers qui dois-je me tourner ?',
    'je dois contacter qui ?',
    "auprès de qui je dois m'adresser ?",
  ])('%s', async (question) => {
    const { text, rule } = await lastReplyOf([HOURS, question]);
    expect(rule).not.toBe('condition-in-view');
    expect(text).toMatch(/médiateur|inspection du travail/);
    expect(text).not.toMatch(/n'en disent pas plus/);
  });

  it('a condition asked with "doit" still gets the condition the answer states', async () => {
    const { rule } = await lastReplyOf(["c'est quoi un maître d'apprentissage ?", 'il doit être majeur ?']);
    expect(rule).toBe('condition-in-view');
  });
});
