// Stories of the Ontmoetingsruimte on a phone: a resident reserves a free time and cancels
// it; a private request waits for the committee, Fatma approves it and the resident sees
// it; staff see their page and the week to print for the door.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, SOCIAL_WORKER, uniqueName } from './helpers';

const RESIDENT = 'Sanne';

/** Opens the room and goes `weeks` weeks ahead (past the lead time, away from the other stories). */
async function openWeek(page: Page, weeks: number) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ontmoetingsruimte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ontmoetingsruimte' })).toBeVisible();
  for (let i = 0; i < weeks; i++) {
    const before = page.url();
    await page.getByRole('link', { name: 'Volgende week →' }).click();
    await expect(page).not.toHaveURL(before);
  }
  await hydrated(page);
}

test('a resident reserves a free time and cancels it', async ({ page }) => {
  const purpose = uniqueName('Bewonersoverleg');
  await signIn(page, RESIDENT);
  await openWeek(page, 0);
  await expectAccessible(page);
  await screenshot(page, 'rooms-week');
  await openWeek(page, 2);
  await page.getByRole('link', { name: /^Reserveren/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ruimte reserveren' })).toBeVisible();
  await hydrated(page);
  const from = await page.getByLabel('Van').inputValue();
  expect(from).toMatch(/^\d\d:\d\d$/);
  // Too long: the refusal names the rule in plain Dutch.
  await page.getByLabel('Tot').fill('21:30');
  await page.getByLabel('Van').fill('09:00');
  await page.getByLabel('Waarvoor is het?').fill(purpose);
  await page.getByRole('button', { name: 'Reservering aanvragen' }).click();
  await expect(page.getByRole('alert')).toContainText('Een reservering duurt hoogstens 4 uur.');
  await page.getByLabel('Van').fill(from);
  const [h, m] = from.split(':').map(Number);
  await page.getByLabel('Tot').fill(`${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  await expectAccessible(page);
  await screenshot(page, 'rooms-request');
  await page.getByRole('button', { name: 'Reservering aanvragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn reserveringen' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: purpose });
  await expect(item).toContainText('Bevestigd');
  await expect(page.getByText(/Ontmoetingsruimte: uw huishouden heeft deze maand nog/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'rooms-mine');
  await item.getByRole('button', { name: `Annuleren ${purpose}` }).click();
  await expect(page.getByRole('listitem').filter({ hasText: purpose })).toHaveCount(0);
});

test('a private request is approved by a commissielid and the resident sees it', async ({ page, browser }) => {
  const purpose = uniqueName('Verjaardag');
  await signIn(page, RESIDENT);
  await openWeek(page, 3);
  await page.getByRole('link', { name: /^Reserveren/ }).first().click();
  await hydrated(page);
  await page.getByLabel('Waarvoor is het?').fill(purpose);
  await page.getByLabel('Nee, het is besloten (bijvoorbeeld een feestje)').check();
  await page.getByLabel('Met hoeveel mensen ongeveer?').fill('15');
  await page.getByRole('button', { name: 'Reservering aanvragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn reserveringen' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: purpose })).toContainText('In afwachting van goedkeuring');

  const fatma = await (await newPerson(browser)).newPage();
  await signIn(fatma, 'Fatma');
  await fatma.goto('/ontmoetingsruimte/aanvragen');
  await hydrated(fatma);
  await expect(fatma.getByRole('heading', { level: 1, name: 'Aanvragen' })).toBeVisible();
  const request = fatma.getByRole('listitem').filter({ hasText: purpose });
  await expect(request).toContainText(`aangevraagd door ${RESIDENT}`);
  await expect(request).toContainText('Besloten');
  await expectAccessible(fatma);
  await screenshot(fatma, 'rooms-requests');
  await request.getByRole('button', { name: `Goedkeuren ${purpose}` }).click();
  await expect(fatma.getByRole('listitem').filter({ hasText: purpose })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: purpose })).toContainText('Bevestigd');
  await page.goto('/meldingen');
  await expect(page.getByText(new RegExp(`Uw reservering "${purpose}" op .* is goedgekeurd.`))).toBeVisible();
  // Others see only that the room is taken, never what for.
  const jan = await (await newPerson(browser)).newPage();
  await signIn(jan, 'Jan');
  await openWeek(jan, 3);
  await expect(jan.getByText(purpose)).toHaveCount(0);
  await expect(jan.getByText('Besloten').first()).toBeVisible();
  // Cancel again, so the household's quota stays free for the next run.
  await page.goto('/ontmoetingsruimte/mijn');
  await hydrated(page);
  await page.getByRole('button', { name: `Annuleren ${purpose}` }).click();
  await expect(page.getByRole('listitem').filter({ hasText: purpose })).toHaveCount(0);
});

test('staff manage the room and print the week', async ({ page }) => {
  await signIn(page, SOCIAL_WORKER);
  await openWeek(page, 0);
  await page.getByRole('link', { name: 'Ruimte beheren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ruimte beheren' })).toBeVisible();
  await hydrated(page);
  await expect(page.getByLabel('maandag: open om')).toHaveValue('09:00');
  await expectAccessible(page);
  await screenshot(page, 'rooms-manage');
  await openWeek(page, 1);
  await page.getByRole('link', { name: 'Week afdrukken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ontmoetingsruimte' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(/Koffieochtend|Breiclub/);
  await expectAccessible(page);
  await screenshot(page, 'rooms-print');
});
