import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, feedbackCsv, feedbackRows } from '../../src/adviser/feedback-csv.js';
import { ConversationRecords } from '../../src/services/conversation-records.js';
import { describeEachBackend, openTestStorage, type OpenedStorage } from '../support/backends.js';

describe('csvCell', () => {
  it('neutralises formulas: cells starting with = + - @ tab or CR get an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","clic")')).toBe(`"'=HYPERLINK(""http://x"",""clic"")"`);
    expect(csvCell('+33 6')).toBe(`"'+33 6"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvCell('salaire 17 ans')).toBe('"salaire 17 ans"');
    expect(csvCell(3)).toBe('"3"');
  });
});

describeEachBackend('feedback CSV', (backend) => {
  let opened: OpenedStorage;
  let records: ConversationRecords;

  beforeEach(async () => {
    opened = await openTestStorage(backend);
    records = new ConversationRecords(opened.storage, () => Date.parse('2026-11-20T10:00:00Z'));
  });
  afterEach(async () => {
    await opened.close();
  });

  it('groups unanswered questions (case and accents aside) and down votes, with counts, most frequent first', async () => {
    await records.recordUnanswered('Combien de congés ?', 'conv-a');
    await records.recordUnanswered('combien de conges ?', 'conv-b');
    await records.recordUnanswered('=1+1', 'conv-c');
    const vote = (rating: 'up' | 'down', question: string, reason: string | null = null): Promise<void> =>
      records.recordFeedback({ conversationId: 'c1', replyToId: null, rating, reason, question, topic: 'salary' });
    await vote('down', 'salaire 17 ans', 'pas clair');
    await vote('down', 'Salaire 17 ans', 'faux');
    await vote('down', 'salaire 17 ans', 'pas clair');
    await vote('up', 'salaire 17 ans');
    await vote('up', 'aides permis');

    const [unanswered, votes] = await Promise.all([records.unansweredQuestions(), records.feedback()]);
    const rows = feedbackRows(unanswered, votes);
    expect(rows.map((r) => [r.kind, r.count, r.upCount])).toEqual([
      ['avis_negatif', 3, 1],
      ['sans_reponse', 2, 0],
      ['sans_reponse', 1, 0],
    ]);
    expect(rows[0]?.reasons).toBe('pas clair | faux');

    const csv = feedbackCsv(unanswered, votes);
    expect(csv.startsWith('\uFEFF"type","question"')).toBe(true);
    expect(csv).toContain(`"sans_reponse","'=1+1"`);
    // Up votes alone are not content work.
    expect(csv).not.toContain('aides permis');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});
