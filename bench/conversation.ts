import type { Agent } from 'node:http';
import { WebSocket } from 'ws';
import { BotMessages, requestJson } from './net.js';
import { RawHttpConnection } from './raw-http.js';

/**
 * One Direct Line conversation of the load generators (closed loop: load-client.ts, open loop: open-loop.ts), opened
 * as any client would: a token and a conversation over node:http, the stream on a WebSocket, the welcome received;
 * then activities are posted on a lean keep-alive connection (raw-http.ts) and the bot's messages come back on the
 * stream, in order.
 */
export interface BenchConversation {
  /** Posts a message; resolves with the HTTP status of the POST. */
  post(text: string): Promise<number>;
  /** The bot's next message on the stream (already received ones first). */
  nextBotMessage(): Promise<string>;
  close(): void;
}

async function http(agent: Agent, url: string, method: string, path: string, token?: string): Promise<Record<string, unknown>> {
  const answer = await requestJson(`${url}${path}`, { method, agent, token });
  if (answer.status >= 400) throw new Error(`${method} ${path}: ${answer.status}`);
  return answer.json;
}

/**
 * Client ids as Web Chat makes them (a time and a random part, base 36; one per activity, in
 * `channelData.clientActivityID`): the server checks each for a resend, so the bench takes the path Web Chat's
 * messages take.
 */
export function webChatClientIds(): () => string {
  const prefix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  let n = 0;
  return () => `${prefix}${(n++).toString(36)}`;
}

/** A message's body as Web Chat posts it (its channelData with the client id and time; no attachment). */
export function webChatMessage(from: { id: string; name: string }, text: string, clientActivityID: string): string {
  const channelData = { clientActivityID, clientTimestamp: new Date().toISOString(), attachmentSizes: [] };
  return JSON.stringify({ type: 'message', from, locale: 'fr-FR', text, textFormat: 'plain', channelData });
}

export async function openConversation(url: string, agent: Agent, userId: string): Promise<BenchConversation> {
  const token = String((await http(agent, url, 'POST', '/v3/directline/tokens/generate'))['token']);
  const conv = await http(agent, url, 'POST', '/v3/directline/conversations', token);
  const conversationId = String(conv['conversationId']);
  const ws = new WebSocket(String(conv['streamUrl']), { perMessageDeflate: false });
  const botMessages = new BotMessages();
  ws.on('message', (data) => botMessages.receive(data));
  await new Promise((r, j) => {
    ws.once('open', r);
    ws.once('error', j);
  });
  const nextBotMessage = (): Promise<string> => botMessages.next();
  await nextBotMessage(); // the welcome
  const connection = await RawHttpConnection.open(url, { origin: url, authorization: `Bearer ${token}` });
  const path = `/v3/directline/conversations/${conversationId}/activities`;
  const from = { id: userId, name: 'bench' };
  const clientIds = webChatClientIds();
  return {
    async post(text) {
      const posted = await connection.postJson(path, webChatMessage(from, text, clientIds()));
      return posted.status;
    },
    nextBotMessage,
    close() {
      connection.close();
      ws.close();
    },
  };
}
