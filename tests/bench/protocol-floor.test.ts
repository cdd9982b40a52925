import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation } from '../../bench/conversation.js';
import { startProtocolFloor, type FloorServer } from '../../bench/protocol-floor.js';

/**
 * The floor's open loop errored from 563 turns/s while its closed loop sustained thousands: node:http closes an idle
 * keep-alive connection after 5 s, and the open loop keeps a thousand conversations of which most sit idle longer
 * than that between turns. The floor now keeps them as long as Fastify (our stack) does.
 */
describe('the Direct Line floor of the bench', () => {
  let floor: FloorServer;
  beforeAll(async () => {
    floor = await startProtocolFloor();
  });
  afterAll(async () => {
    await floor.close();
  });

  it('answers a conversation that stayed idle longer than node:http keeps a connection by default (5 s)', async () => {
    const agent = new Agent({ keepAlive: true });
    const conversation = await openConversation(floor.url, agent, 'idle-user');
    try {
      expect(await conversation.post('bonjour')).toBe(200);
      expect(await conversation.nextBotMessage()).toBe('Reçu : bonjour');
      await new Promise((resolve) => setTimeout(resolve, 6_500));
      expect(await conversation.post('encore')).toBe(200);
      expect(await conversation.nextBotMessage()).toBe('Reçu : encore');
    } finally {
      conversation.close();
      agent.destroy();
    }
  }, 20_000);
});
