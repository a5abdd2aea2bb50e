// Story: the sociaal werker publishes an activity with one place; a resident signs up and
// sees it in Mijn agenda; a second resident joins the waiting list; when the first
// withdraws, the second moves up and is told.
import { test, expect } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, SOCIAL_WORKER, uniqueName } from './helpers';

function tomorrow(): string {
  const d = new Date(Date.now() + 24 * 3600 * 1000);
  return d.toISOString().slice(0, 10);
}

test('publish, sign up, waiting list and moving up', async ({ page, browser }) => {
  const title = uniqueName('Samen kaarten');
  await signIn(page, SOCIAL_WORKER);
  await page.getByRole('link', { name: 'Agenda' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'agenda');
  await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
  await hydrated(page);
  await page.getByLabel('Naam van de activiteit').fill(title);
  await page.getByLabel('Wat gaan we doen?').fill('Klaverjassen en rikken.\nSpelregels: https://example.nl/spelregels');
  await page.getByLabel('Datum').fill(tomorrow());
  await page.getByLabel('Begint om').fill('14:00');
  // An end before the start is refused in plain Dutch.
  await page.getByLabel('Eindigt om').fill('13:00');
  await page.getByLabel('Hoeveel mensen kunnen mee?').fill('1');
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByRole('alert')).toHaveText('De eindtijd moet na de begintijd liggen.');
  await page.getByLabel('Eindigt om').fill('16:00');
  await expectAccessible(page);
  await screenshot(page, 'agenda-publish');
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://example.nl/spelregels' })).toBeVisible();
  const activityPath = new URL(page.url()).pathname;

  const jan = await (await newPerson(browser)).newPage();
  await signIn(jan, 'Jan');
  await jan.goto('/agenda');
  await jan.getByRole('link', { name: new RegExp(title) }).click();
  await hydrated(jan);
  await jan.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(jan.getByRole('status').filter({ hasText: 'U bent aangemeld.' })).toBeVisible();
  await screenshot(jan, 'activity-signed-up');
  await expectAccessible(jan);
  await jan.getByRole('link', { name: 'Mijn agenda' }).click();
  await expect(jan.getByRole('heading', { level: 1, name: 'Mijn agenda' })).toBeVisible();
  await expect(jan.getByRole('link', { name: new RegExp(title) })).toBeVisible();

  const noor = await (await newPerson(browser)).newPage();
  await signIn(noor, 'Noor');
  await noor.goto('/agenda');
  await noor.getByRole('link', { name: new RegExp(title) }).click();
  await hydrated(noor);
  await expect(noor.getByText('Alle plekken zijn bezet.')).toBeVisible();
  await noor.getByRole('button', { name: 'Op de wachtlijst' }).click();
  await expect(noor.getByText('U staat op de wachtlijst. U bent nummer 1.')).toBeVisible();

  // Jan withdraws; Noor moves up and gets a notification.
  await jan.goto(activityPath);
  await hydrated(jan);
  await jan.getByRole('button', { name: 'Afmelden' }).click();
  // Noor took the free place at once, so for Jan the activity is full again.
  await jan.getByRole('button', { name: 'Op de wachtlijst' }).click();
  await expect(jan.getByText('U staat op de wachtlijst. U bent nummer 1.')).toBeVisible();
  await noor.reload();
  await expect(noor.getByText('U bent aangemeld.')).toBeVisible();
  await noor.goto('/meldingen');
  await expect(noor.getByText(`Er is een plek vrijgekomen bij "${title}". U bent nu aangemeld!`)).toBeVisible();

  // The sociaal werker sees who comes (with the waiting list) and cancels; Noor is told.
  await page.goto(activityPath);
  await hydrated(page);
  const participants = page.getByRole('region', { name: 'Deelnemers' });
  await expect(participants.getByRole('listitem')).toHaveCount(2);
  await expect(participants.getByRole('listitem').first()).toContainText('Noor');
  await expect(participants.getByRole('listitem').nth(1)).toContainText(/^Jan · Zonnebloemstraat \d+ · wachtlijst$/);
  await expectAccessible(page);
  await screenshot(page, 'activity-staff');
  await page.getByLabel('Waarom gaat het niet door?').fill('De zaal is niet beschikbaar');
  await page.getByRole('button', { name: 'Activiteit afgelasten' }).click();
  await expect(page.getByText('Deze activiteit is afgelast. Reden: De zaal is niet beschikbaar')).toBeVisible();
  await noor.goto('/meldingen');
  await expect(noor.getByText(`"${title}" gaat niet door. Reden: De zaal is niet beschikbaar`)).toBeVisible();
});
