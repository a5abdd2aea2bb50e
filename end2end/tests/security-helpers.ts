// Shared steps of the security browser tests: a script payload in a proposal, and a watch
// on every page for scripts that run or Content-Security-Policy violations.
import { expect, type Page, type Response } from '@playwright/test';
import { hydrated } from './helpers';

/** What an attacker would type as a description: it tries to close the field and run script. */
export const PAYLOAD =
  'Kom ook!</textarea><script>window.pwned = 1; alert("xss")</script><img src=x onerror="window.pwned = 2"> & "samen" <b>koken</b>';

/** Watches a page: dialogs that open and console messages about the policy. */
export function watch(page: Page): { dialogs: string[]; violations: string[] } {
  const seen = { dialogs: [] as string[], violations: [] as string[] };
  page.on('dialog', async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('console', (msg) => {
    if (msg.text().includes('Content Security Policy')) seen.violations.push(msg.text());
  });
  return seen;
}

/** The page answered with a strict policy that names a nonce and allows no inline script. */
export function expectPolicy(response: Response | null) {
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9_-]+' 'wasm-unsafe-eval'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
}

/** No script from the payload ran on the page. */
export async function expectNoScriptRan(page: Page, seen: { dialogs: string[] }) {
  expect(seen.dialogs).toEqual([]);
  const javaScript = await page.evaluate(() => true).catch(() => false);
  if (javaScript) expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.locator('script', { hasText: 'window.pwned' })).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

/** The resident proposes an activity with [PAYLOAD] as its idea; returns the proposal's path. */
export async function proposeWithPayload(resident: Page, title: string, javaScript: boolean): Promise<string> {
  expectPolicy(await resident.goto('/meedoen/nieuw'));
  if (javaScript) await hydrated(resident);
  await resident.getByLabel(/Activiteit/).check();
  await resident.getByLabel('Titel').fill(title);
  await resident.getByLabel('Wat is uw idee?').fill(PAYLOAD);
  await resident.getByRole('button', { name: 'Voorstel insturen' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(resident.url()).pathname;
}
