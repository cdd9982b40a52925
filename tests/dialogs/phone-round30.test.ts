import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { groupedByTail, headsJoined } from '../../dialogs/support/lines-by-tail.js';
import { TYPICAL_CONVERSATIONS } from '../../tools/phone/conversations.js';
import { replySize } from '../../tools/phone/measure.js';
import { cardTexts, read, startConversation } from './harness.js';

/**
 * Round 30, issue 12: phone-first answers. A hand review scored 1 any reply over ~1,000 characters read on a phone.
 * tools/phone/sizes.ts plays the typical first questions (tools/phone/conversations.ts) over the real bot and prints,
 * for each reply, what shows before any toggle and the whole reply as plain text (text + the card's fallbackText).
 */

/**
 * What a phone shows before "En savoir plus" / "Sources" is opened: the text and the card's first screen. 900
 * characters are about 24 lines of a 360 px phone (~38 characters a line), a screen and a half: the answer and its
 * source without scrolling far, under the ~1,000 the review read as too long.
 */
const MAX_VISIBLE_CHARS = 900;
/**
 * The whole reply as plain text (a text-only channel, a screen reader, the card opened): measured at 1,888 for the
 * hiring aid's own card and 1,261 for the employer search before this round. The lists stay under 1,300 (what a
 * list leaves out is one tap away); an aid's own card asked by name, where its whole table, conditions and how to
 * apply live, under 2,000 (round 21's bound for it).
 */
const MAX_REPLY_CHARS = 1300;
const MAX_NAMED_AID_REPLY_CHARS = 2000;

const cardTitle = (a: Partial<Activity>): string => ((a.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined)?.body?.[0]?.text ?? '');
const cardsOf = (replies: Partial<Activity>[]): number => replies.filter((a) => (a.attachments ?? []).length > 0).length;
const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

describe('round 30: every typical reply within the phone budgets', () => {
  it.each(TYPICAL_CONVERSATIONS.map((c) => [c.join(' → '), c] as const))('%s', async (_name, messages) => {
    const c = await startConversation();
    for (const m of messages) {
      for (const a of await c.send(m)) {
        const s = replySize(a);
        const where = `${m} [${c.rule()}] ${cardTitle(a)}`;
        expect(s.visibleChars, where).toBeLessThanOrEqual(MAX_VISIBLE_CHARS);
        expect(s.replyChars, where).toBeLessThanOrEqual(c.rule() === 'named-aid' ? MAX_NAMED_AID_REPLY_CHARS : MAX_REPLY_CHARS);
      }
    }
  });
});

describe('round 30: lines that share a diploma and its place name it once', () => {
  it('groups the heads of one tail, in order, and keeps the others apart (pure)', () => {
    expect(groupedByTail([
      { head: 'Vendeur en épicerie', tail: 'CAP EPC (Le Havre)' },
      { head: 'Fleuriste', tail: 'CAP fleuriste (Le Havre)' },
      { head: 'Employé de rayon', tail: 'CAP EPC (Le Havre)' },
    ])).toEqual([
      { heads: ['Vendeur en épicerie', 'Employé de rayon'], tail: 'CAP EPC (Le Havre)' },
      { heads: ['Fleuriste'], tail: 'CAP fleuriste (Le Havre)' },
    ]);
    expect(headsJoined(['Vendeur en épicerie', 'Employé de rayon', 'BTS MCO'])).toBe('Vendeur en épicerie, employé de rayon, BTS MCO');
  });

  it.each([
    ['je cherche un cfa au havre pour la vente'],
    ['une formation dans le commerce vers Rouen ?'],
    ["j'aime la vente, y a quoi comme apprentissage près de Caen ?"],
    ['dans le bâtiment, vers Bayeux, quelles formations ?'],
    ['la cuisine ça me plait, quelles formations vers Cherbourg ?'],
    ["je m'intéresse aux animaux, quoi comme alternance près d'Alençon ?"],
    ["l'informatique en alternance vers Évreux ?"],
    ['je cherche une alternance dans la vente à Dieppe'],
    ['la mécanique, ça se prépare où vers Lisieux ?'],
  ])('%s: each diploma with its place on one line only', async (ask) => {
    const c = await startConversation();
    const replies = await c.send(ask);
    const bullets = replies.flatMap((a) => (a.attachments ?? []).flatMap((x) => cardTexts(x.content))).filter((t) => t.startsWith('• ') && t.includes(' : '));
    const tails = bullets.map((b) => b.slice(b.indexOf(' : ') + 3));
    expect(new Set(tails).size, bullets.join('\n')).toBe(tails.length);
  });

  it('near miss: the quick replies still name every trade, one button each', async () => {
    const c = await startConversation();
    const replies = await c.send('je cherche un cfa au havre pour la vente');
    const buttons = replies.flatMap((a) => a.suggestedActions?.actions ?? []).map((b) => b.title ?? '');
    const text = read(replies);
    // Every trade named on a button is named in the card too (grouped or not).
    for (const b of buttons.filter((t) => t !== 'Parler à un conseiller')) expect(text.toLowerCase()).toContain(b.toLowerCase());
  });
});

describe('round 30: the employer search asked again in other words is summarised, not sent whole again', () => {
  it.each([
    ['comment trouver un patron ?', 'et comment je fais pour trouver une boite ?'],
    ['comment trouver un patron ?', 'je cherche un patron, je fais comment ?'],
    ["je trouve pas d'entreprise pour mon alternance", 'comment trouver un employeur ?'],
    ["je trouve pas d'entreprise pour mon alternance", 'comment on trouve une entreprise ?'],
    ['Comment trouver un employeur pour mon fils ?', 'Comment trouver une entreprise pour son apprentissage ?'],
    ['comment trouver un patron ?', 'ou chercher un employeur ?'],
    ["je trouve pas d'entreprise pour mon alternance", 'comment trouver un patron ?'],
    ['Comment trouver un employeur pour mon fils ?', 'Où mon fils peut-il chercher un patron ?'],
  ])('%s → %s', async (first, again) => {
    const c = await startConversation();
    expect(cardsOf(await c.send(first))).toBe(1);
    const replies = await c.send(again);
    const text = plain(read(replies));
    expect(cardsOf(replies), text).toBe(0);
    expect(text).toMatch(/^(Comme dans ma réponse juste au-dessus|Ma réponse précédente)/);
    if (c.rule() === 'find-employer-again') {
      expect(text).toMatch(/La bonne alternance/);
      expect(text).toContain('0800 050 000');
    }
  });

  it('the summary is said in the person\'s register', async () => {
    const c = await startConversation();
    await c.send('Bonjour, nous cherchons une entreprise pour notre fils, comment faire ?');
    const text = read(await c.send('Comment trouver un employeur pour notre fils ?'));
    expect(text).not.toMatch(/\btu (?:as|peux)\b|\bt'aider\b/);
  });

  it.each([['ça marche aussi pour un BTS ?'], ['et pour un contrat pro ?']])('near miss: "%s", which the card does not hold, is not led by "comme dans ma réponse"', async (m) => {
    const c = await startConversation();
    await c.send("je trouve pas d'entreprise pour mon alternance");
    const text = read(await c.send(m));
    expect(text).not.toMatch(/Comme dans ma réponse juste au-dessus/);
  });

  it('near miss: the same message sent again gets the card again', async () => {
    const c = await startConversation();
    await c.send('comment trouver un patron ?');
    expect(cardsOf(await c.send('comment trouver un patron ?'))).toBe(1);
  });

  it('near miss: the first ask of a conversation gets the whole card', async () => {
    const c = await startConversation();
    await c.send('je veux devenir boulanger');
    expect(cardsOf(await c.send('comment trouver un patron ?'))).toBe(1);
  });
});

describe('round 30: "comme dans ma réponse juste au-dessus" only when that answer holds the point', () => {
  it.each([
    // The card speaks of adult apprentices only: a minor's case is not in it (it led with "Comme dans…" before).
    ['un apprenti peut-il travailler le dimanche ?', 'et pour un mineur ?'],
    ["mon patron me fait faire le ménage toute la journée", 'combien de temps ?'],
    ["c'est quoi la période d'essai ?", 'et pour un mineur ?'],
  ])('%s → %s', async (first, then) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(then));
    expect(text).not.toMatch(/^Comme dans ma réponse juste au-dessus/);
  });

  it.each([
    ["mon patron me fait faire le ménage toute la journée au lieu de m'apprendre le métier", 'c normal ou pas ??', /te former au métier/],
    ['combien de congés pour un apprenti ?', 'c normal ou pas ??', /5 semaines/],
    ['qui paie le CFA ?', 'et mes parents ils doivent signer ?', /gratuite/],
  ])('near miss: %s → %s keeps it', async (first, then, fact) => {
    const c = await startConversation();
    await c.send(first);
    const text = read(await c.send(then));
    expect(text).toMatch(/^Comme dans ma réponse juste au-dessus/);
    expect(text).toMatch(fact);
  });

  it('an open question is not answered by the card\'s "Oui"', async () => {
    const c = await startConversation();
    await c.send("je trouve pas d'entreprise pour mon alternance");
    await c.send('je peux commencer au CFA sans patron ?');
    const text = read(await c.send('et ça se passe comment au CFA pendant ce temps ?'));
    expect(text).not.toMatch(/: [^.]*\. Oui, /);
  });
});

describe('round 30: an employer writing "vous" reads no "tu" in any line', () => {
  const TU = /(?:^|[\s«"(])(?:tu|ton|ta|tes|toi|te)(?=[\s,.;:!?])|(?:^|[\s«"(])t'/i;
  it.each([
    ["Bonjour, je suis employeur. Quelle est la différence entre l'apprentissage et le contrat de professionnalisation ?"],
    ["Nous sommes une boulangerie, pouvez-vous m'expliquer l'apprentissage ?"],
    ['Je dirige une PME de 20 salariés. Combien coûte un apprenti ?'],
    ["Je suis gérant d'un garage, comment recruter un apprenti ?"],
    ['Je suis employeur, mon apprenti veut rompre son contrat, que dois-je faire ?'],
    ["Je suis employeur, quelle période d'essai pour un apprenti ?"],
    ['Nous voulons embaucher un apprenti, quelles démarches devons-nous faire ?'],
    ['Je suis employeur, combien de congés a mon apprenti ?'],
    ['Je suis employeur, où trouver un apprenti ?'],
    ["Bonjour, je suis artisan, que se passe-t-il si mon apprenti signe un nouveau contrat ailleurs ?"],
  ])('%s', async (ask) => {
    const c = await startConversation();
    const replies = await c.send(ask);
    for (const a of replies) {
      for (const t of [a.text ?? '', ...(a.attachments ?? []).flatMap((x) => cardTexts(x.content))]) expect(t).not.toMatch(TU);
    }
  });
});
