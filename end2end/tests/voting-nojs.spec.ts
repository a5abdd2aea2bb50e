// Story: without JavaScript, a new resident votes and changes her votes with the plain form;
// the sociaal werker records votes for a resident who asked for help, and reads the
// fair-voice dashboard and downloads its CSV. (axe-core needs JavaScript; voting.spec.ts
// checks the same pages with it.)
import { test, expect, type Page } from '@playwright/test';
import { screenshot, signIn, SOCIAL_WORKER } from './helpers';
import { newResident } from './voting-helpers';

function votes(page: Page, title: string) {
  return page.getByRole('spinbutton', { name: title });
}

test('voting works without JavaScript', async ({ page, browser }) => {
  const ilse = await newResident(page, browser, false);
  await ilse.goto('/meedoen/stemronde');
  await ilse.getByRole('link', { name: /Buurtbudget voorjaar/ }).click();
  await expect(ilse.getByText('U heeft nog 5 van de 5 stemmen over.')).toBeVisible();
  await votes(ilse, 'Moestuin op het dak').fill('3');
  await ilse.getByRole('button', { name: 'Stemmen opslaan' }).click();
  await expect(ilse.getByRole('alert')).toHaveText('U geeft te veel stemmen aan één initiatief. Kijk bij de regels hoeveel mag.');
  await screenshot(ilse, 'voting-nojs-over-max');

  await votes(ilse, 'Moestuin op het dak').fill('2');
  await votes(ilse, 'Bankje bij de ingang').fill('1');
  await ilse.getByRole('button', { name: 'Stemmen opslaan' }).click();
  await expect(ilse.getByText('U heeft gestemd.')).toBeVisible();
  await expect(votes(ilse, 'Moestuin op het dak')).toHaveValue('2');
  await expect(ilse.getByText('U heeft nog 2 van de 5 stemmen over.')).toBeVisible();
  await votes(ilse, 'Moestuin op het dak').fill('0');
  await ilse.getByRole('button', { name: 'Stemmen opslaan' }).click();
  await expect(ilse.getByText('U heeft nog 4 van de 5 stemmen over.')).toBeVisible();
  await screenshot(ilse, 'voting-nojs-changed');
});

test('the sociaal werker helps a resident vote and reads the dashboard without JavaScript', async ({ page }) => {
  await signIn(page, SOCIAL_WORKER);
  await page.goto('/meedoen/stemronde');
  await page.getByRole('link', { name: /Buurtbudget voorjaar/ }).click();
  const help = page.getByRole('region', { name: 'Stemmen voor een bewoner' });
  await expect(help).toBeVisible();
  // She cannot vote herself: staff are not residents.
  await expect(page.getByText('Alleen bewoners van de buurt stemmen.')).toBeVisible();
  const kees = await help.locator('option', { hasText: /^Kees/ }).getAttribute('value');
  await help.getByLabel('Bewoner', { exact: true }).selectOption(kees!);
  await help.getByLabel('Stemmen voor Bankje bij de ingang').fill('2');
  await help.getByRole('button', { name: 'Stemmen opslaan voor deze bewoner' }).click();
  await expect(page.getByRole('region', { name: 'Stemmen voor een bewoner' }).getByLabel('Bewoner', { exact: true })).toContainText('Kees (heeft al gestemd)');
  await screenshot(page, 'voting-nojs-assist');

  await page.goto('/meedoen/inbreng');
  await expect(page.getByRole('heading', { level: 1, name: 'Eerlijke inbreng' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Meedoen per soort in deze periode' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bewoners per leeftijdsgroep en hoeveel meededen' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Meedoen per soort in deze periode' }).getByRole('row', { name: /Stemrondes/ })).toBeVisible();
  await page.getByLabel('Van', { exact: true }).fill('2026-01-01');
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(page).toHaveURL(/van=2026-01-01/);
  await screenshot(page, 'fair-dashboard');
  const href = await page.getByRole('link', { name: 'Cijfers downloaden (CSV)' }).getAttribute('href');
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await csv.text()).toContain('"deelnemers","stemrondes"');
});
