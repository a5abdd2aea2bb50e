// Every page of the foundation on a phone: axe-core finds no violations; screenshots kept.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, hydrated, screenshot, signIn, SOCIAL_WORKER } from './helpers';

async function check(page: Page, path: string, name: string) {
  await page.goto(path);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await screenshot(page, name);
  await expectAccessible(page);
}

test('public pages', async ({ page }) => {
  await check(page, '/', 'home');
  await check(page, '/aanmelden', 'signup');
  await check(page, '/inloggen', 'signin');
  await check(page, '/agenda', 'agenda-soon');
  await check(page, '/bestaat-niet', 'not-found');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
});

test('resident pages', async ({ page }) => {
  await signIn(page, 'Jan');
  await check(page, '/', 'home-resident');
  await check(page, '/profiel', 'profile');
  await check(page, '/meldingen', 'notifications');
  // A resident has no staff menu, and staff pages refuse them.
  await expect(page.getByRole('link', { name: 'Beheer' })).toHaveCount(0);
  await page.goto('/beheer');
  await expect(page.getByRole('alert')).toContainText('geen toegang');
});

test('staff pages', async ({ page }) => {
  await signIn(page, SOCIAL_WORKER);
  await check(page, '/beheer', 'staff-home');
  await page.getByRole('link', { name: /De Zonnebloem/ }).click();
  await expect(page.getByRole('heading', { name: 'De Zonnebloem' })).toBeVisible();
  await screenshot(page, 'staff-buurt');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Leden en rollen' }).click();
  await expect(page.getByRole('heading', { name: 'Leden en rollen' })).toBeVisible();
  await screenshot(page, 'staff-members');
  await expectAccessible(page);
  await page.goBack();
  await page.getByRole('link', { name: 'Zonnebloemstraat 1' }).click();
  await expect(page.getByRole('heading', { name: 'Zonnebloemstraat 1' })).toBeVisible();
  await screenshot(page, 'staff-household');
  await expectAccessible(page);
});

test('the header stays usable at 200% zoom', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await screenshot(page, 'home-zoom-200');
});
