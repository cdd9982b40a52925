import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/**
 * Round 14, kinds found on blind set 11's first run (our own phrasings, never the set's).
 */
describe('past the age limit with a disability, "is it still possible?" is the age rule for them', () => {
  it.each([
    ["Ma fille a 32 ans, elle a une reconnaissance travailleur handicapé, l'apprentissage est-il possible ?"],
    ["j'ai 34 ans avec une RQTH, je peux encore être apprenti ?"],
    ['jai 31 ans et je suis reconnu handicapé c possible l alternance ?'],
  ])('"%s": no age limit with an RQTH, not how to get one', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/aucune limite d'âge|pas de limite d'âge/i);
    expect(text).not.toMatch(/MDPH/);
  });

  it('without a disability the general limit is said, and asking how to get an RQTH still gets the MDPH', async () => {
    const c = await startConversation();
    expect(c.read(await c.send("j'ai 35 ans, je peux encore faire un apprentissage ?"))).toMatch(/29 ans/);
    const d = await startConversation();
    expect(d.read(await d.send('je suis handicapé, comment avoir la rqth ?'))).toMatch(/MDPH/);
  });
});

describe('"je fais quoi alors ?" right after an answer to a situation: what that answer advises', () => {
  it.each([
    ["mon patron veut plus que j'aille au cfa", 'je fais comment alors ?', /CFA|employeur/],
    ['mon employeur me paie pas mes heures sup', 'et du coup je fais quoi ?', /./],
    ['Notre fils a raté son CAP', 'Que devons-nous faire ?', /prolongé|nouveau contrat/],
  ])('"%s" then "%s"', async (situation, whatNow, advice) => {
    const c = await startConversation();
    await c.send(situation);
    const lastFaq = (await c.data()).lastFaq;
    expect(lastFaq).toBeDefined();
    const text = c.read(await c.send(whatNow));
    expect(c.rule()).toBe('what-now-after-answer');
    expect(text).not.toMatch(/Voici ce que je sais faire/);
    expect(text).toMatch(advice);
    expect(text).toContain('0800 050 000');
    expect((await c.data()).lastFaq).toBe(lastFaq);
  });

  it('a longer question of its own is not taken for it, and with no answer before it is the help it always was', async () => {
    const c = await startConversation();
    await c.send("mon patron veut plus que j'aille au cfa");
    await c.send('je fais quoi pour trouver un autre patron ?');
    expect(c.rule()).not.toBe('what-now-after-answer');
    const d = await startConversation();
    await d.send('je fais quoi ?');
    expect(d.rule()).not.toBe('what-now-after-answer');
  });
});

describe('the year of a date in a correction is never taken for the head count', () => {
  it('"Non, … signé en décembre 2026" after a company of 20: the size stays 20, the aid of a 20-employee firm', async () => {
    const c = await startConversation();
    await c.send("J'ai signé un contrat d'apprentissage le 10 mars 2025 pour un CAP, entreprise de 20 salariés. Quelle aide devais-je toucher ?");
    const text = c.read(await c.send('Non, pour un contrat BTS signé cette semaine, en décembre 2026 ?'));
    expect((await c.data()).profile.companySize).toBe(20);
    // Under 250 employees, a level-5 diploma, contracts of 8 March to 31 December 2026: 4 500 € (1 500 € is for 250+).
    expect(text).toMatch(/4\s500 €/);
    expect(text).not.toMatch(/1\s500 €/);
  });

  it('a bare number in a correction still corrects the head count just told', async () => {
    const c = await startConversation();
    await c.send("je suis employeur, 20 salariés, quelle aide pour un apprenti en CAP ?");
    await c.send('non 300 pardon');
    expect((await c.data()).profile.companySize).toBe(300);
  });
});

describe('the orientation card names, for each trade, a diploma that its "nearest place" really teaches', () => {
  const LINE = /^•\s*(.+?) : (.+?) \(le plus proche : (.+?), \d+ km\)/;
  it.each([
    ["j'aime les animaux", '17 ans', "j'ai fini la 3e", 'Saint-Lô'],
    ["j'aime les animaux", '19 ans', "j'ai un CAP", 'Vire'],
    ['la nature, être dehors', '16 ans', "j'ai fini la 3e", 'Évreux'],
    ["j'aime cuisiner", '18 ans', "j'ai fini la 3e", 'Dieppe'],
    ['bâtiment', '16 ans', "j'ai fini la 3e", 'Alençon'],
  ])('%s, %s, %s, %s', async (interest, age, level, town) => {
    const c = await startConversation();
    await c.send('je sais pas quoi faire');
    await c.send(interest);
    await c.send(age);
    await c.send(level);
    const text = c.read(await c.send(town));
    const kb = (await sharedKnowledge()).current;
    const lines = text.split('\n').map((l) => LINE.exec(l.trim())).filter((m): m is RegExpExecArray => m !== null);
    expect(lines.length).toBeGreaterThan(0);
    for (const [, , diploma, place] of lines) {
      // Every catalogue record of that title (its older codes count for it, as in the bot's own search).
      const ids = [...kb.knowledge.diplomas.values()].filter((d) => d.title === diploma).map((d) => d.id);
      const home = [...kb.knowledge.communes.values()].find((m) => m.name === place);
      const taughtThere =
        home !== undefined && kb.search.nearestEstablishments(home, ids, 50, [5]).results.some((r) => r.commune?.name === place || r.establishment.name === place);
      expect(taughtThere, `${diploma} at ${place}`).toBe(true);
    }
  });
});

describe('a follow-up whose new detail puts the person out of the last answer\'s case', () => {
  it.each([
    ["j'ai 13 ans je peux etre apprenti ?", 'et mon père a 45 ans, il peut ?'],
    ['À partir de quel âge peut-on être apprenti ?', 'Et mon mari qui a 41 ans, il pourrait ?'],
  ])('"%s" then "%s": the general limit and its exceptions, never "Oui" nor the minimum age again', async (first, followUp) => {
    const c = await startConversation();
    await c.send(first);
    const text = c.read(await c.send(followUp));
    expect(text).toMatch(/29 ans révolus/);
    expect(text).not.toMatch(/^Oui/);
    expect(text).not.toMatch(/Il faut avoir 16 ans/);
  });

  it('with an RQTH told, the entry for that case still answers', async () => {
    const c = await startConversation();
    await c.send("j'ai 13 ans je peux etre apprenti ?");
    expect(c.read(await c.send('et mon père a 45 ans avec une rqth, il peut ?'))).toMatch(/aucune limite d'âge/i);
  });
});
