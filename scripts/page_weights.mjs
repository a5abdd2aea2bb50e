// What each page costs a phone on its first visit: bytes transferred (as served, brotli where
// the browser accepts it), by kind, with an empty cache, signed in as the resident whose
// session cookie is given. Prints a table and fails (exit 1) when a page is over budget:
// WASM+JS at most 60 KB on any page, none on a page without an island.
//
//   node scripts/page_weights.mjs BASE_URL 'cookie=value' /path /path ...
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.resolve('end2end/package.json'));
const { chromium } = require('@playwright/test');

const [base, cookie, ...pages] = process.argv.slice(2);
const BUDGET = 60 * 1024;
const [name, value] = cookie.split(/=(.*)/s);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const kb = (n) => (n / 1024).toFixed(1);
let over = 0;
console.log(`${'page'.padEnd(34)} ${'total'.padStart(8)} ${'HTML'.padStart(7)} ${'CSS'.padStart(7)} ${'JS'.padStart(7)} ${'WASM'.padStart(7)} ${'other'.padStart(7)} ${'WASM+JS'.padStart(8)}  islands`);
for (const page of pages) {
  // A new context per page: an empty cache, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'nl-NL' });
  await context.addCookies([{ name, value, url: base }]);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  const sizes = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  const kinds = new Map();
  cdp.on('Network.responseReceived', (e) => {
    const url = e.response.url;
    const kind = e.type === 'Document' ? 'html' : url.endsWith('.css') ? 'css' : url.endsWith('.js') ? 'js' : url.endsWith('.wasm') ? 'wasm' : 'other';
    kinds.set(e.requestId, kind);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId) ?? 'other';
    sizes[kind] += e.encodedDataLength;
  });
  await tab.goto(base + page, { waitUntil: 'networkidle' });
  const islands = await tab.locator('leptos-island').count();
  const code = sizes.js + sizes.wasm;
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  const bad = code > BUDGET || (islands === 0 && code > 0);
  if (bad) over += 1;
  console.log(
    `${page.slice(0, 34).padEnd(34)} ${kb(total).padStart(8)} ${kb(sizes.html).padStart(7)} ${kb(sizes.css).padStart(7)} ${kb(sizes.js).padStart(7)} ${kb(sizes.wasm).padStart(7)} ${kb(sizes.other).padStart(7)} ${kb(code).padStart(8)}  ${islands}${bad ? '  OVER BUDGET' : ''}`,
  );
  await context.close();
}
await browser.close();
console.log(`(KB as transferred, headers included; budget: WASM+JS <= ${kb(BUDGET)} KB, 0 on pages without an island)`);
process.exit(over ? 1 : 0);
