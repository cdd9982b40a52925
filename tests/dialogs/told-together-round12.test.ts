import { describe, expect, it } from 'vitest';
import { startConversation } from './harness.js';

const buttonsOf = (replies: { suggestedActions?: { actions?: { title?: string }[] } }[]) =>
  replies.flatMap((r) => r.suggestedActions?.actions ?? []).map((a) => a.title ?? '');

/**
 * Two things told in one message, each answered by its own FAQ entry (shouted at, and chores instead of training):
 * the first is answered and the other offered beside it. "My sources do not cover this" would be untrue: the words the
 * first entry leaves out are the second entry's.
 */
describe('two situations told together', () => {
  it.each([
    ["mon patron me crie dessus et me fait faire le ménage, c'est normal ?", /crier dessus|humilier/, /ménage/i],
    ["ma patronne me crie dessus et je fais que le ménage, c'est légal ?", /crier dessus|humilier/, /ménage/i],
    ['Notre fils se fait crier dessus et ne fait que le ménage, est-ce normal ?', /harcèlement|humilier/, /ménage/i],
  ])('"%s": one answered, the other offered', async (message, answered, offered) => {
    const c = await startConversation();
    const replies = await c.send(message);
    const text = c.read(replies);
    expect(text).not.toMatch(/ne couvrent pas ce point/);
    expect(c.rule()).toBe('faq-lead');
    expect(replies[0]?.text).toMatch(answered);
    expect(buttonsOf(replies).some((b) => offered.test(b))).toBe(true);
  });

  it('a single question with a word no entry writes is still declined honestly', async () => {
    const c = await startConversation();
    const text = c.read(await c.send("le CACES R489 c'est remboursé par l'opco ?"));
    expect(text).toMatch(/ne couvrent pas ce point/);
  });
});

/**
 * The three chambers' mediators under a labour-law answer are one line, not three "contact your chamber" lines: which
 * chamber depends on the company, and the CFA knows it.
 */
describe('the mediators in one line', () => {
  it.each([
    ['je veux arrêter mon apprentissage, mon patron refuse, je fais comment ?', 'te dira'],
    ["Notre fils veut rompre son contrat d'apprentissage, comment faire ?", 'vous indiquera'],
  ])('"%s"', async (message, register) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/médiateur/i);
    expect(text.match(/chambre d'agriculture/g) ?? []).toHaveLength(1);
    expect(text).not.toMatch(/Contacte la CCI|Adressez-vous à la CCI/);
    expect(text).toContain(register);
  });
});

/** The same fact in both registers: wishes in apprenticeship can still be added after the other wishes' deadline. */
describe('Parcoursup in apprenticeship, tu and vous say the same', () => {
  it.each([
    ['parcoursup en alternance ça marche comment ?', /Tu peux encore la compléter après la date limite/],
    ['Notre fille souhaite un BTS en alternance : doit-elle passer par Parcoursup ?', /encore la compléter après la date limite/],
  ])('"%s"', async (message, fact) => {
    const c = await startConversation();
    expect(c.read(await c.send(message))).toMatch(fact);
  });
});

/** A contract said cancelled or terminated ("annulé", "résilié") is a rupture: what comes after it, not the fallback. */
describe('a contract cancelled is a rupture', () => {
  it.each([["mon contrat est annulé, je fais quoi ?"], ['mon contrat a été résilié hier'], ['Le contrat de notre fils a été annulé, que faire ?'], ['contrat annulé par ma boîte, jsuis perdu']])('"%s"', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(c.rule()).not.toBe('fallback');
    expect(text).toMatch(/rupture|6 mois/);
  });
});

/** From 26 the pay is one figure: said once in the lead, a row in the card, never the same sentence twice. */
describe('the pay from 26 said once', () => {
  it.each([['jai 27 ans je serais payé combien en apprentissage ?'], ['Notre apprenti a 28 ans, quel salaire minimum ?']])('"%s"', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/1\s867,02/);
    expect(text.match(/quelle que soit l'année du contrat/g) ?? []).toHaveLength(1);
    expect(text).toMatch(/Chaque année : 1\s867,02/);
  });
});

/** An ended aid says its end date once, in the lead: the summary's sentence that repeats it is left out. */
describe('an ended aid dated once', () => {
  it.each([["l'aide au permis de 500 euros existe encore ?"], ['Mon fils peut-il avoir les 500 € pour le permis ?']])('"%s"', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text.match(/21 février 2026/g) ?? []).toHaveLength(1);
  });
});

/** "vers qui je peux me tourner ?" after an answer asks whom to turn to (that answer's organisation), not the turner's trade. */
describe('whom to turn to', () => {
  it.each([["vers qui je peux me tourner ?"], ['vers qui on peut se tourner ?']])('after unpaid overtime, "%s"', async (followUp) => {
    const c = await startConversation();
    await c.send('mon patron me paie pas mes heures sup');
    const text = c.read(await c.send(followUp));
    expect(text).not.toMatch(/Tourneur/);
    expect(text).toMatch(/CFA|médiateur|inspection/);
  });
});

/** A yes/no question with a case of its own gets no general "Oui"/"Non" first: the answer's sentences say which case. */
describe('no general yes to a question with its own condition', () => {
  it.each([["je toucherai le chômage si j'arrête ?"], ["Notre fils aura-t-il droit au chômage s'il démissionne ?"]])('"%s"', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    expect(replies[0]?.text ?? '').not.toMatch(/^(?:Oui|Non)\b/);
  });

  it('the same question without a condition keeps its yes', async () => {
    const c = await startConversation();
    const replies = await c.send("j'aurai droit au chômage après mon apprentissage ?");
    expect(replies[0]?.text ?? '').toMatch(/^Oui\b/);
  });
});
