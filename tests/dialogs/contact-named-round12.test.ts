import { describe, expect, it } from 'vitest';
import { NAMED_CONTACTS } from '../../dialogs/support/contact-questions.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { startConversation } from './harness.js';

/**
 * A service named with a way to reach it ("comment contacter l'Agefiph ?", "le site de France Travail") gets that
 * service's card: what it does, its link (or how to find it), its source. Before, the free line's card (the number
 * read as a call for a human) or the fallback.
 */
describe('a service named with a way to reach it', () => {
  it.each([
    ["Comment contacter l'Agefiph ?", 'https://www.agefiph.fr'],
    ["c'est quoi le site de france travail ?", 'https://www.francetravail.fr'],
    ['le lien de la bonne alternance stp', 'https://labonnealternance.apprentissage.beta.gouv.fr'],
    ['Comment joindre la Mission Locale ?', '0800 050 000'],
    ['jveux le site 1jeune1solution', 'https://www.1jeune1solution.gouv.fr'],
  ])('"%s" → its card', async (message, reach) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).toBe('contact-named');
    expect(text).toContain(reach);
    expect(text).toMatch(/Source : .*vérifié le/);
  });

  it.each([["c'est quoi une mission locale ?"], ['la mission locale la plus proche de Vire'], ['france travail ou mission locale, le mieux pour trouver un patron ?']])('"%s" is not a card request', async (message) => {
    const c = await startConversation();
    await c.send(message);
    expect(c.rule()).not.toBe('contact-named');
  });

  it('every service it names has its record', async () => {
    const contacts = (await sharedKnowledge()).current.knowledge.contacts.map((c) => c.id);
    for (const [, id] of NAMED_CONTACTS) expect(contacts).toContain(id);
  });
});
