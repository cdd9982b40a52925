import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../dialogs/support/adaptive-card.js';
import { bySourceAuthority } from '../../dialogs/support/knowledge-views.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
import { readCues } from '../../src/nlu/cues.js';
import { normalize } from '../../src/text/normalize.js';
import { startConversation } from './harness.js';

/**
 * Round 15, small understanding misses and answers that read right (review 10, blind set 12).
 */
type Block = AdaptiveCard['body'][number];
const cardsOf = (replies: Partial<Activity>[]): AdaptiveCard[] => replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as AdaptiveCard));
const textOf = (b: Block): string[] => (b.type === 'TextBlock' ? [b.text] : b.type === 'FactSet' ? b.facts.map((f) => `${f.title} ${f.value}`) : []);

describe('round 15: a secondary source is never the main source line', () => {
  it('ranks a secondary source after every primary one, even a primary of the same weight listed after it', () => {
    const sources = [
      { url: 'https://www.unedic.org/a', secondary: true as const },
      { url: 'https://www.opco-exemple.fr/b' },
      { url: 'https://www.service-public.fr/c' },
    ];
    expect(bySourceAuthority(sources, (s) => s.url).map((s) => s.url)).toEqual(['https://www.service-public.fr/c', 'https://www.opco-exemple.fr/b', 'https://www.unedic.org/a']);
  });

  it('holds for every FAQ entry of the knowledge that cites a secondary source beside a primary one', async () => {
    const { knowledge } = (await sharedKnowledge()).current;
    const mixed = knowledge.faq.filter((e) => e.sources.some((s) => s.secondary) && e.sources.some((s) => !s.secondary));
    expect(mixed.length).toBeGreaterThan(0);
    for (const e of mixed) expect(bySourceAuthority(e.sources, (s) => s.url)[0]?.secondary, e.id).toBeUndefined();
  });

  it.each([
    ["j'ai fini mon apprentissage, j'ai droit au chômage ?"],
    ['Mon contrat d’apprentissage se termine, pourrai-je toucher le chomage ?'],
    ['fin de contrat apprenti jai droit a france travail ?'],
  ])('the card after "%s" names a primary publisher on its source line', async (message) => {
    const c = await startConversation();
    const cards = cardsOf(await c.send(message));
    expect(cards.length).toBeGreaterThan(0);
    const line = cards[0]!.body.flatMap(textOf).find((t) => /^Sources? :/.test(t));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/Unédic|CNFPT/);
  });
});

describe('round 15: "êtes-vous un vrai conseiller de la Région ?" asks who writes; "un conseiller de la Mission Locale" names someone else', () => {
  it.each([
    'Êtes-vous un vrai conseiller de la Région ?',
    'tu es un vrai conseiller de la region ?',
    't un conseiller du cfa ou un robot',
    "c'est un vrai conseiller de la mission locale qui me répond ?",
    'vous êtes conseillère de France Travail ?',
  ])('"%s" asks whether the bot is a person', (text) => expect(readCues(normalize(text)).asksIfPerson).toBe(true));
  it.each([
    "c'est un conseiller de la Mission Locale qui m'a parlé de l'apprentissage",
    "c'est une conseillère du CFA qui m'a dit de venir",
    'je veux parler à un conseiller de la Région',
    'vous êtes un conseiller qui peut me rappeler ?',
  ])('"%s" does not', (text) => expect(readCues(normalize(text)).asksIfPerson).toBe(false));

  it.each([
    ['Êtes-vous un vrai conseiller de la Région ?', /appelez le 0800 050 000/],
    ['tu es un vrai conseiller de la region ?', /appelle le 0800 050 000/],
  ])('"%s": the bot says it is an automatic assistant', async (message, line) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/assistant automatique \(pas une personne\)/);
    expect(text).toMatch(line);
  });
});

describe('round 15: a polite request for help with no subject gets the short menu of what the bot does', () => {
  it.each([
    ["Bonsoir, pourriez-vous m'aider ?", /Voici ce que je sais faire/],
    ["bonsoir vous pouvez m'aider svp", /Voici ce que je sais faire/],
    ["slt tu peu m'aidé stp", /Voici ce que je sais faire/],
    ['Bonjour, aidez-moi s’il vous plaît.', /Voici ce que je sais faire/],
  ])('"%s"', async (message, line) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(line);
    expect(text).not.toMatch(/pas bien compris/);
  });
  it.each(["tu peux m'aider à trouver un patron ?", "pouvez-vous m'aider pour le salaire de mon fils ?", "j'ai besoin d'aide pour payer le permis"])(
    '"%s" has a subject: not the help cue',
    (text) => expect(readCues(normalize(text)).asksHelpAlone).toBe(false),
  );
});

describe('round 15: an age with a half or a near birthday is read against the age limit (under 30 at signing)', () => {
  it.each([
    "j'ai 29 ans et demi, je peux faire un apprentissage ?",
    'J’ai 29 ans et demi, est-il encore temps de signer un contrat ?',
    "jai 29 ans et demi c encore possible l'apprentissage",
    'Bientôt 30 ans, est-ce encore possible pour moi ?',
    "j'aurai 30 ans en mars, je peux encore signer ?",
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const text = c.read(await c.send(message));
    expect(text).toMatch(/29 ans révolus/);
    expect(text).not.toMatch(/ne couvrent pas|pas bien compris/);
    expect((await c.data()).lastFaq).toBe('age-maximum');
  });
});

/**
 * A message with a comma, an "et", a question mark inside, that asks one question (the other half tells the person's
 * situation) is answered without "Tu as posé une autre question dans ton message"; and a "Tu pensais peut-être à :"
 * line always comes with the buttons it announces.
 */
describe('round 15: no second question where the message asks one', () => {
  it.each([
    "je suis en terminale générale, l'alternance après le bac ?",
    'je suis en seconde générale et je veux faire de la mécanique, c’est possible ?',
    "Je suis en terminale générale et l'apprentissage après le bac, ça existe ?",
    'jsui en 1ere generale, apres je peux faire un bts en alternance ?',
    "j'ai 17 ans, je suis en CAP cuisine et je voudrais savoir combien je vais gagner",
    'mon fils a 16 ans et il cherche un patron, comment faire ?',
  ])('"%s"', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    expect(c.read(replies)).not.toMatch(/autre question dans (?:ton|votre) message/);
    for (const r of replies) if (/ :$/.test(r.text ?? '')) expect(r.suggestedActions?.actions.length ?? 0, r.text).toBeGreaterThan(0);
  });
});

/** A card is shown to anyone: its title is a topic, never one person's way of asking ("J'ai une RQTH et 34 ans…"). */
const SPEAKS_AS_ONE_PERSON = /(?:^|[^\p{L}])(?:je|j'|j’|me|m'|m’|mon|ma|mes|moi|nous|notre|nos|tu|t'|t’|te|ton|ta|tes|toi|vous|votre|vos)(?=[^\p{L}]|$)|(?<!(?:moins|plus|avant|après|partir) )\b(?:à|a|de|ai) \d+ ans\b/iu;

describe('round 15: FAQ card titles are neutral topic titles', () => {
  it('every FAQ entry of the knowledge has a card title that speaks as no one', async () => {
    const { faqCardTitle } = await import('../../dialogs/support/knowledge-views.js');
    const { knowledge } = (await sharedKnowledge()).current;
    const personal = knowledge.faq.filter((e) => SPEAKS_AS_ONE_PERSON.test(faqCardTitle(e))).map((e) => `${e.id}: ${faqCardTitle(e)}`);
    expect(personal).toEqual([]);
  });

  it.each([
    ['Le salaire de notre apprenti change-t-il le jour de son anniversaire ?', "Mon salaire change-t-il quand j'ai 18 ans ?"],
    ['mon fils fête ses 18 ans le mois prochain, sa paie change quand ?', "Mon salaire change-t-il quand j'ai 18 ans ?"],
    ["je suis employeur, mon apprenti a une RQTH et 40 ans, c'est possible ?", "J'ai une RQTH et 34 ans"],
    ['mon apprenti veut démissionner, il aura droit au chômage ?', 'Ai-je droit au chômage'],
  ])('"%s": the card does not say "%s"', async (message, question) => {
    const c = await startConversation();
    const cards = cardsOf(await c.send(message));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(JSON.stringify(card)).not.toContain(question);
  });
});
