import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../../src/knowledge/schema/faq.js';
import { normalize } from '../../../src/text/normalize.js';
import { holdsDefinedTerm } from '../../../dialogs/routing/term-held.js';

const rqth = { id: 'handicap-obtenir-rqth', defines: ['RQTH'] } as unknown as FaqEntry;
const noTerm = { id: 'handicap-rqth' } as unknown as FaqEntry;

describe('an entry defining what the person says they have', () => {
  it.each(["j'ai une rqth, je peux faire un apprentissage ?", 'avec ma RQTH je peux avoir des aménagements ?', 'mon fils a une RQTH'.replace('mon fils a', 'il a')])('"%s": held', (text) => {
    expect(holdsDefinedTerm(rqth, normalize(text))).toBe(true);
  });

  it.each(['comment obtenir une RQTH ?', "j'ai une RQTH, c'est quoi exactement ?", 'je suis handicapé, la RQTH ça se demande où ?', 'une RQTH ça sert à quoi'])('"%s": not held, or asked all the same', (text) => {
    expect(holdsDefinedTerm(rqth, normalize(text))).toBe(false);
  });

  it('an entry that defines nothing is never concerned', () => {
    expect(holdsDefinedTerm(noTerm, normalize("j'ai une rqth"))).toBe(false);
  });
});
