import { describe, expect, it } from 'vitest';
import { OriginPolicy } from '../../../src/channel/directline/origins.js';

describe('OriginPolicy', () => {
  it('gives the same answers when asked again (decisions are remembered per origin and host)', () => {
    const policy = new OriginPolicy(['https://www.region.fr'], 'https://bot.region.fr');
    const cases: [string, string | undefined, boolean][] = [
      ['https://www.region.fr', 'bot.region.fr', true],
      ['https://BOT.region.fr', 'bot.region.fr', true],
      ['http://localhost:5173', 'bot.region.fr', true],
      ['https://evil.example', 'bot.region.fr', false],
      // Same origin as the Host it came to: allowed for that host only.
      ['http://10.0.0.5:3000', '10.0.0.5:3000', true],
      ['http://10.0.0.5:3000', 'bot.region.fr', false],
      ['null', 'bot.region.fr', false],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [origin, host, allowed] of cases) expect(policy.isAllowed(origin, host), `${origin} @ ${host}`).toBe(allowed);
    }
  });

  it('stays correct when clients send more distinct origins than it remembers', () => {
    const policy = new OriginPolicy([], undefined);
    for (let i = 0; i < 2_500; i++) expect(policy.isAllowed(`https://site${i}.example`, 'bot.region.fr')).toBe(false);
    expect(policy.isAllowed('http://127.0.0.1:8080', 'bot.region.fr')).toBe(true);
  });
});
