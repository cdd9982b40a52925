import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * The knowledge has no address for the 24 Missions Locales: the answer says how to find the nearest one, the free
 * line, and a follow-up about finding one stays with them (never the employer-search card).
 */
describe('finding a Mission Locale', () => {
  it.each([
    ["c'est quoi une mission locale ?", 'tu'],
    ['la mission locale ça peut m aider à trouver un apprentissage ?', 'tu'],
    ['Mon fils a quitté le lycée, la Mission Locale peut-elle l’accompagner ?', 'vous'],
  ])('"%s": the free line to find the nearest one', async (question) => {
    const c = await startConversation();
    const text = read(await c.send(question));
    expect((await c.data()).lastFaq).toBe('mission-locale');
    expect(text).toContain('0800 050 000');
  });

  it.each([
    ['la mission locale ça sert a quoi', 'et comment je trouve celle de ma ville ?'],
    ['Mon fils a quitté le lycée, la Mission Locale peut-elle l’accompagner ?', 'Comment trouve-t-il celle de son secteur ?'],
  ])('"%s" then "%s": not the employer search', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(followUp));
    expect((await c.data()).lastTopic).not.toBe('find_employer');
    expect(text).toContain('0800 050 000');
  });
});
