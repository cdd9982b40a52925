import { BUDGET_APP_GZIP, BUDGET_LOADER_GZIP, buildWidget, formatKb } from './build.js';

/** `npm run build:widget`: builds and prints gzip sizes against the budgets; exits 1 when a budget is exceeded. */
const m = await buildWidget();
const appGzip = m.appJs.gzip + m.appCss.gzip;
const rows = [
  ['loader  widget.js', m.loader.bytes, m.loader.gzip, BUDGET_LOADER_GZIP],
  [`app     ${m.appJs.file} + ${m.appCss.file}`, m.appJs.bytes + m.appCss.bytes, appGzip, BUDGET_APP_GZIP],
] as const;
for (const [name, raw, gz, budget] of rows) {
  const ok = gz <= budget;
  console.log(`${name}: ${formatKb(raw)} raw, ${formatKb(gz)} gzip (budget ${formatKb(budget)}) ${ok ? 'OK' : 'OVER BUDGET'}`);
}
console.log(`  app js ${formatKb(m.appJs.gzip)} gzip, css ${formatKb(m.appCss.gzip)} gzip; version ${m.version}; built in ${m.buildMs} ms`);
if (m.loader.gzip > BUDGET_LOADER_GZIP || appGzip > BUDGET_APP_GZIP) process.exit(1);
