import { expect, test, type Page, type Browser, type BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'node:fs';

export const DEMO_PASSWORD = 'zonnebloem-demo';
export const SOCIAL_WORKER = 'Samira Sociaal';

/** A name nobody has yet in this run. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 100)}`;
}

/**
 * Waits until the islands of the page run (JavaScript projects only). A page without an
 * island is plain HTML and ready once loaded.
 */
export async function hydrated(page: Page) {
  const js = test.info().project.use.javaScriptEnabled !== false;
  if (js && (await page.locator('leptos-island').count()) > 0) {
    await page.locator('body[data-hydrated="true"]').waitFor();
  }
}

/** Keeps a screenshot of the page as a test artifact. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

/** axe-core finds no WCAG 2.x A/AA violations on the page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe-core violations').toEqual([]);
}

export async function signIn(page: Page, name: string, password = DEMO_PASSWORD) {
  await page.goto('/inloggen');
  await hydrated(page);
  await page.getByLabel('Naam of e-mailadres').fill(name);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hallo');
}

export async function signOut(page: Page) {
  await page.goto('/profiel');
  await hydrated(page);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('heading', { name: 'Welkom op Buurtplein' })).toBeVisible();
}

/**
 * The sociaal werker adds a household in De Zonnebloem and makes an invite code for it.
 * Returns the code as printed on the letter and the letter's address.
 */
export async function staffMakesInvite(page: Page, label: string): Promise<{ code: string; letterUrl: string }> {
  await signIn(page, SOCIAL_WORKER);
  await page.getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('link', { name: /De Zonnebloem/ }).click();
  await hydrated(page);
  await page.getByLabel('Adres').fill(label);
  await page.getByLabel('Gebouw').fill('Flat Zonnebloem');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('heading', { name: label })).toBeVisible();
  await hydrated(page);
  await page.getByLabel('Hoeveel bewoners mogen de code gebruiken?').fill('2');
  await page.getByRole('button', { name: 'Code maken' }).click();
  const letterLink = page.getByRole('link', { name: 'Brief afdrukken' }).first();
  await expect(letterLink).toBeVisible();
  const letterUrl = (await letterLink.getAttribute('href'))!;
  await page.goto(letterUrl);
  const code = (await page.getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/).textContent())!.trim();
  return { code, letterUrl };
}

/** A fresh browser context, as another person on another phone. */
export async function newPerson(browser: Browser, javaScriptEnabled = true): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    javaScriptEnabled,
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3000',
  });
}
