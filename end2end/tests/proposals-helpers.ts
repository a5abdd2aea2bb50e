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

/** Opens one of the commissie's decisions on a proposal page (a <details>) and returns it. */
export async function decideForm(page: Page, summary: string) {
  const item = page.locator('details.decide-item').filter({ has: page.locator('summary', { hasText: summary }) });
  if ((await item.getAttribute('open')) === null) await item.locator('summary').click();
  return item;
}

