import { describe, expect, it } from 'vitest';
import { expectKey, read, startConversation } from './harness.js';

/**
 * Aids (round 12): answer first with the most likely person's aids, then one line to refine who is asking.
 */
describe('an aid question that says nothing of who asks is answered first (round 12)', () => {
  it.each([
    ["c'est quoi les aides pour moi ?"],
    ['y a des aides ?'],
    ['ya koi comme aide pr moi'],
    ['kel aides on peut avoir'],
  ])('"%s": the young person\'s aids, then a line offering parent or employer', async (message) => {
    const c = await startConversation();
    const replies = await c.send(message);
    const text = read(replies);
    expect(text).not.toMatch(/dis-moi qui tu es/);
    expect(text).toMatch(/Prise en charge par l'OPCO/);
    expect(text).toMatch(/Tu es parent ou employeur \?/);
    const titles = replies.at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];
    expect(titles).toContain('Je suis un parent');
    expect(titles).toContain('Je suis un employeur');
  });

  it('in vous, the same answer in vous', async () => {
    const c = await startConversation();
    const replies = await c.send('Quelles aides existent, pourriez-vous me dire ?');
    expect(read(replies)).toMatch(/Prise en charge par l'OPCO/);
    expect(read(replies)).toMatch(/Vous êtes parent ou employeur \?/);
  });

  it('the refining choice gives the aids of the person chosen', async () => {
    const c = await startConversation();
    await c.send('y a des aides ?');
    await expectKey(await c.send('Je suis un employeur'), 'aids.answer.employer', 'vous');
    const other = await startConversation();
    await other.send("c'est quoi les aides pour moi ?");
    const parent = await other.send('je suis un parent');
    await expectKey(parent, 'aids.answer.parent', 'vous');
  });

  it.each([['je suis apprenti, quelles aides ?'], ["j'ai droit a quoi comme aide"], ['jsui apprentie g droit a quoi comme aides']])(
    '"%s": who asks, once said, is answered without a question nor the refining line',
    async (message) => {
      const c = await startConversation();
      const replies = await c.send(message);
      expect(read(replies)).toMatch(/Prise en charge par l'OPCO/);
      expect(read(replies)).not.toMatch(/parent ou employeur|dis-moi qui tu es/);
    },
  );

  it('a message naming aids of both sides, with no tu or vous, still asks who is asking', async () => {
    const c = await startConversation();
    await expectKey(await c.send('aides apprentis et employeurs ?'), 'ask.persona');
  });
});
