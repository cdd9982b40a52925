import { type Agent, request } from 'node:http';
import { createServer } from 'node:net';
import type { RawData } from 'ws';

/** A TCP port free on 127.0.0.1 now, for a server a bench starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface JsonAnswer {
  status: number;
  /** The body as JSON; {} when empty or not JSON (a proxy's page: the status says enough). */
  json: Record<string, unknown>;
  /** Retry-After of a 503 or 429, in seconds, when the server gave one. */
  retryAfterS?: number;
}

/** One Direct Line REST call as the widget makes it (its page's Origin, the token as a bearer), read as JSON. */
export function requestJson(url: string, init: { method: string; agent: Agent; body?: unknown; token?: string | undefined }): Promise<JsonAnswer> {
  const data = init.body === undefined ? undefined : JSON.stringify(init.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method,
        agent: init.agent,
        headers: {
          origin: new URL(url).origin,
          'content-length': data ? Buffer.byteLength(data) : 0,
          ...(data ? { 'content-type': 'application/json' } : {}),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let json: Record<string, unknown> = {};
          try {
            json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
          } catch {
            // not JSON: the status says enough
          }
          const retryAfter = Number(res.headers['retry-after']);
          resolve({ status: res.statusCode ?? 0, json, ...(Number.isFinite(retryAfter) ? { retryAfterS: retryAfter } : {}) });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** The texts of the bot's messages in one frame of a Direct Line stream, in order. */
export function botTexts(data: RawData): string[] {
  const frame = JSON.parse(data.toString()) as { activities?: { from: { role?: string }; type: string; text?: string }[] };
  return (frame.activities ?? []).flatMap((a) => (a.from.role === 'bot' && a.type === 'message' ? [a.text ?? ''] : []));
}

/** The bot's messages of one stream, taken in order: those already received first, else the next to come. */
export class BotMessages {
  private readonly queued: string[] = [];
  private waiter: ((text: string) => void) | undefined;

  /** Feeds one frame of the stream. */
  receive(data: RawData): void {
    for (const text of botTexts(data)) {
      const w = this.waiter;
      this.waiter = undefined;
      if (w) w(text);
      else this.queued.push(text);
    }
  }

  next(): Promise<string> {
    const queued = this.queued.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  /** Gives up the message awaited (its turn failed): the next one goes to the queue. */
  forget(): void {
    this.waiter = undefined;
  }
}
