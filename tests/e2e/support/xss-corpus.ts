/**
 * Hostile strings sent by the test bot in text, card titles, card texts, facts and links. If the widget ever parsed
 * one as HTML or followed a javascript: link, `window.__xss` would be set in the chat frame.
 */
export const XSS_TEXTS: readonly string[] = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"></svg>',
  '"><iframe src="javascript:window.__xss = 4"></iframe>',
  '[clique ici](javascript:window.__xss=5)',
  '![image](x" onerror="window.__xss=6)',
  '**<b onmouseover="window.__xss=7">gras</b>**',
  '<a href="javascript:window.__xss=8">lien</a>',
  '&lt;script&gt;window.__xss=9&lt;/script&gt;',
  '<details open ontoggle="window.__xss=10">',
  '`<style>*{display:none}</style>`',
];

export const XSS_URLS: readonly string[] = [
  'javascript:window.__xss=11',
  'JaVaScRiPt:window.__xss=12',
  'java\tscript:window.__xss=13',
  ' javascript:window.__xss=14',
  'data:text/html,<script>window.__xss=15</script>',
  'vbscript:window.__xss=16',
  'tel:javascript:window.__xss=17',
];
