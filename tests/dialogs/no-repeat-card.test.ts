import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * A new question in the form of a condition ("si je pars, je perds ma formation ?") after a FAQ answer is not that
 * answer's condition: the same card again reads as a loop (review 5). Phrasings of the team.
 */
describe('a new question after a FAQ answer never gets the same card again', () => {
  it('a condition with words of its own after the working-time answer', async () => {
    const c = await startConversation();
    const first = read(await c.send("j'ai 16 ans, mon patron me fait faire des heures sup et me les paie pas"));
    const second = read(await c.send("si je m'en vais je perds mon bac pro ?"));
    const opening = (r: string): string => r.split('\n')[0] ?? '';
    expect(opening(second)).not.toBe(opening(first));
  });

  it('a changed condition of the same question still gets its answer again ("et si ça faisait 3 semaines ?")', async () => {
    const c = await startConversation();
    read(await c.send('mon patron peut arrêter mon contrat du jour au lendemain ?'));
    expect(read(await c.send('et si ça faisait 3 semaines ?'))).toMatch(/45 (premiers )?jours/);
  });
});

// The best entry is the card just shown, the next one close behind is the answer (code-blind review 7, J11).
describe('a new question whose best entry was just shown, with a close second', () => {
  it.each([
    'et des fois il me fait finir à 23h, c normal ?',
    'et le soir il me garde jusqu a 22h30',
  ])('"%s" after the minors\' working hours: the night work rule', async (text) => {
    const c = await startConversation();
    await c.send("j'ai 17 ans et je fais 40 heures par semaine, c'est légal ?");
    const r = read(await c.send(text));
    expect(r).toMatch(/22 h et 6 h/);
    expect(r).not.toMatch(/ne couvre pas cette question/);
  });
});

describe('an erasure takes words of erasing', () => {
  it('"informatique numerique" typed as a field never erases the conversation', async () => {
    const c = await startConversation();
    read(await c.send("j'ai 17 ans"));
    const r = read(await c.send('informatique numerique'));
    expect(r).not.toMatch(/effac|supprim/i);
    expect(r).toMatch(/informatique|études/i);
  });
});

describe('an employer telling their own trade and town', () => {
  it('gets the hiring aids when they ask about aids, not the course search for their trade', async () => {
    const c = await startConversation();
    const r = read(await c.send('jsuis menuisier a lisieux, on est 4, jcherche un apprenti pour septembre, y a quoi comme aides'));
    expect(r).toMatch(/aide à l'embauche/i);
    expect(r).not.toMatch(/le lieu le plus proche|je le trouve en apprentissage/i);
  });
});
