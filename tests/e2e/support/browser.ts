import chromium from '@sparticuz/chromium';
import { type Browser, chromium as pw } from 'playwright-core';

/**
 * @sparticuz/chromium's defaults are tuned for AWS Lambda: one process, web security and site isolation off.
 * The widget's guarantees (cross-origin iframe, exact-origin postMessage, CSP) need a normal browser, so
 * those switches are dropped.
 */
const LAMBDA_ONLY = [
  /^--single-process$/,
  /^--no-zygote$/,
  /^--disable-web-security$/,
  /^--allow-running-insecure-content$/,
  /^--disable-site-isolation-trials$/,
  /^--disable-features=.*(IsolateOrigins|site-per-process)/,
];

/**
 * Headless Chromium from the npm package (@sparticuz/chromium): `npm test` needs no system browser. `extraArgs`
 * adds switches, e.g. `--host-resolver-rules=MAP partner.test 127.0.0.1` for a page on another host name that
 * still only talks to 127.0.0.1.
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = await chromium.executablePath();
  const args = chromium.args.filter((a) => !LAMBDA_ONLY.some((re) => re.test(a)));
  return pw.launch({ executablePath, headless: true, args: [...args, '--no-sandbox', ...extraArgs] });
}
