import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Round 14: an aid is told from the side that receives it. A parent or an apprentice asking what the EMPLOYER receives
 * gets the employer's aids, said to be the employer's (not the family's list, not "l'État vous verse"); an apprentice
 * asking about the family benefits is not told they are paid to the employer.
 */
describe("the employer's hiring aid asked by a parent or an apprentice", () => {
  it.each([
    ["l'entreprise touche combien si elle prend mon fils en apprentissage ?", /versées à l'employeur, pas à l'apprenti ni à sa famille/],
    ["lentreprise de mon fils elle a droit a combien d'aide ?", /versées à l'employeur, pas à l'apprenti ni à sa famille/],
    ["est-ce que l'employeur de ma fille reçoit une prime pour l'avoir embauchée ?", /versées à l'employeur, pas à l'apprenti ni à sa famille/],
  ])('"%s": what the employer receives, said as the employer\'s', async (message, side) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).toMatch(side);
    expect(text).toMatch(/Aide à l'embauche d'un apprenti/);
    expect(text).not.toMatch(/Mobili-Jeune|Prime d'activité/);
    // The head count is the employer's to tell, not asked of a parent as "votre entreprise".
    expect(text).not.toMatch(/votre entreprise/);
  });
});

describe('the family benefits asked by an apprentice are not said to be paid to the employer', () => {
  it.each([["je suis apprenti, c'est quoi les allocations familiales pour moi ?"], ['jsuis apprentie, mes parents touchent encore les allocs ?']])('"%s"', async (message) => {
    const c = await startConversation();
    const text = read(await c.send(message));
    expect(text).not.toMatch(/versée à l'employeur/);
    expect(text).toMatch(/55\s%\sdu SMIC/);
  });
});
