// Story: a new resident opens the spring voting round on a phone, reads the rules, spreads
// her votes, is stopped when she gives more than she has, changes her votes; everyone sees
// the results of last autumn's closed round; the commissie opens a new round.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, hydrated, screenshot, signIn } from './helpers';
import { newResident } from './voting-helpers';

function votes(page: Page, title: string) {
  return page.getByRole('spinbutton', { name: title });
}

test('a resident spreads, is stopped at the budget, and changes her votes', async ({ page, browser }) => {
  const ilse = await newResident(page, browser, true);
  await ilse.goto('/meedoen/stemronde');
  await hydrated(ilse);
  await expect(ilse.getByRole('heading', { level: 1, name: 'Stemrondes' })).toBeVisible();
  await ilse.getByRole('link', { name: /Buurtbudget voorjaar/ }).click();
  await expect(ilse.getByRole('heading', { level: 1, name: 'Buurtbudget voorjaar' })).toBeVisible();
  await hydrated(ilse);
  const rules = ilse.getByRole('region', { name: 'Zo werkt het' });
  await expect(rules).toContainText('U heeft 5 stemmen.');
  await expect(rules).toContainText('Op één initiatief geeft u hoogstens 2 stemmen.');
  await expect(rules).toContainText('Uw stem is geheim.');
  await expect(rules).toContainText('Er is € 2.500 te besteden.');
  await expect(ilse.getByText('U heeft nog 5 van de 5 stemmen over.')).toBeVisible();
  // No totals while the round is open.
  await expect(ilse.getByRole('table')).toHaveCount(0);
  await expectAccessible(ilse);

  await votes(ilse, 'Bankje bij de ingang').fill('2');
  await votes(ilse, 'Moestuin op het dak').fill('2');
  await expect(ilse.getByText('U heeft nog 1 van de 5 stemmen over.')).toBeVisible();
  await votes(ilse, 'Speeltoestel voor kleine kinderen').fill('2');
  await expect(ilse.getByText('U geeft 1 stem te veel. U heeft er 5.')).toBeVisible();
  await ilse.getByRole('button', { name: 'Stemmen opslaan' }).click();
  await expect(ilse.getByRole('alert')).toHaveText('U geeft meer stemmen dan u heeft. Haal bij een initiatief stemmen weg.');
  await screenshot(ilse, 'voting-over-budget');

  await votes(ilse, 'Speeltoestel voor kleine kinderen').fill('1');
  await ilse.getByRole('button', { name: 'Stemmen opslaan' }).click();
  await expect(ilse.getByText('Uw stemmen zijn opgeslagen.')).toBeVisible();
  await expect(ilse.getByText('U heeft gestemd.')).toBeVisible();
  await screenshot(ilse, 'voting-saved');

  // Later she changes her mind: the ballot still holds her votes, and she moves one.
  await ilse.reload();
  await hydrated(ilse);
  await expect(votes(ilse, 'Bankje bij de ingang')).toHaveValue('2');
  await expect(votes(ilse, 'Speeltoestel voor kleine kinderen')).toHaveValue('1');
  await expect(ilse.getByText('U heeft nog 0 van de 5 stemmen over.')).toBeVisible();
  await votes(ilse, 'Bankje bij de ingang').fill('0');
  await votes(ilse, 'Speeltoestel voor kleine kinderen').fill('2');
  await ilse.getByRole('button', { name: 'Stemmen opslaan' }).click();
  await expect(ilse.getByText('Uw stemmen zijn opgeslagen.')).toBeVisible();
  await ilse.reload();
  await expect(votes(ilse, 'Bankje bij de ingang')).toHaveValue('0');
  await expect(votes(ilse, 'Speeltoestel voor kleine kinderen')).toHaveValue('2');
  await expect(ilse.getByText('U heeft nog 1 van de 5 stemmen over.')).toBeVisible();
});

test('everyone sees the results of a closed round', async ({ page }) => {
  await signIn(page, 'Kees');
  await page.goto('/meedoen/stemronde');
  await hydrated(page);
  await page.getByRole('link', { name: /Buurtbudget najaar/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buurtbudget najaar' })).toBeVisible();
  await expect(page.getByText('Gekozen: Fietsenrek bij de Madeliefhof, Kerstverlichting in de hal')).toBeVisible();
  const table = page.getByRole('table', { name: 'Stemmen per initiatief' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText('Fietsenrek bij de Madeliefhof');
  await expect(table.getByRole('row').nth(1)).toContainText('10');
  await expect(table.getByRole('row').nth(3)).toContainText('Nee');
  await expect(page.getByText('De gekozen initiatieven kosten samen € 1.500 van de € 1.500.')).toBeVisible();
  await expect(page.getByText('9 van de 11 bewoners hebben gestemd.')).toBeVisible();
  // Nobody can vote any more.
  await expect(page.getByRole('button', { name: 'Stemmen opslaan' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'voting-results');

  // The commissie's dashboard: counts only, a table beside each chart.
  await page.getByRole('link', { name: 'Stemrondes' }).first().click();
  await page.getByRole('link', { name: 'Eerlijke inbreng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eerlijke inbreng' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Meedoen per soort in deze periode' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'fair-dashboard-js');
});

test('the commissie opens a new round', async ({ page }) => {
  await signIn(page, 'Kees');
  await page.goto('/meedoen/stemronde');
  await hydrated(page);
  await page.getByRole('link', { name: 'Nieuwe stemronde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe stemronde' })).toBeVisible();
  await hydrated(page);
  await page.getByLabel('Naam van de stemronde').fill('Zomerplannen');
  await page.getByLabel('Geldbudget in euro').fill('1.000');
  await page.getByLabel('Picknicktafel bij de speeltuin', { exact: true }).check();
  await page.getByLabel('Geschatte kosten van Picknicktafel bij de speeltuin (euro)').fill('600');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Stemronde openen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies minstens twee initiatieven voor de stemronde.');
  await page.getByLabel('Boekenkast in de ontmoetingsruimte', { exact: true }).check();
  await page.getByRole('button', { name: 'Stemronde openen' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul een bedrag in euro');
  await page.getByLabel('Geschatte kosten van Boekenkast in de ontmoetingsruimte (euro)').fill('400');
  await screenshot(page, 'voting-new-round');
  await page.getByRole('button', { name: 'Stemronde openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zomerplannen' })).toBeVisible();
  await expect(page.getByText('Er is € 1.000 te besteden.')).toBeVisible();
  // A commissielid is also a resident: the ballot is there for her too.
  await expect(page.getByRole('button', { name: 'Stemmen opslaan' })).toBeVisible();
});
