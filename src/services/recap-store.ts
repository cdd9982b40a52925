import { createHash, randomBytes } from 'node:crypto';
import { recapDocumentSchema, type RecapDocument } from '../recap/document.js';
import type { Storage } from '../storage/types.js';

/** 128 random bits, URL-safe: the récap's address cannot be guessed or enumerated. */
export function newRecapToken(): string {
  return randomBytes(16).toString('base64url');
}

/** A token as we issue them (22 URL-safe characters); anything else is unknown without a lookup. */
export const RECAP_TOKEN = /^[A-Za-z0-9_-]{22}$/;

export function recapTokenHash(token: string): string {
  return createHash('sha256').update(`recap:${token}`).digest('base64url');
}

export interface StoredRecap {
  conversationId: string;
  document: RecapDocument;
  updatedAt: number;
}

/**
 * The récaps of conversations, over the storage back end (SQLite or Redis): one per conversation, kept by the hash of
 * its link's token (storage alone gives no link), validated on the way in and out, deleted with the conversation
 * ("effacer ma conversation") and, by storage's retention, once not rewritten for TRANSCRIPT_DAYS.
 */
export class Recaps {
  constructor(
    private readonly storage: Pick<Storage, 'recaps'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates or replaces the conversation's récap under this token. */
  save(token: string, conversationId: string, document: RecapDocument): Promise<void> {
    const json = JSON.stringify(recapDocumentSchema.parse(document));
    return this.storage.recaps.save(recapTokenHash(token), conversationId, json, this.now());
  }

  /** The récap behind a token, if it exists and was written after `notBefore` (ms). */
  async get(token: string, notBefore: number): Promise<StoredRecap | undefined> {
    if (!RECAP_TOKEN.test(token)) return undefined;
    const row = await this.storage.recaps.get(recapTokenHash(token), notBefore);
    if (!row) return undefined;
    const parsed = recapDocumentSchema.safeParse(JSON.parse(row.documentJson) as unknown);
    return parsed.success ? { conversationId: row.conversationId, document: parsed.data, updatedAt: row.updatedAt } : undefined;
  }

  /** Deletes the conversation's récap (erasure). */
  forget(conversationId: string): Promise<void> {
    return this.storage.recaps.deleteConversation(conversationId);
  }
}
