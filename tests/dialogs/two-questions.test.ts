import { describe, expect, it } from 'vitest';
import { halvesOf } from '../../dialogs/support/several-questions.js';
import { read, startConversation } from './harness.js';

describe('the halves of a message', () => {
  it.each([
    ["c'est payé combien et y a des aides ?", ["c'est payé combien", 'y a des aides ?']],
    ['le salaire ? les aides ?', ['le salaire', 'les aides ?']],
    ['je cherche un patron + combien je serai payé', ['je cherche un patron', 'combien je serai payé']],
    ['horaires, congés', ['horaires', 'congés']],
  ])('"%s"', (text, halves) => {
    expect(halvesOf(text)).toEqual(halves);
  });

  it.each(['combien je gagne ?', "et l'année d'après ?", 'ok et ?'])('"%s" is one question', (text) => {
    expect(halvesOf(text)).toBeUndefined();
  });
});

/** Two questions in one message: one is answered, the other offered as a quick reply, never dropped silently. */
describe('two questions in one message', () => {
  it.each([
    ["c'est payé combien et y a des aides ?", /Les aides\]/],
    ['Quel est le salaire d’un apprenti, et existe-t-il des aides pour lui ?', /Salaire\]|Les aides\]/],
    ['cb je serai payé + comment je trouve un patron', /Trouver un employeur\]|Salaire\]/],
    ['combien de congés payés et est ce que je peux bosser le dimanche', /dimanche/],
  ])('"%s": the other question is offered', async (text, other) => {
    const c = await startConversation();
    const replies = await c.send(text);
    const all = read(replies);
    expect(all).toMatch(/autre question/);
    expect(read(replies.slice(-1))).toMatch(other);
  });

  it.each([
    'différence entre un CAP et un bac pro ?',
    'mon fils a 16 ans et il veut être plombier',
    'je veux être boulanger et travailler à Caen',
    // A half that frames the other, an example given, a story that asks nothing (code-blind review 7).
    'et pour candidater, je passe par parcoursup ?',
    "Et pour l'employeur, il y a des aides ?",
    'et la région elle donne rien ? genre la carte jeunes apprentis',
    'mon patron me fait faire que du ménage et il me crie dessus tout le temps',
    'concrètement, on fait comment pour l\'inscrire ?',
  ])('"%s" is one question: nothing else offered', async (text) => {
    const c = await startConversation();
    expect(read(await c.send(text))).not.toMatch(/autre question/);
  });
});
