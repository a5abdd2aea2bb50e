// Story: the sociaal werker prints an invite letter; a resident signs up with its code on
// a phone, reads Meldingen, switches to English and back, signs out and in again.
import { test, expect } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, signOut, staffMakesInvite, uniqueName } from './helpers';

test('a resident signs up with the code from the letter', async ({ page, browser }) => {
  const { code, letterUrl } = await staffMakesInvite(page, uniqueName('Zonnebloemstraat'));
  await expect(page.getByRole('heading', { name: /Doe mee op Buurtplein De Zonnebloem/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR-code/ })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await screenshot(page, 'invite-letter');
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'invite-letter-print');
  await page.emulateMedia({ media: 'screen' });
  expect(letterUrl).toMatch(/^\/brief\/\d+$/);

  // The resident, on their own phone, follows the QR code.
  const resident = await (await newPerson(browser)).newPage();
  const name = uniqueName('Truus');
  await resident.goto(`/aanmelden?code=${code}`);
  await hydrated(resident);
  await expect(resident.getByLabel('Code uit de brief')).toHaveValue(code);
  await resident.getByLabel('Uw naam op Buurtplein').fill(name);
  await resident.getByLabel(/Leeftijd/).selectOption({ label: '75 jaar of ouder' });
  // A too common password gets a plain Dutch explanation, nothing else happens.
  await resident.getByLabel('Wachtwoord').fill('wachtwoord');
  await resident.getByRole('button', { name: 'Account maken' }).click();
  await expect(resident.getByRole('alert')).toContainText('Dit wachtwoord gebruiken heel veel mensen');
  await screenshot(resident, 'signup-error');
  await resident.getByLabel('Wachtwoord').fill('mijn kat heet Bolletje');
  await resident.getByRole('button', { name: 'Account maken' }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`Hallo ${name}!`);
  await screenshot(resident, 'home-signed-in');

  // The welcome notification.
  await resident.getByRole('link', { name: /Meldingen, 1 nieuwe/ }).click();
  await expect(resident.getByText(`Welkom op Buurtplein, ${name}!`)).toBeVisible();
  await hydrated(resident);
  await resident.getByRole('button', { name: 'Alles gelezen' }).click();
  await expect(resident.getByRole('link', { name: /Meldingen, geen nieuwe/ })).toBeVisible();

  // English and back.
  await resident.getByRole('button', { name: 'English' }).click();
  await expect(resident.locator('html')).toHaveAttribute('lang', 'en');
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  await resident.getByRole('button', { name: 'Nederlands' }).click();
  await expect(resident.locator('html')).toHaveAttribute('lang', 'nl');

  await signOut(resident);
  await signIn(resident, name, 'mijn kat heet Bolletje');
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`Hallo ${name}!`);
});

test('a wrong password is refused with a Dutch message', async ({ page }) => {
  await page.goto('/inloggen');
  await hydrated(page);
  await page.getByLabel('Naam of e-mailadres').fill('Jan');
  await page.getByLabel('Wachtwoord').fill('dit is niet goed');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toHaveText('De naam of het wachtwoord klopt niet. Probeer het opnieuw.');
  await expect(page).toHaveURL(/\/inloggen/);
});
