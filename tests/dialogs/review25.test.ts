import { describe, expect, it } from 'vitest';
import { lastReplyOf, startConversation } from './harness.js';

/**
 * Review 25 (2026-12-07, 30 fresh conversations, 49/60): the kinds fixed over the real bot, each with phrasings of
 * our own and a near miss.
 */
const EMPLOYER_CAP = "Bonjour, je suis artisan avec 3 salariés. Quelle aide puis-je avoir si j'embauche un apprenti en CAP ?";

describe('a diploma level told after the entry on claiming the hiring aid (E1)', () => {
  it.each([
    "Et si c'était un apprenti en BTS ?",
    'et pour un BTS ?',
    'et en bts ?',
  ])('%s: the aid for that level', async (question) => {
    const c = await startConversation();
    await c.send(EMPLOYER_CAP);
    await c.send('Comment la demander ?');
    const text = c.read(await c.send(question));
    expect(text).toMatch(/4[\s\u202f\u00a0]500 €/);
    expect(text).not.toMatch(/Aucune demande spécifique/);
  });

  it('near miss: a question of its own after the same entry is not the aid again', async () => {
    const { text } = await lastReplyOf([EMPLOYER_CAP, 'Comment la demander ?', 'Quel est le salaire minimum d\'un apprenti en BTS de 20 ans ?']);
    expect(text).toMatch(/salaire|SMIC/);
  });
});

describe("starting again something of one's life is not restarting the conversation (J8)", () => {
  it.each([
    "et apres jpeux en recommencer un autre ?",
    'je pourrai recommencer un apprentissage ailleurs ?',
    "c'est possible de reprendre une formation après ?",
    'on peut recommencer son année de CAP ?',
  ])('%s: what was said is kept', async (question) => {
    const c = await startConversation();
    await c.send("j'ai 17 ans et je veux arrêter mon apprentissage");
    const text = c.read(await c.send(question));
    expect(text).not.toMatch(/reparti de zéro|j'ai oublié/);
  });

  it.each(['recommencer', 'on recommence à zéro', 'je veux recommencer la conversation'])('%s: still a restart', async (order) => {
    const { text } = await lastReplyOf(["j'ai 17 ans, combien je gagne ?", order]);
    expect(text).toMatch(/reparti de zéro/);
  });
});

describe('a yes that opens a denial is not said (E6)', () => {
  it.each([
    ['Bonjour, je souhaite embaucher un apprenti en situation de handicap. Y a-t-il des aides spécifiques ?', "La limite d'âge s'applique-t-elle dans ce cas ?"],
    ["y a une limite d'age si on a une rqth ?"],
  ])('%j: the denial alone', async (...messages) => {
    const { text } = await lastReplyOf(messages.flat());
    expect(text).toMatch(/aucune limite d'âge/i);
    expect(text).not.toMatch(/^Oui/);
  });

  it('near miss: the same answer keeps its yes for "can I?"', async () => {
    const { text } = await lastReplyOf(['je suis reconnu travailleur handicapé, je peux etre apprenti a 40 ans ?']);
    expect(text).toMatch(/^Oui/);
  });

  it('near miss: a yes that opens an affirmation stays', async () => {
    const { text } = await lastReplyOf(["je peux faire un apprentissage sans diplome ?"]);
    expect(text).toMatch(/^Oui/);
  });
});

describe('whom to contact after a disability answer that names no one (E6)', () => {
  it('an employer: the Agefiph', async () => {
    const { text, rule } = await lastReplyOf([
      'Bonjour, je souhaite embaucher un apprenti en situation de handicap. Y a-t-il des aides spécifiques ?',
      "La limite d'âge s'applique-t-elle dans ce cas ?",
      'Qui dois-je contacter ?',
    ]);
    expect(rule).toBe('who-to-contact-unnamed');
    expect(text).toMatch(/Agefiph/);
  });

  it('an apprentice: the CFA’s disability referent', async () => {
    const { text } = await lastReplyOf(["j'ai une rqth, y a une limite d'age pour l'apprentissage ?", 'je dois contacter qui ?']);
    expect(text).toMatch(/référent handicap/i);
  });
});

describe('a card never shows its title alone (review 26)', () => {
  it.each([
    [['Nous sommes une PME de 300 salariés, avons-nous droit à l\'aide à l\'embauche d\'un apprenti ?', 'Et au-delà de 250 salariés, il y a une condition ?'], /2[\s\u202f\u00a0]000 €/],
    [['je cherche un CAP cuisine vers Louviers'], /\(1\) /],
  ])('%j', async (messages, row) => {
    const c = await startConversation();
    let replies: Awaited<ReturnType<typeof c.send>> = [];
    for (const m of messages) replies = await c.send(m);
    const card = replies.flatMap((r) => r.attachments ?? [])[0]?.content as { body: { type: string; text?: string }[] } | undefined;
    const shown = (card?.body ?? []).filter((b) => b.type === 'TextBlock' || b.type === 'FactSet').map((b) => b.text ?? 'table');
    // The title, at least one row of the answer, then the source line.
    expect(shown.slice(1).some((t) => !/^Sources? :/.test(t) && row.test(t.replace(/[\u202f\u00a0]/g, ' ')))).toBe(true);
  });
});
