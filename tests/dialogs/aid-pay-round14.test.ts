import { describe, expect, it } from 'vitest';
import { read, startConversation } from './harness.js';

/**
 * Round 14: the rule worked out with the person's own figures. After an aid whose condition is a pay threshold (the
 * prime d'activité: a net pay above 55 % of the SMIC over 169 h; the prestations familiales: at most the same), a pay told is
 * weighed against it: yes or no with the comparison in euros, the SMIC's date and the source, not the card again.
 */
describe("a pay told after the prime d'activité is weighed against its threshold (net, above 55 % × 169 h)", () => {
  it.each([
    ["donc avec 989 € j'y ai droit ou pas ?", /Non, pas avec ce salaire : 989 € par mois ne dépasse pas le seuil de 1 144,21 € net par mois \(55 % du SMIC horaire brut × 169 heures/],
    ['avc 1000e jpeux l avoir ?', /Non, pas avec ce salaire : 1 000 € par mois/],
    ['et si je touche 1600 € net par mois ça passe ?', /Oui pour la condition de salaire : 1 600 € net par mois dépasse le seuil de 1 144,21 € net par mois/],
    ['et avec 1300 € ?', /Si 1 300 € est ton salaire net, c'est au-dessus du seuil de 1 144,21 € net par mois .*C'est le net de ta fiche de paie qui compte/],
  ])('"%s"', async (message, verdict) => {
    const c = await startConversation();
    await c.send("c'est quoi la prime d'activité ?");
    const replies = await c.send(message);
    const text = read(replies).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toMatch(verdict);
    expect(text).toMatch(/SMIC au 1er juin 2026/);
    // The card's short source line (issue 12 §5): the publisher and its date, the bracketed aside left to the details.
    expect(text).toMatch(/Source : Service-public\.fr(?: \(DILA\))?, vérifié le 6 décembre 2026/);
    // The verdict leads, not the aid's first sentence again; the card keeps the rule and lists the other conditions.
    expect(replies[0]?.text).not.toMatch(/Dès 18 ans, un apprenti peut toucher/);
    expect(text).toMatch(/Dès 18 ans/);
    expect(text).toMatch(/Résider en France de façon stable/);
  });

  it('in vous, a pay said net and the aid named in the same message', async () => {
    const c = await startConversation();
    const text = read(await c.send("Avec un salaire de 1 200 € net par mois, pourrais-je percevoir la prime d'activité ?")).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toMatch(/Oui pour la condition de salaire : 1 200 € net par mois dépasse le seuil de 1 144,21 € net par mois/);
  });

  it("an amount claimed as the aid's own is not a pay: the aid's card answers", async () => {
    const c = await startConversation();
    const text = read(await c.send("la prime d'activité c'est 200 € par mois ?")).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).not.toMatch(/condition de salaire|pas avec ce salaire/);
  });
});

describe('the family benefits asked once a pay is known are weighed against the 55 % × 169 h net ceiling', () => {
  it('a pay told before, then "on garde les allocations familiales ?"', async () => {
    const c = await startConversation();
    await c.send("je suis apprenti, j'ai 19 ans et je gagne 1100 € net");
    const text = read(await c.send('on garde les allocations familiales ?')).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toMatch(/Oui pour la condition de salaire : 1 100 € par mois ne dépasse pas le plafond de 1 144,21 € net par mois \(55 % du SMIC horaire brut × 169 heures, SMIC au 1er juin 2026\)/);
  });

  it('a parent, in vous, with a net pay above the ceiling', async () => {
    const c = await startConversation();
    const text = read(await c.send('mon fils a 18 ans, il est apprenti et gagne 1300 € net par mois, est-ce que nous gardons les allocs ?')).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toMatch(/Non : avec 1 300 € net par mois, le plafond de 1 144,21 € net/);
    expect(text).toMatch(/jusqu'à ses 20 ans/);
  });

  it('a pay not said net above the ceiling: what counts is the net', async () => {
    const c = await startConversation();
    await c.send('c koi les allocations familiales pour un apprenti ?');
    const text = read(await c.send('il touche 1250 € par mois')).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toMatch(/Si 1 250 € est (ton|le) salaire net, c'est au-dessus du plafond de 1 144,21 € net/);
  });

  it('past the age of the benefits, the age says no before any pay', async () => {
    const c = await startConversation();
    const text = read(await c.send("j'ai 22 ans et je gagne 900 € net, mes parents gardent les allocs ?")).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).not.toMatch(/Oui pour la condition de salaire/);
  });
});
