// Story: without JavaScript a resident filters the agenda, signs up and withdraws.
import { test, expect } from '@playwright/test';
import { screenshot, signIn } from './helpers';

test('the agenda works without JavaScript', async ({ page }) => {
  await signIn(page, 'Henk');
  await page.goto('/agenda');
  await page.getByLabel('Soort activiteit').selectOption({ label: 'Bewegen' });
  await page.getByRole('button', { name: 'Laat zien' }).click();
  await expect(page).toHaveURL(/soort=bewegen/);
  await page.getByRole('link', { name: /Wandeling door het park/ }).click();
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByText('U bent aangemeld.')).toBeVisible();
  await screenshot(page, 'nojs-activity');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('button', { name: 'Aanmelden' })).toBeVisible();
  await page.goto('/agenda/mijn');
  await expect(page.getByText('U heeft zich nog nergens voor aangemeld.')).toBeVisible();
});
