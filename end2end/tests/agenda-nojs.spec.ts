// Story: without JavaScript a resident filters the agenda, signs up and withdraws.
import { test, expect } from '@playwright/test';
import { screenshot, signIn, SOCIAL_WORKER, uniqueName } from './helpers';

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
  const activity = page.url();
  await page.goto('/agenda/mijn');
  await expect(page.getByRole('link', { name: /Wandeling door het park/ })).toBeVisible();
  await page.goto(activity);
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('button', { name: 'Aanmelden' })).toBeVisible();
  await page.goto('/agenda/mijn');
  await expect(page.getByText('U heeft zich nog nergens voor aangemeld.')).toBeVisible();

  // A full activity: the waiting list, with the place in the queue.
  await page.goto('/agenda');
  await page.getByRole('link', { name: /Samen koken/ }).click();
  await expect(page.getByText('Alle plekken zijn bezet.')).toBeVisible();
  await page.getByRole('button', { name: 'Op de wachtlijst' }).click();
  await expect(page.getByText(/U staat op de wachtlijst\. U bent nummer \d+\./)).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('button', { name: 'Op de wachtlijst' })).toBeVisible();
});

test('staff publish and change an activity without JavaScript', async ({ page }) => {
  const title = uniqueName('Buurtlunch');
  const date = new Date(Date.now() + 4 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await signIn(page, SOCIAL_WORKER);
  await page.goto('/agenda/nieuw');
  await page.getByLabel('Naam van de activiteit').fill(title);
  await page.getByLabel('Datum').fill('2020-05-01');
  await page.getByLabel('Begint om').fill('12:00');
  await page.getByLabel('Eindigt om').fill('13:30');
  await page.getByRole('button', { name: 'Publiceren' }).click();
  // A date in the past: everything typed comes back, the date has the reason and the focus.
  await expect(page.getByRole('alert')).toContainText('al voorbij');
  await expect(page.getByLabel('Naam van de activiteit')).toHaveValue(title);
  await expect(page.getByLabel('Begint om')).toHaveValue('12:00');
  await expect(page.getByLabel('Eindigt om')).toHaveValue('13:30');
  const day = page.getByLabel('Datum');
  await expect(day).toHaveValue('2020-05-01');
  await expect(day).toBeFocused();
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'nojs-publish-error');
  await day.fill(date);
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.getByRole('link', { name: 'Wijzigen' }).click();
  await page.getByLabel('Hoeveel mensen kunnen mee?').fill('0');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('aantal');
  const capacity = page.getByLabel('Hoeveel mensen kunnen mee?');
  await expect(capacity).toHaveValue('0');
  await expect(capacity).toBeFocused();
  await expect(page.getByLabel('Naam van de activiteit')).toHaveValue(title);
  await screenshot(page, 'nojs-edit-error');
  await page.getByLabel('Naam van de activiteit').fill(`${title} met soep`);
  await page.getByLabel('Hoeveel mensen kunnen mee?').fill('20');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} met soep` })).toBeVisible();
  await expect(page.getByText('Nog 20 plekken vrij')).toBeVisible();

  // The poster for the notice board needs no JavaScript either.
  await page.goto('/agenda/poster');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze week in De Zonnebloem' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR-code naar de agenda' })).toBeVisible();
  await screenshot(page, 'nojs-poster');
});
