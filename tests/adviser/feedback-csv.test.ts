import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, feedbackCsv, feedbackRows } from '../../src/adviser/feedback-csv.js';
import { openDatabase, type Database } from '../../src/bot/storage/database.js';
import { ConversationRecords } from '../../src/services/conversation-records.js';

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

describe('feedback CSV', () => {
  let dir: string;
  let db: Database;
  let records: ConversationRecords;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'adviser-csv-'));
    db = openDatabase(dir);
    records = new ConversationRecords(db, () => Date.parse('2026-11-20T10:00:00Z'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('groups unanswered questions (case and accents aside) and down votes, with counts, most frequent first', () => {
    records.recordUnanswered('Combien de congés ?', 'conv-a');
    records.recordUnanswered('combien de conges ?', 'conv-b');
    records.recordUnanswered('=1+1', 'conv-c');
    const vote = (rating: 'up' | 'down', question: string, reason: string | null = null): void =>
      records.recordFeedback({ conversationId: 'c1', replyToId: null, rating, reason, question, topic: 'salary' });
    vote('down', 'salaire 17 ans', 'pas clair');
    vote('down', 'Salaire 17 ans', 'faux');
    vote('down', 'salaire 17 ans', 'pas clair');
    vote('up', 'salaire 17 ans');
    vote('up', 'aides permis');

    const rows = feedbackRows(db);
    expect(rows.map((r) => [r.kind, r.count, r.upCount])).toEqual([
      ['avis_negatif', 3, 1],
      ['sans_reponse', 2, 0],
      ['sans_reponse', 1, 0],
    ]);
    expect(rows[0]?.reasons).toBe('pas clair | faux');

    const csv = feedbackCsv(db);
    expect(csv.startsWith('\uFEFF"type","question"')).toBe(true);
    expect(csv).toContain(`"sans_reponse","'=1+1"`);
    // Up votes alone are not content work.
    expect(csv).not.toContain('aides permis');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});
