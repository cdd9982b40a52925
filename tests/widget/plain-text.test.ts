import { describe, expect, it } from 'vitest';
import { plainText } from '../../widget/app/plain-text.js';

describe('plainText', () => {
  it('drops paired emphasis markers but keeps the words', () => {
    expect(plainText('Le **SMIC** est de __1 801 €__.')).toBe('Le SMIC est de 1 801 €.');
  });

  it('leaves markup and links as literal text (it never produces HTML)', () => {
    const raw = '<b>gras</b> [lien](javascript:alert(1)) ![x](y" onerror="alert(1))';
    expect(plainText(raw)).toBe(raw);
  });

  it('normalises line breaks and keeps lone asterisks', () => {
    expect(plainText('a\r\nb\rc * d ** e')).toBe('a\nb\nc * d ** e');
  });
});
