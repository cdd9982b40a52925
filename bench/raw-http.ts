import { connect, type Socket } from 'node:net';

/**
 * One HTTP/1.1 keep-alive connection for the load generator, written on a bare socket the way wrk or autocannon
 * do. Why not node:http: its client costs ~100 µs of CPU per request here, so at a few thousand turns/s the load
 * generator, not the server, was the bottleneck (it saturated its core at a ratio of ~0.14 with an instant
 * server). This client only understands what our server sends (a status line, headers, a Content-Length body);
 * anything else is reported as an error, never guessed.
 */
export interface RawResponse {
  status: number;
  body: string;
  /** The Retry-After header in seconds, when the server sent one (a 503 of load shedding or of storage, a 429). */
  retryAfterS?: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export class RawHttpConnection {
  private readonly socket: Socket;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (r: RawResponse) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | undefined;

  private constructor(
    socket: Socket,
    private readonly fixedHeaders: string,
  ) {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new Error('connection closed')));
  }

  /** Opens a connection to `origin` (http://host:port); `headers` are sent with every request. */
  static open(origin: string, headers: Record<string, string>): Promise<RawHttpConnection> {
    const url = new URL(origin);
    const fixed = Object.entries({ host: url.host, ...headers })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    return new Promise((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => resolve(new RawHttpConnection(socket, fixed)));
      socket.once('error', reject);
    });
  }

  /** Sends a JSON POST and resolves with the response (one request in flight per connection, as a browser does). */
  postJson(path: string, body: string): Promise<RawResponse> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.socket.write(
        `POST ${path} HTTP/1.1\r\n${this.fixedHeaders}content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      const headerEnd = this.buffered.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const head = this.buffered.toString('latin1', 0, headerEnd);
      const status = Number(head.slice(9, 12));
      const match = /\r\ncontent-length: *(\d+)/i.exec(head);
      if (!match || !Number.isInteger(status)) {
        this.fail(new Error(`unexpected response head: ${head.slice(0, 80)}`));
        return;
      }
      const bodyStart = headerEnd + HEADER_END.length;
      const bodyEnd = bodyStart + Number(match[1]);
      if (this.buffered.length < bodyEnd) return;
      const body = this.buffered.toString('utf8', bodyStart, bodyEnd);
      this.buffered = this.buffered.subarray(bodyEnd);
      const retryAfter = /\r\nretry-after: *(\d+)/i.exec(head);
      this.waiting.shift()?.resolve(retryAfter ? { status, body, retryAfterS: Number(retryAfter[1]) } : { status, body });
    }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.reject(err);
  }
}
