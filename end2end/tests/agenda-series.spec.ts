// Stories: the sociaal werker publishes the Wmo-spreekuur every two weeks, moves the rest of
// the series to a later hour, starts "nog een keer", prints the poster and a participants
// list. A resident is warned about an overlap, reads the archive and puts their own agenda
// in their phone's calendar with a secret link, then stops it.
import { test, expect } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, SOCIAL_WORKER, uniqueName } from './helpers';

/** The date `days` from now, as the date field wants it. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

async function publish(page: import('@playwright/test').Page, title: string, date: string, start: string, end: string) {
  await page.goto('/agenda/nieuw');
  await hydrated(page);
  await page.getByLabel('Naam van de activiteit').fill(title);
  await page.getByLabel('Datum').fill(date);
  await page.getByLabel('Begint om').fill(start);
  await page.getByLabel('Eindigt om').fill(end);
}

test('a series: publish, change the rest, once more, poster and participants list', async ({ page }) => {
  const title = uniqueName('Spreekuur Wmo');
  await signIn(page, SOCIAL_WORKER);
  await publish(page, title, inDays(3), '13:30', '15:00');
  await page.getByLabel('Hoe vaak?').selectOption({ label: 'Om de week' });
  await page.getByLabel('Tot en met').fill(inDays(40));
  await expectAccessible(page);
  await screenshot(page, 'agenda-publish-series');
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.getByRole('link', { name: 'Wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wijzigen' })).toBeVisible();
  await hydrated(page);
  await expect(page.getByLabel('Naam van de activiteit')).toHaveValue(title);
  await page.getByLabel('Deze keer en alle keren daarna (elke keer houdt zijn eigen datum)').check();
  await page.getByLabel('Begint om').fill('14:00');
  await expectAccessible(page);
  await screenshot(page, 'agenda-edit-series');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/14:00 – 15:00/)).toBeVisible();

  // Every time of the series moved; each kept its own day.
  await page.goto('/agenda');
  const cards = page.getByRole('link', { name: new RegExp(title) });
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) await expect(card).toContainText('14:00 – 15:00');

  // "Nog een keer" starts a new activity with the same details and no date.
  await cards.first().click();
  await hydrated(page);
  await page.getByRole('link', { name: 'Nog een keer' }).click();
  await expect(page.getByLabel('Naam van de activiteit')).toHaveValue(title);
  await expect(page.getByLabel('Begint om')).toHaveValue('14:00');
  await expect(page.getByLabel('Datum')).toHaveValue('');

  // The poster for the notice board: this week, large, with a QR code and no navigation.
  await page.goto('/agenda/poster');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze week in De Zonnebloem' })).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR-code naar de agenda' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'agenda-poster');

  // The participants list of "Samen koken" to print: names with household labels.
  await page.goto('/agenda');
  await page.getByRole('link', { name: /Samen koken/ }).click();
  await hydrated(page);
  await page.getByRole('link', { name: 'Deelnemerslijst afdrukken' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(7);
  await expectAccessible(page);
  await screenshot(page, 'agenda-participants-print');
});

test('a resident: overlap warning, archive and a personal calendar link', async ({ page, browser }) => {
  const [first, second] = [uniqueName('Sjoelen'), uniqueName('Voorlezen')];
  await signIn(page, SOCIAL_WORKER);
  for (const [title, start, end] of [[first, '14:00', '16:00'], [second, '15:00', '16:30']]) {
    await publish(page, title, inDays(6), start, end);
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  const riet = await (await newPerson(browser)).newPage();
  await signIn(riet, 'Riet');
  await riet.goto('/agenda');
  await riet.getByRole('link', { name: new RegExp(first) }).click();
  await hydrated(riet);
  await riet.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(riet.getByRole('status').filter({ hasText: 'U bent aangemeld.' })).toBeVisible();
  await riet.goto('/agenda');
  await riet.getByRole('link', { name: new RegExp(second) }).click();
  await expect(riet.getByText(`Let op: op die tijd heeft u ook ${first}. U kunt zich toch aanmelden.`)).toBeVisible();
  await expectAccessible(riet);
  await screenshot(riet, 'agenda-overlap');

  await riet.goto('/agenda');
  await riet.getByRole('link', { name: 'Archief' }).click();
  await expect(riet.getByRole('heading', { level: 1, name: 'Archief' })).toBeVisible();
  await expect(riet.getByRole('link', { name: /Workshop mobiel bankieren.*deelnemers/ })).toBeVisible();
  await expectAccessible(riet);
  await screenshot(riet, 'agenda-archive');

  await riet.goto('/agenda/mijn');
  await hydrated(riet);
  await riet.getByRole('button', { name: 'Maak mijn link' }).click();
  const link = riet.locator('.feed-url').filter({ hasText: '/kalender/mijn/' });
  await expect(link).toBeVisible();
  const url = (await link.textContent())!.trim();
  const feed = await riet.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const body = await feed.text();
  expect(body).toContain('BEGIN:VCALENDAR');
  expect(body).toContain(`SUMMARY:${first}`);
  expect(body).not.toContain(`SUMMARY:${second}`);
  await expectAccessible(riet);
  await screenshot(riet, 'agenda-calendar-link');
  await riet.getByRole('button', { name: 'Stop mijn link' }).click();
  await expect(riet.getByRole('button', { name: 'Maak mijn link' })).toBeVisible();
  expect((await riet.request.get(url)).status()).toBe(404);
});
