// Story: the home page without JavaScript: the week for a visitor, "new since your last visit"
// for a resident, and the commissie's way into its queue. (No axe here: the phone project
// with JavaScript checks the same pages.)
import { test, expect } from '@playwright/test';
import { screenshot, signIn } from './helpers';

test('a visitor sees the week without JavaScript', async ({ page }) => {
  await page.goto('/');
  const week = page.getByRole('region', { name: 'Deze week' });
  await expect(week.getByRole('heading', { level: 2, name: 'Deze week' })).toBeVisible();
  await expect(week.getByRole('listitem').first()).toBeVisible();
  await expect(week.getByRole('link')).toHaveCount(0);
  await screenshot(page, 'nojs-home-plein-visitor');
});

test('a resident opens Meedoen and nothing is new after it', async ({ page }) => {
  await signIn(page, 'Jan');
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Wat u gaat doen' })).toBeVisible();
  await page.goto('/meedoen');
  await page.goto('/');
  const open = page.getByRole('region', { name: 'Nu open' });
  await expect(open.getByText('Geen nieuwe voorstellen sinds uw laatste bezoek.')).toBeVisible();
  await open.getByRole('link', { name: /^Stemronde: / }).click();
  await expect(page).toHaveURL(/\/meedoen\/stemronde\/\d+$/);
  await screenshot(page, 'nojs-home-plein-round');
});

test('the commissie follows a queue link without JavaScript', async ({ page }) => {
  await signIn(page, 'Kees');
  await page.goto('/');
  const queues = page.getByRole('region', { name: 'Dit wacht op u' });
  await queues.getByRole('link', { name: /van bewoners$/ }).click();
  await expect(page).toHaveURL(/\/meedoen\/meldingen$/);
});
