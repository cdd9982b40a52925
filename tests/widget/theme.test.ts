import { describe, expect, it } from 'vitest';
import { contrast, parseHexColor, themeFrom } from '../../widget/app/theme.js';

describe('themeFrom', () => {
  it('falls back to the default colour on garbage', () => {
    expect(themeFrom('red; background:url(x)').brand).toBe('#0b5cad');
    expect(themeFrom(undefined).brand).toBe('#0b5cad');
  });

  it('expands short hex colours', () => {
    expect(themeFrom('#fc0').brand).toBe('#ffcc00');
  });

  it.each(['#ffcc00', '#ffffff', '#000000', '#777777', '#00a3e0', '#e2001a', '#8fbc8f', '#0b5cad', '#123'])(
    'gives at least 4.5:1 for text on %s and for the accent on white',
    (color) => {
      const t = themeFrom(color);
      const brand = parseHexColor(t.brand);
      const on = parseHexColor(t.onBrand);
      const accent = parseHexColor(t.accent);
      if (!brand || !on || !accent) throw new Error('unparsable theme');
      expect(contrast(brand, on)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(accent, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    },
  );
});
