import { describe, expect, it } from 'vitest';
import { lastReplyOf } from './harness.js';

/**
 * Round 24 (a follow-up asking one aspect of what was just answered, own phrasings): how long the aid in view lasts,
 * or how soon its step must be done. The records write these in words ("pendant deux ans de formation au plus", "au
 * plus tard six mois après sa signature"), which the figure-only readings of a delay missed: the same amounts came
 * back, or "not covered". Now the sentence of the record that states it (aid-length-asked.ts).
 */
describe('how long the aid in view lasts, or how soon its step is due', () => {
  it.each([
    [['aide au logement pour apprenti', 'pendant combien de temps ?']],
    [['aide mobili jeune', 'ça dure combien ?']],
    [['y a une aide pour payer mon loyer en alternance ?', 'c pdt cmb de tps ?']],
    [['aide logement apprenti', "jusqu'à quand je la touche ?"]],
    [["Existe-t-il une aide pour le loyer d'un alternant ?", 'Pendant combien de temps est-elle versée ?']],
  ])('Mobili-Jeune %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('aid-length-asked');
    expect(text).toMatch(/pendant deux ans de formation au plus/);
  });

  it.each([
    [["aide à l'embauche d'un apprenti", 'dans quel délai ?']],
    [["on embauche un apprenti, quelle aide de l'État ?", "c'est quoi le délai ?"]],
    [["aide embauche apprenti 2026", 'y a un delai ?']],
  ])('the hiring aid %j', async (messages) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).toBe('aid-length-asked');
    expect(text).toMatch(/au plus tard six mois après sa signature/);
  });

  it.each([
    [['aide au logement pour apprenti', "c'est combien par mois ?"], /10 € à 100 € par mois/, /./],
    [['aide au premier équipement', "ça va jusqu'à combien ?"], /jusqu'à 500 €/, /SMIC/],
    [['aide au logement pour apprenti', 'combien je serai payé ?'], /salaire minimum/, /Mobili/],
    [['aide au logement pour apprenti', 'merci'], /plaisir/, /Mobili/],
    [['aide au logement pour apprenti', 'et les aides pour le permis ?'], /permis/, /Action Logement/],
  ])('near miss %j keeps its answer', async (messages, expected, absent) => {
    const { text, rule } = await lastReplyOf(messages);
    expect(rule).not.toBe('aid-length-asked');
    expect(text).toMatch(expected);
    if (absent.source !== '.') expect(text).not.toMatch(absent);
  });
});
