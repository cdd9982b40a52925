import { describe, expect, it } from 'vitest';
import { OriginPolicy } from '../../../src/channel/directline/origins.js';

describe('OriginPolicy', () => {
  it('allows the configured origins and the server\'s own, never an origin just because it matches the Host', () => {
    const policy = new OriginPolicy(['https://www.region.fr'], () => 'https://bot.region.fr', () => false);
    const cases: [string, boolean][] = [
      ['https://www.region.fr', true],
      ['https://BOT.region.fr', true],
      // A public server: local pages are not its users.
      ['http://localhost:5173', false],
      ['https://evil.example', false],
      ['http://10.0.0.5:3000', false],
      ['null', false],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [origin, allowed] of cases) expect(policy.isAllowed(origin), origin).toBe(allowed);
    }
  });

  it('allows local pages of any port while the server itself runs locally (development)', () => {
    const policy = new OriginPolicy([], () => 'http://127.0.0.1:3978', () => true);
    expect(policy.isAllowed('http://localhost:5173')).toBe(true);
    expect(policy.isAllowed('http://127.0.0.1:8080')).toBe(true);
    expect(policy.isAllowed('http://evil.example:3978')).toBe(false);
  });

  it('stays correct when clients send more distinct origins than it remembers', () => {
    const policy = new OriginPolicy([], () => 'http://127.0.0.1:3978', () => true);
    for (let i = 0; i < 2_500; i++) expect(policy.isAllowed(`https://site${i}.example`)).toBe(false);
    expect(policy.isAllowed('http://127.0.0.1:8080')).toBe(true);
  });
});
