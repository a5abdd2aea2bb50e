// Islands: every page is server-rendered HTML; only the parts that need client code (the
// ballot's live count) run in the browser. These stories load every page many times and fail
// on any panic or script error, check that a page without an island loads no JavaScript or
// WebAssembly, and that the bundle a page names is kept by the browser.
import { expect, test, type Page } from '@playwright/test';
import { hydrated, signIn } from './helpers';

/** Pages a resident opens, by address. */
const PAGES = [
  '/', '/agenda', '/agenda/mijn', '/agenda/archief', '/ontmoetingsruimte', '/ontmoetingsruimte/mijn',
  '/meedoen', '/meedoen/mijn', '/meedoen/nieuw', '/meedoen/logboek', '/meedoen/stemronde', '/groepen',
  '/groepen/mijn', '/meldingen', '/profiel',
];

/** Collects script errors and console warnings, panics included (they reach the console as errors). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  return errors;
}

/** The bundle files (JavaScript or WebAssembly) the page asked for. */
function watchBundle(page: Page): string[] {
  const loaded: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/pkg/') && /\.(js|wasm)$/.test(url.pathname)) loaded.push(url.pathname);
  });
  return loaded;
}

/** The first link on `from` whose address matches `pattern`. */
async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link like ${pattern} on ${from}`).toBeTruthy();
  return href!;
}

/** The open round's page: the one with a ballot. */
async function ballotPage(page: Page): Promise<string> {
  await page.goto('/meedoen/stemronde');
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs.filter((h) => /^\/meedoen\/stemronde\/\d+$/.test(h))) {
    await page.goto(href);
    if ((await page.locator('.vote-ballot').count()) > 0) return href;
  }
  throw new Error('no open round with a ballot in the demo buurt');
}

test('pages without an island load no JavaScript or WebAssembly, and none has a script error or warning', async ({ page }) => {
  await signIn(page, 'Jan');
  const pages = [
    ...PAGES,
    await firstLink(page, '/agenda', /^\/agenda\/\d+$/),
    await firstLink(page, '/ontmoetingsruimte', /^\/ontmoetingsruimte\/\d+(\?.*)?$/),
    await firstLink(page, '/meedoen', /^\/meedoen\/\d+$/),
    await firstLink(page, '/groepen', /^\/groepen\/\d+$/),
  ];
  const errors = watchErrors(page);
  const bundle = watchBundle(page);
  for (const path of pages) {
    for (let i = 0; i < 3; i++) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('leptos-island'), `${path} has no island`).toHaveCount(0);
    }
  }
  expect(bundle, 'JavaScript or WebAssembly loaded by pages without an island').toEqual([]);
  expect(errors).toEqual([]);
});

test('the ballot starts its island on every one of 40 loads, counts while typing, and never panics', async ({ page }) => {
  await signIn(page, 'Jan');
  const ballot = await ballotPage(page);
  const errors = watchErrors(page);
  for (let i = 0; i < 40; i++) {
    await page.goto(ballot);
    await hydrated(page);
    const remaining = page.locator('.vote-remaining');
    const before = (await remaining.textContent()) ?? '';
    const field = page.locator('input.vote-number').first();
    const old = await field.inputValue();
    await field.fill(String(Number(old) === 1 ? 2 : 1));
    await expect(remaining, `load ${i + 1}: the count follows the typing`).not.toHaveText(before);
    await field.fill(old);
    await expect(remaining).toHaveText(before);
  }
  expect(errors).toEqual([]);
});

test('the bundle has content-hashed names and is cached for a year', async ({ page }) => {
  await signIn(page, 'Jan');
  const ballot = await ballotPage(page);
  const bundle = watchBundle(page);
  await page.goto(ballot);
  await hydrated(page);
  expect(bundle.length).toBeGreaterThanOrEqual(2);
  for (const path of bundle) {
    expect(path).toMatch(/^\/pkg\/buurtplein\.[0-9a-f]{16}\.(js|wasm)$/);
    const res = await page.request.get(path);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  const css = await page.locator('link[rel="stylesheet"]').getAttribute('href');
  expect(css).toMatch(/^\/pkg\/buurtplein\.[0-9a-f]{16}\.css$/);
});
