import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../../src/channel/directline/log-redaction.js';

describe('redactUrl', () => {
  it('removes the token of a streamUrl and keeps the rest', () => {
    expect(redactUrl('/v3/directline/conversations/abc/stream?watermark=3&t=SECRET-token_1')).toBe(
      '/v3/directline/conversations/abc/stream?watermark=3&t=[redacted]',
    );
    expect(redactUrl('/x?t=abc')).toBe('/x?t=[redacted]');
    expect(redactUrl('/x?token=abc&watermark=1')).toBe('/x?token=[redacted]&watermark=1');
    expect(redactUrl('/v3/directline/conversations/abc/activities?watermark=2')).toBe('/v3/directline/conversations/abc/activities?watermark=2');
  });
});
