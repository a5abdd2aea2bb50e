// Story: without JavaScript a resident reserves the room, is refused with a clear reason
// when asking too much, and cancels.
import { test, expect } from '@playwright/test';
import { screenshot, signIn, uniqueName } from './helpers';

test('reserving the room works without JavaScript', async ({ page }) => {
  const purpose = uniqueName('Klaverjassen');
  await signIn(page, 'Sanne');
  await page.goto('/ontmoetingsruimte');
  for (let i = 0; i < 4; i++) {
    const before = page.url();
    await page.getByRole('link', { name: 'Volgende week →' }).click();
    await expect(page).not.toHaveURL(before);
  }
  await page.getByRole('link', { name: /^Reserveren/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ruimte reserveren' })).toBeVisible();
  const date = await page.getByLabel('Datum').inputValue();
  const from = await page.getByLabel('Van').inputValue();
  const to = await page.getByLabel('Tot').inputValue();
  await page.getByLabel('Waarvoor is het?').fill(purpose);
  await page.getByLabel('Met hoeveel mensen ongeveer?').fill('500');
  await page.getByRole('button', { name: 'Reservering aanvragen' }).click();
  await expect(page.getByRole('alert')).toContainText('Er passen hoogstens 40 mensen in de ruimte.');
  await screenshot(page, 'rooms-nojs-refused');
  // What was typed is still there; the number of people has the reason and the focus.
  await expect(page.getByLabel('Datum')).toHaveValue(date);
  await expect(page.getByLabel('Van')).toHaveValue(from);
  await expect(page.getByLabel('Tot')).toHaveValue(to);
  await expect(page.getByLabel('Waarvoor is het?')).toHaveValue(purpose);
  const people = page.getByLabel('Met hoeveel mensen ongeveer?');
  await expect(people).toHaveValue('500');
  await expect(people).toBeFocused();
  await expect(people).toHaveAccessibleDescription(/hoogstens 40 mensen/);
  await people.fill('4');
  await page.getByRole('button', { name: 'Reservering aanvragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn reserveringen' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: purpose })).toContainText('Bevestigd');
  await screenshot(page, 'rooms-nojs-mine');
  await page.getByRole('button', { name: `Annuleren ${purpose}` }).click();
  await expect(page.getByRole('listitem').filter({ hasText: purpose })).toHaveCount(0);
});
