import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { pathToFileURL } from 'node:url';

/** One request the proxy forwarded, and where. */
export interface Routed {
  method: string;
  /** Path without the query (tokens travel in `?t=`). */
  path: string;
  backend: number;
  upgrade: boolean;
}

export interface RoundRobinProxy {
  readonly url: string;
  /** What went where, in order. */
  readonly routed: Routed[];
  /** Overrides the choice for matching requests (a test pins a reconnect to the other instance). */
  route: ((req: IncomingMessage) => number | undefined) | undefined;
  close(): Promise<void>;
}

/**
 * The smallest load balancer that shows N instances are interchangeable: each HTTP request and each WebSocket
 * upgrade goes to the next instance in turn (no stickiness, no keep-alive to the instances), and an instance that
 * refuses the connection (dead) is skipped for the next one. It is what the scale-out tests put in front of two
 * instances; any load balancer (nginx, HAProxy, a cloud one) does the same job in production.
 */
export async function startRoundRobinProxy(backends: readonly string[], port = 0): Promise<RoundRobinProxy> {
  const targets = backends.map((b) => new URL(b));
  let next = 0;
  const routed: Routed[] = [];
  const sockets = new Set<Socket>();
  const proxy: RoundRobinProxy = {
    url: '',
    routed,
    route: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const pick = (req: IncomingMessage, attempt: number): number => {
    const pinned = attempt === 0 ? proxy.route?.(req) : undefined;
    if (pinned !== undefined) return pinned;
    const i = next % targets.length;
    next++;
    return i;
  };
  const pathOf = (req: IncomingMessage): string => (req.url ?? '/').split('?')[0] ?? '/';

  const forward = (req: IncomingMessage, res: import('node:http').ServerResponse, body: Buffer, attempt: number): void => {
    const i = pick(req, attempt);
    const target = targets[i] as URL;
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, connection: 'close' }, agent: false },
      (up) => {
        routed.push({ method: req.method ?? 'GET', path: pathOf(req), backend: i, upgrade: false });
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (err: NodeJS.ErrnoException) => {
      // Refused: nothing reached that instance, so the next one may take the request.
      if (err.code === 'ECONNREFUSED' && attempt + 1 < targets.length) return forward(req, res, body, attempt + 1);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"PROXY_BAD_GATEWAY","message":"instance unreachable"}}');
    });
    upstream.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => forward(req, res, Buffer.concat(chunks), 0));
  });

  server.on('upgrade', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const tryConnect = (attempt: number): void => {
      const i = pick(req, attempt);
      const target = targets[i] as URL;
      const upstream = connect(Number(target.port), target.hostname);
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.once('connect', () => {
        routed.push({ method: req.method ?? 'GET', path: pathOf(req), backend: i, upgrade: true });
        let head0 = `${req.method} ${req.url} HTTP/${req.httpVersion}\r\n`;
        for (let k = 0; k < req.rawHeaders.length; k += 2) head0 += `${req.rawHeaders[k]}: ${req.rawHeaders[k + 1]}\r\n`;
        upstream.write(`${head0}\r\n`);
        if (head.length > 0) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.once('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'ECONNREFUSED' && attempt + 1 < targets.length && !client.destroyed) return tryConnect(attempt + 1);
        client.destroy();
      });
      client.once('error', () => upstream.destroy());
    };
    tryConnect(0);
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  (proxy as { url: string }).url = `http://127.0.0.1:${actual}`;
  return proxy;
}

// `node --import tsx tests/support/round-robin-proxy.ts 8080 http://127.0.0.1:3978 http://127.0.0.1:3979`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [port, ...backends] = process.argv.slice(2);
  if (!port || backends.length === 0) {
    process.stderr.write('usage: round-robin-proxy.ts <port> <instance url>...\n');
    process.exit(2);
  }
  const p = await startRoundRobinProxy(backends, Number(port));
  process.stdout.write(`round-robin proxy on ${p.url} → ${backends.join(', ')}\n`);
}
