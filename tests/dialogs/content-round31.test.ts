import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { replySize } from '../../tools/phone/measure.js';
import { appliesToSize, sizeFloorOf } from '../../dialogs/support/size-bound.js';
import { lastReplyOf, read, startConversation } from './harness.js';

const play = (...messages: string[]): Promise<{ text: string; rule: string | undefined }> => lastReplyOf(messages);
const UNKNOWN_AID_RULES = ['invented-aid-name', 'unknown-aid-named', 'foreign-aid-name'];

/**
 * Round 31 (issue 12, review 21 P8): a card named by a proper name no aid of ours has is an unknown aid, said so with
 * the free line, never the ended Carte Jeunes Apprentis on the shared word "carte" (invented-aid-name.ts).
 */
describe('a card no aid record has is an unknown aid', () => {
  it.each([
    ['La carte Atouts Normandie, comment la demande-t-on ?'],
    ["la carte atouts normandie c'est quoi"],
    ["j'ai droit à la carte Zénith Normandie ?"],
    ['comment obtenir la carte Avenir pour les apprentis ?'],
    ['la carte Horizon apprentis existe ?'],
    ["c'est quoi la carte Pluriel Normandie"],
    ['la carte Atout Jeunes, on la demande où ?'],
    ['je voudrais la carte Océane pour mon fils apprenti'],
  ])('"%s": not known, the free line', async (message) => {
    const { text, rule } = await play(message);
    expect(UNKNOWN_AID_RULES).toContain(rule);
    expect(text).toMatch(/Je ne connais pas d'aide qui s'appelle/);
    expect(text).toMatch(/0800 050 000/);
    expect(text).not.toMatch(/Carte Jeunes Apprentis/);
  });

  it.each([
    ["j'ai perdu ma carte vitale"],
    ['il me faut une carte d\'identité pour signer le contrat ?'],
    ['ma carte bancaire pour être payé ?'],
    ["une formation à la carte c'est possible ?"],
    ['la carte grise est à mon nom, je peux avoir l\'aide au permis ?'],
    ["la carte d'étudiant des métiers c'est quoi"],
    ['carte transport apprenti'],
    ['y a une carte des CFA en Normandie ?'],
  ])('near miss "%s": an everyday card, a map or a card we know, never "no aid of that name"', async (message) => {
    const { text, rule } = await play(message);
    expect(UNKNOWN_AID_RULES).not.toContain(rule);
    expect(text).not.toMatch(/Je ne connais pas d'aide qui s'appelle/);
  });

  it('the Carte Jeunes Apprentis asked by its name keeps its ended card', async () => {
    const { text } = await play('la carte jeunes apprentis existe encore ?');
    expect(text).toMatch(/Carte Jeunes Apprentis/);
  });
});

/**
 * Round 31 (review 21 E1): an ended aid asked by its amount and a word of its name is its ended card, not "je n'ai
 * pas connaissance d'une aide de 1 000 €" (ended-aid-amount.ts).
 */
describe('an ended aid asked by its amount', () => {
  it.each([
    ["l'aide régionale de 1 000 € existe-t-elle encore ?"],
    ['la prime régionale de 1000 euros c\'est fini ?'],
    ['Est-ce que la Région donne toujours 1 000 € aux employeurs d\'apprentis ?'],
    ['on touchait 1000 € de la Région pour un apprenti, ça existe encore ?'],
    ["Il y avait une aide régionale de 1 000 € à l'embauche, elle existe encore ?"],
    ['la Région versait 1000 € aux patrons qui prenaient un apprenti, toujours le cas ?'],
    ['le bonus régional de 1000 euros pour les employeurs, on y a droit ?'],
    ["l'aide de 500 € pour le permis existe toujours ?"],
  ])('"%s": the ended card', async (message) => {
    const { text } = await play(message);
    expect(text).toMatch(/n'existe plus|a pris fin/);
    expect(text).not.toMatch(/pas connaissance d'une aide/);
  });

  it.each([['la région donne 2000 € à tous les apprentis ?'], ['une aide de 777 € pour les apprentis ça existe ?'], ["on m'a parlé d'une aide de 1 234 € pour les apprentis"]])(
    'near miss "%s": an amount no aid ever paid stays unknown',
    async (message) => {
      const { text } = await play(message);
      expect(text).toMatch(/pas connaissance d'une aide/);
    },
  );

  it("near miss: the current hiring aid's amount keeps the current aid", async () => {
    const { text } = await play("je suis employeur, l'aide de 5 000 € pour embaucher un apprenti existe encore ?");
    expect(text).not.toMatch(/pas connaissance d'une aide/);
    expect(text).toMatch(/5 000 €/);
  });
});

/**
 * Round 31 (review 21 P8, X2): the list of aids fits what the person said, by the records' own conditions: the prime
 * d'activité (18 and over) is no minor's; the CEJ is for those with neither job nor training; "parent ou employeur ?"
 * in vous to someone who did not give their register.
 */
describe('aid lists fitted to the person', () => {
  it.each([
    ['quelles aides pour un apprenti mineur ?'],
    ['Bonjour, quelles aides existent pour un apprenti mineur en Normandie ?'],
    ['les aides pour une apprentie mineure ?'],
    ['mon fils est mineur, il commence un apprentissage, quelles aides ?'],
    ["quelles aides quand on est apprenti et qu'on a moins de 18 ans ?"],
    ['aides apprenti mineur'],
    ['je suis mineur et apprenti, j\'ai droit à quelles aides ?'],
    ['un apprenti mineur peut toucher quelles aides ?'],
  ])('"%s": no prime d\'activité', async (message) => {
    const { text } = await play(message);
    expect(text).toMatch(/aide/i);
    expect(text).not.toMatch(/Prime d'activité/);
  });

  it.each([["j'ai 19 ans, je suis apprenti, quelles aides pour moi ?"], ['apprenti de 22 ans, quelles aides ?']])('near miss "%s": an adult keeps the prime d\'activité', async (message) => {
    const { text } = await play(message);
    expect(text).toMatch(/Prime d'activité/);
  });

  it.each([
    ['Quelles aides pour un jeune en apprentissage ?'],
    ['Quelles aides existent vraiment ?'],
    ['les aides pour les jeunes ?'],
    ["j'ai 20 ans, quelles aides ?"],
  ])('"%s": no CEJ on the list', async (message) => {
    const { text } = await play(message);
    expect(text).not.toMatch(/engagement jeune/i);
  });

  it('near miss: neither job nor training told, the CEJ is listed', async () => {
    const { text } = await play("j'ai 20 ans, je n'ai ni emploi ni formation, quelles aides pour moi ?");
    expect(text).toMatch(/engagement jeune/i);
  });

});

const source = /^Source : /;
function visibleSourceLines(a: Partial<Activity> | undefined): number {
  const body = (a?.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined)?.body ?? [];
  return body.filter((b) => source.test(b.text ?? '')).length;
}

/**
 * Round 31 (issue 12 §5, review 21 kind 8): an aid's card is one lead sentence, at most 8 rows on its first screen
 * and one source line; a sentence for companies from a size on (the 250+ commitment) only to companies of that size.
 */
describe('aid cards within the phone budget', () => {
  const MAX_ROWS = 8;
  it.each([
    ["Bonjour, je dirige une boulangerie de 4 salariés à Bayeux. Quelle aide puis-je toucher si j'embauche un apprenti en CAP ?"],
    ["l'aide Mobili-Jeune c'est quoi"],
    ['les frais de repas et d\'hébergement au CFA sont pris en charge ?'],
    ["l'aide régionale de 1 000 € existe-t-elle encore ?"],
    ["l'aide au permis existe encore ?"],
    ['la carte jeunes apprentis existe encore ?'],
    ["aide à l'embauche d'un apprenti"],
    ["c'est quoi la prime d'activité pour un apprenti ?"],
  ])('"%s": ≤ 8 rows shown, one source line', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    const card = replies.find((a) => a.attachments?.length);
    expect(card).toBeDefined();
    expect(replySize(card!).visibleRows).toBeLessThanOrEqual(MAX_ROWS);
    expect(visibleSourceLines(card)).toBeLessThanOrEqual(1);
  });

  it('a 4-person bakery is not shown the commitment of 250+ companies', async () => {
    const { text } = await play("Bonjour, je dirige une boulangerie de 4 salariés à Bayeux. Quelle aide puis-je toucher si j'embauche un apprenti en CAP ?");
    expect(text).toMatch(/Aide à l'embauche d'un apprenti/);
    expect(text).not.toMatch(/250 salariés/);
  });

  it('near miss: a company of 300 is', async () => {
    const { text } = await play("nous sommes 300 salariés", "l'aide à l'embauche d'un apprenti, c'est quoi ?");
    expect(text).toMatch(/250 salariés/);
  });

  it('near miss: "comment la demander ?" after the card still gives how to apply', async () => {
    const c = await startConversation();
    await c.send("Bonjour, je dirige une boulangerie de 4 salariés à Bayeux. Quelle aide puis-je toucher si j'embauche un apprenti en CAP ?");
    const text = read(await c.send('comment la demander ?'));
    expect(text).toMatch(/OPCO/);
  });

  it.each([
    ['Entreprises de 250 salariés et plus : elles doivent s\'engager.', 250],
    ['À partir de 250 salariés, vous devez aussi renvoyer le formulaire.', 250],
    ['au-delà de 249 salariés, un formulaire est à renvoyer.', 250],
    ['Le contrat doit être transmis à l\'OPCO.', undefined],
  ])('the size a sentence is for: "%s"', (sentence, floor) => {
    expect(sizeFloorOf(sentence)).toBe(floor);
    expect(appliesToSize(sentence, 4)).toBe(floor === undefined);
    expect(appliesToSize(sentence, 300)).toBe(true);
    expect(appliesToSize(sentence, undefined)).toBe(true);
  });
});
