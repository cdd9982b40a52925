import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapFileSchema } from '../../src/knowledge/schema/map.js';
import { recapDocumentSchema } from '../../src/recap/document.js';
import { renderRecapHtml } from '../../src/recap/html.js';
import { hostileDocument } from './support/hostile-document.js';

const map = mapFileSchema.parse(parse(readFileSync('knowledge/carte-normandie.yaml', 'utf8')));
const chrome = { expiry: 'Effacée le 3 janvier 2027.', privacy: 'Page privée.', codeHeading: 'Ta référence', stylesheet: '/recap/recap.css' };

describe('the récap page (src/recap/html.ts)', () => {
  it('escapes every string of the document: no tag, attribute or URL scheme the person typed survives as markup', () => {
    const html = renderRecapHtml(recapDocumentSchema.parse(hostileDocument()), map, chrome);
    // Hostile words stay as text: no such element opens, no event attribute has a real quote after it.
    expect(html).not.toMatch(/<(script|img|iframe|details|style|b|a href="javascript)[\s>]/i);
    expect(html).not.toMatch(/\son[a-z]+="/i);
    expect(html).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;');
    // The one link is the https: one, with its quotes escaped inside the attribute.
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="https://example.org/&quot;&gt;&lt;script&gt;');
    expect(html).not.toMatch(/<a href="(?!https:|tel:)/);
  });

  it('lays the document out: headings, the numbered places with the map above them, the pay table, the code and the expiry', () => {
    const doc = recapDocumentSchema.parse({
      register: 'vous',
      title: 'Récapitulatif apprentissage',
      intro: 'Voici ce que nous avons vu.',
      sections: [
        { id: 'places', heading: 'Où se former', items: [{ text: 'CFA A — Caen, 12 km' }, { text: 'CFA B — Rouen, 80 km' }] },
        { id: 'pay', heading: 'Salaire', items: [], table: [{ title: '1re année', value: '1 000 € brut' }] },
      ],
      map: { places: [{ lon: -0.37, lat: 49.18 }, { lon: 1.09, lat: 49.44 }], alt: 'Carte : 1 Caen, 2 Rouen' },
      code: 'A3C 9KX',
      codeLine: 'Donnez-la au 0800 050 000.',
    });
    const html = renderRecapHtml(doc, map, chrome);
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<link rel="stylesheet" href="/recap/recap.css">');
    expect(html.indexOf('<figure class="map"><svg')).toBeLessThan(html.indexOf('<ol class="items">'));
    expect(html).toContain('aria-label="Carte : 1 Caen, 2 Rouen"');
    expect(html).toContain('<th scope="row">1re année</th><td>1 000 € brut</td>');
    expect(html).toContain('<p class="code-value">A3C 9KX</p>');
    expect(html).toContain('Effacée le 3 janvier 2027.');
    expect(html).not.toMatch(/<script|style=/);
  });
});
