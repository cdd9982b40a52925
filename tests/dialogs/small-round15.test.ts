import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../dialogs/support/adaptive-card.js';
import { bySourceAuthority } from '../../dialogs/support/knowledge-views.js';
import { sharedKnowledge } from '../helpers/knowledge.js';
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
