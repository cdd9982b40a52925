import { describe, expect, it } from 'vitest';
import { redactQuestion } from '../../../src/adviser/dashboard/redact.js';
import { groupSimilarQuestions, questionStems, similarity } from '../../../src/adviser/dashboard/similar-questions.js';

const at = (h: number): number => Date.parse('2026-12-01T00:00:00Z') + h * 3_600_000;

describe('unanswered questions grouped by similarity', () => {
  it('reads questions as the bot does: SMS spelling, accents, grammar words and plurals aside', () => {
    expect(questionStems("C'est combien les congés payés ?")).toEqual(questionStems('combien de conges paye'));
    expect(similarity(questionStems('jpeux avoir des congés payés ?'), questionStems('est ce que j ai des conges payes'))).toBeGreaterThanOrEqual(0.5);
    expect(similarity(questionStems('le permis de conduire'), questionStems('les tickets resto'))).toBe(0);
  });

  it('groups alike questions with counts and examples, most asked first', () => {
    const groups = groupSimilarQuestions([
      { question: 'combien de congés payés ?', createdAt: at(1) },
      { question: 'Combien de conges payes', createdAt: at(2) },
      { question: "j'ai droit à combien de congés payés", createdAt: at(3) },
      { question: 'congés payés apprenti combien', createdAt: at(4) },
      { question: 'tickets restaurant ?', createdAt: at(5) },
      { question: 'ticket restaurant apprenti', createdAt: at(6) },
      { question: 'mutuelle', createdAt: at(7) },
      { question: '???', createdAt: at(8) },
    ]);
    expect(groups.map((g) => g.count)).toEqual([4, 2, 1, 1]);
    // The most frequent wording (two questions, accents aside), as it was last typed.
    expect(groups[0]!.label).toBe('Combien de conges payes');
    expect(groups[0]!.examples.length).toBeLessThanOrEqual(3);
    expect(groups[0]!.firstAt).toBe(at(1));
    expect(groups[0]!.lastAt).toBe(at(4));
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(8);
  });

  it('examples never show what identifies a person', () => {
    const groups = groupSimilarQuestions([
      { question: "je m'appelle Kevin Durand et je veux le permis, 06 12 34 56 78", createdAt: at(1) },
      { question: 'permis pour kevin.durand@mail.fr né le 12/03/2008', createdAt: at(2) },
      { question: "aide permis, j'habite 12 rue des Lilas 14000 Caen", createdAt: at(3) },
    ]);
    const text = groups.flatMap((g) => g.examples).join('\n');
    for (const leak of ['Kevin', 'Durand', '06 12', 'mail.fr', '12/03/2008', 'Lilas', '14000']) expect(text).not.toContain(leak);
    expect(text).toContain('[nom]');
    expect(text).toContain('[téléphone]');
    expect(text).toContain('[e-mail]');
    expect(text).toContain('[adresse]');
  });

  it('redaction keeps the question itself', () => {
    expect(redactQuestion('combien je gagne à 17 ans ?')).toBe('combien je gagne à 17 ans ?');
    expect(redactQuestion('je suis Marie, quel salaire ?')).toBe('je suis [nom], quel salaire ?');
  });

  it('reads at most maxQuestions, the most recent', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ question: `question numero ${i % 2 === 0 ? 'paire' : 'impaire'}`, createdAt: at(i) }));
    expect(groupSimilarQuestions(many, { maxQuestions: 10 }).reduce((n, g) => n + g.count, 0)).toBe(10);
  });
});
