import type { RecapDocumentInput } from '../../../src/recap/document.js';
import { XSS_TEXTS } from '../../e2e/support/xss-corpus.js';

/** A document whose every string is hostile: what a person could have typed, had it reached the page. */
export function hostileDocument(): RecapDocumentInput {
  const t = (i: number): string => XSS_TEXTS[i % XSS_TEXTS.length]!;
  return {
    register: 'tu',
    title: t(0),
    intro: t(1),
    sections: [
      { id: 'trade', heading: t(2), items: [{ text: t(3), details: [t(4)], source: t(5), link: { title: t(6), url: 'https://example.org/"><script>window.__xss=20</script>' } }] },
      { id: 'places', heading: t(7), items: [{ text: t(8) }, { text: t(9) }], notes: [t(10)], sources: [t(0)] },
      { id: 'pay', heading: t(1), items: [], table: [{ title: t(2), value: t(3) }] },
    ],
    map: { home: { lon: 0.23, lat: 49.15 }, places: [{ lon: -0.37, lat: 49.18 }, { lon: 1.09, lat: 49.44 }], alt: t(4) },
    code: 'A3C 9KX',
    codeLine: t(5),
  };
}
