import { describe, expect, it } from 'vitest';
import { toTranscript } from '../../src/adviser/transcript.js';
import { reply } from '../../dialogs/support/replies.js';

describe('the transcript an adviser reads', () => {
  it('gives an answer card as its plain text (the Adaptive Card fallback), table rows included', () => {
    const answer = reply("À 18 ans, voici ton salaire minimum d'apprenti :", {
      card: {
        title: "Salaire minimum d'un apprenti",
        facts: [{ title: '1re année', value: '802,82 € brut par mois' }],
        sources: ['Source : barème de La bonne alternance.'],
        labels: { more: 'En savoir plus', sources: 'Sources' },
      },
    });
    const [line] = toTranscript([{ ...answer, from: { id: 'bot', name: 'bot', role: 'bot' } }]);
    expect(line?.from).toBe('bot');
    expect(line?.card).toBe("Salaire minimum d'un apprenti\n1re année : 802,82 € brut par mois\nSource : barème de La bonne alternance.");
  });

  it('still reads a hero card of another bot', () => {
    const [line] = toTranscript([
      { type: 'message', text: '', from: { id: 'bot', name: 'bot', role: 'bot' }, attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: { title: 'Titre', text: 'Texte' } }] },
    ]);
    expect(line?.card).toBe('Titre\nTexte');
  });
});
