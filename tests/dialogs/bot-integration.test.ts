import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineRest, startServer, tempDir, waitFor, type ActivityJson, type Conversation, type TestServer } from '../channel/helpers.js';
import { sharedKnowledge } from '../helpers/knowledge.js';

/** The orientation bot behind the real Direct Line channel: what the dialog tests cannot see. */
describe('orientation bot over Direct Line', () => {
  let server: TestServer;
  let dl: DirectLineRest;
  let dataDir: string;

  const start = async (): Promise<TestServer> =>
    startServer({}, { bot: undefined, without: ['web'], knowledgeStore: await sharedKnowledge(), dataDir });

  beforeAll(async () => {
    dataDir = tempDir('bot-int-');
    server = await start();
    dl = new DirectLineRest(server.url);
  });
  afterAll(async () => {
    await server?.close();
    // A data directory passed in is the caller's to remove (startServer only removes the ones it made).
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  const botReplies = async (c: Conversation, after = ''): Promise<ActivityJson[]> =>
    (await dl.activities(c, after)).activities.filter((a) => a.from.id !== 'user-1' && a.type === 'message');

  /** A new conversation whose welcome is in: a question's replies are then the ones after it (commits are async). */
  async function begin(): Promise<Conversation> {
    const c = await dl.start();
    await waitFor(() => botReplies(c), (r) => r.length > 0);
    return c;
  }

  async function ask(c: Conversation, text: string, extra: Record<string, unknown> = {}): Promise<ActivityJson[]> {
    const before = (await dl.activities(c)).watermark;
    const posted = await dl.send(c, text, extra);
    expect(posted.status).toBe(200);
    return waitFor(() => botReplies(c, before), (r) => r.length > 0);
  }

  it('welcomes a new conversation with the menu', async () => {
    const c = await begin();
    const [welcome] = await waitFor(() => botReplies(c), (r) => r.length > 0);
    expect(welcome?.text).toMatch(/assistant virtuel de la Région Normandie/);
    expect(JSON.stringify(welcome?.['suggestedActions'])).toMatch(/Trouver un métier/);
  });

  it('answers with a card and quick replies, and keeps the profile across a server restart', async () => {
    const c = await begin();
    const [answer] = await ask(c, "j'ai 17 ans, combien je gagne en 1ere année ?");
    expect(answer?.text).toMatch(/504,1/);
    expect(JSON.stringify(answer?.['attachments'])).toMatch(/Source : grille du ministère du Travail/);

    await server.close();
    server = await start();
    dl = new DirectLineRest(server.url);
    const [second] = await ask(c, 'et en 2e année ?');
    expect(second?.text).toMatch(/728,1/);
  });

  it('stores a thumbs down with its reason and the question, and unanswered questions without personal data', async () => {
    const c = await begin();
    const [answer] = await ask(c, 'je veux devenir boulanger');
    await ask(c, '', { value: { type: 'feedback', rating: 'down', replyToId: answer?.id, reason: 'wrong' } });
    await ask(c, 'qsdfghjkl 06 12 34 56 78');
    const feedback = (await server.app.bot.records.feedback())
      .filter((f) => f.conversationId === c.conversationId)
      .map(({ rating, reason, question, topic }) => ({ rating, reason, question, topic }));
    expect(feedback).toEqual([{ rating: 'down', reason: 'wrong', question: 'je veux devenir boulanger', topic: 'trade' }]);
    const unanswered = (await server.app.bot.records.unansweredQuestions()).map((u) => u.question);
    expect(unanswered).toContain('qsdfghjkl [téléphone]');
  });

  it('"effacer ma conversation" deletes the history and what the bot knew', async () => {
    const c = await begin();
    await ask(c, "j'ai 19 ans");
    await dl.request(`/conversations/${c.conversationId}/activities`, { method: 'POST', token: c.token, body: { type: 'event', name: 'erase', from: { id: 'user-1' } } });
    await waitFor(() => dl.activities(c), (r) => !r.activities.some((a) => a.text === "j'ai 19 ans"));
    const [reply] = await ask(c, 'combien je gagne en 1ere année ?');
    expect(reply?.text).toMatch(/Quel âge as-tu/);
  });
});
