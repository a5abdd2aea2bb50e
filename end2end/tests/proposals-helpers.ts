// Shared steps of the Meedoen browser tests.
import { expect, type Browser, type Page } from '@playwright/test';
import { hydrated, newPerson, staffMakesInvite, uniqueName } from './helpers';

export function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A fresh resident of De Zonnebloem, signed up with a new invite code on their own phone. */
export async function freshResident(page: Page, browser: Browser, javaScript = true): Promise<{ resident: Page; name: string }> {
  const { code } = await staffMakesInvite(page, uniqueName('Meedoenstraat'));
  const resident = await (await newPerson(browser, javaScript)).newPage();
  const name = uniqueName('Ilse');
  await resident.goto(`/aanmelden?code=${code}`);
  await hydrated(resident);
  await resident.getByLabel('Uw naam op Buurtplein').fill(name);
  await resident.getByLabel('Wachtwoord').fill('mijn kat heet Bolletje');
  await resident.getByRole('button', { name: 'Account maken' }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`Hallo ${name}!`);
  return { resident, name };
}

/** The form on a proposal page whose heading is `heading`. */
export function decideForm(page: Page, heading: string) {
  return page.locator('form').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
}

