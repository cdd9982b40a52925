import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The floor of the Direct Line shape on this machine: the least a server must do for one turn of the protocol
 * (read an HTTP POST, answer it with an id, push the user's echo and a reply as one WebSocket frame), on bare
 * node:http and ws, with no framework, no validation, no storage, no bot and no security. Nothing real can run
 * faster than this with the same client; the bench reports it next to our stack, so the ratio goal can be read
 * against what the protocol itself costs here (two sockets written per turn, where the raw echo writes one).
 */
export interface FloorServer {
  url: string;
  turns: () => number;
  close: () => Promise<void>;
}

interface FloorConversation {
  sockets: Set<WebSocket>;
  seq: number;
}

/** Fastify's default `keepAliveTimeout`, the one our server runs with. */
export const FASTIFY_KEEP_ALIVE_TIMEOUT_MS = 72_000;

export async function startProtocolFloor(): Promise<FloorServer> {
  const conversations = new Map<string, FloorConversation>();
  let turns = 0;
  let url = '';

  const readBody = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => resolve(body));
    });

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const send = (status: number, json: string) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    const path = req.url ?? '';
    if (path === '/v3/directline/tokens/generate' || path === '/v3/directline/conversations') {
      const id = randomBytes(12).toString('hex');
      conversations.set(id, { sockets: new Set(), seq: 0 });
      const streamUrl = `${url.replace('http', 'ws')}/v3/directline/conversations/${id}/stream`;
      // Direct Line answers a token with 200 and a new conversation with 201 Created (the load client checks both).
      send(path.endsWith('/conversations') ? 201 : 200, JSON.stringify({ conversationId: id, token: id, expires_in: 3600, streamUrl }));
      return;
    }
    const match = /^\/v3\/directline\/conversations\/([^/]+)\/activities$/.exec(path);
    const conversation = match ? conversations.get(match[1] as string) : undefined;
    if (!match || !conversation || req.method !== 'POST') return send(404, '{}');
    const activity = JSON.parse(body) as { text?: string };
    const userSeq = ++conversation.seq;
    const botSeq = ++conversation.seq;
    const user = JSON.stringify({ ...activity, id: `${match[1]}|${userSeq}`, from: { id: 'u', role: 'user' } });
    const bot = JSON.stringify({ type: 'message', id: `${match[1]}|${botSeq}`, from: { id: 'bot', role: 'bot' }, text: `Reçu : ${activity.text ?? ''}` });
    const frame = `{"activities":[${user},${bot}],"watermark":"${botSeq}"}`;
    for (const ws of conversation.sockets) ws.send(frame);
    turns++;
    send(200, `{"id":"${match[1]}|${userSeq}"}`);
  });

  // Fastify's keep-alive timeout (72 s), which our stack runs with, instead of node:http's 5 s: the open loop keeps a
  // thousand conversations, most of them idle for seconds between turns, and with 5 s the floor closed their
  // connections, so a burst that reached a conversation idle for longer failed with 'connection closed' (the floor's
  // open-loop errors from 563 turns/s, which our stack never had).
  server.keepAliveTimeout = FASTIFY_KEEP_ALIVE_TIMEOUT_MS;

  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const id = /\/conversations\/([^/]+)\/stream/.exec(req.url ?? '')?.[1];
    const conversation = id ? conversations.get(id) : undefined;
    if (!conversation) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      conversation.sockets.add(ws);
      ws.on('close', () => conversation.sockets.delete(ws));
      // The welcome the load client waits for.
      const seq = ++conversation.seq;
      ws.send(`{"activities":[{"type":"message","id":"${id}|${seq}","from":{"id":"bot","role":"bot"},"text":"Bonjour"}],"watermark":"${seq}"}`);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    turns: () => turns,
    close: async () => {
      for (const ws of wss.clients) ws.terminate();
      await new Promise((r) => wss.close(r));
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
