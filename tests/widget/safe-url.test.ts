import { describe, expect, it } from 'vitest';
import { safeHref } from '../../widget/app/safe-url.js';

describe('safeHref', () => {
  it.each([
    ['https://www.onisep.fr/metier', 'https://www.onisep.fr/metier'],
    ['  https://example.org/a b ', 'https://example.org/a%20b'],
    ['tel:0800050000', 'tel:0800050000'],
    ['tel:0800 050 000', 'tel:0800050000'],
    ['TEL:+33 2 31 00 00 00', 'tel:+33231000000'],
  ])('keeps %j', (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.org/',
    '//evil.example/',
    '/relative',
    'https://user:pass@example.org/',
    'tel:javascript:alert(1)',
    'tel:',
    'mailto:a@b.fr',
    'https://exa\u0000mple.org',
  ])('refuses %j', (raw) => {
    expect(safeHref(raw)).toBeUndefined();
  });

  it('refuses non-strings', () => {
    expect(safeHref(42)).toBeUndefined();
    expect(safeHref({ href: 'https://a.fr' })).toBeUndefined();
  });
});
