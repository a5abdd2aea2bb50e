// Shared steps of the voting stories.
import { expect, type Browser, type Page } from '@playwright/test';
import { hydrated, newPerson, staffMakesInvite, uniqueName } from './helpers';

/** A resident who signed up just now with a fresh invite code. */
export async function newResident(staff: Page, browser: Browser, js: boolean): Promise<Page> {
  const { code } = await staffMakesInvite(staff, uniqueName('Klaproosweg'));
  const page = await (await newPerson(browser, js)).newPage();
  await page.goto('/aanmelden');
  await hydrated(page);
  await page.getByLabel('Code uit de brief').fill(code);
  await page.getByLabel('Uw naam op Buurtplein').fill(uniqueName('Ilse'));
  await page.getByLabel('Wachtwoord').fill('stemmen is leuk en nuttig');
  await page.getByRole('button', { name: 'Account maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hallo');
  return page;
}

