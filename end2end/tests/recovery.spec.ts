// Story: a resident forgot their password. The sociaal werker prints a herstelbrief from
// the members page; the resident opens the letter's QR address, types a new password twice
// and is signed in; later they sign in with the new password. Once with JavaScript and once
// without, on a 390 px phone.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, signOut, staffMakesInvite, uniqueName } from './helpers';

const CODE = /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/;

/** A new resident of De Zonnebloem, signed up with an invite code and then signed out. */
async function newResident(page: Page, browser: Browser, javaScriptEnabled: boolean, password: string): Promise<string> {
  const { code } = await staffMakesInvite(page, uniqueName('Herstelhof'));
  const resident = await (await newPerson(browser, javaScriptEnabled)).newPage();
  const name = uniqueName('Gerda');
  await resident.goto('/aanmelden');
  await hydrated(resident);
  await resident.getByLabel('Code uit de brief').fill(code);
  await resident.getByLabel('Uw naam op Buurtplein').fill(name);
  await resident.getByLabel('Wachtwoord').fill(password);
  await resident.getByRole('button', { name: 'Account maken' }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`Hallo ${name}!`);
  await resident.context().close();
  return name;
}

/** The sociaal werker (already signed in on `page`) prints a herstelbrief; returns its code. */
async function printLetter(page: Page, name: string): Promise<string> {
  await page.goto('/beheer');
  await page.getByRole('link', { name: /De Zonnebloem/ }).click();
  await page.getByRole('link', { name: 'Leden en rollen' }).click();
  await hydrated(page);
  await page.getByRole('button', { name: `Herstelbrief maken ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Een nieuw wachtwoord');
  await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR-code naar de pagina om een nieuw wachtwoord te kiezen' })).toBeVisible();
  await screenshot(page, 'recovery-letter');
  return (await page.getByText(CODE).textContent())!.trim();
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`a herstelbrief gets a resident back in (${how})`, async ({ page, browser }) => {
    const name = await newResident(page, browser, javaScriptEnabled, 'eerste wachtwoord hier');
    const code = await printLetter(page, name);

    const resident = await (await newPerson(browser, javaScriptEnabled)).newPage();
    // The sign-in page shows both ways back in.
    await resident.goto('/inloggen');
    await expect(resident.getByRole('link', { name: 'Vraag een link per e-mail' })).toBeVisible();
    await expect(resident.getByText('Vraag de sociaal werker om een herstelbrief')).toBeVisible();

    // The QR code on the letter leads here, with the code filled in.
    await resident.goto(`/herstellen?code=${code}`);
    await hydrated(resident);
    await expect(resident.getByLabel('Code', { exact: true })).toHaveValue(code);
    await resident.getByLabel('Nieuw wachtwoord', { exact: true }).fill('tulpen op de markt');
    await resident.getByLabel('Nieuw wachtwoord nog een keer').fill('tulpen op de mark');
    await resident.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(resident.getByRole('alert')).toContainText('niet hetzelfde');
    await expect(resident.getByLabel('Code', { exact: true })).toHaveValue(code);

    await resident.getByLabel('Nieuw wachtwoord', { exact: true }).fill('tulpen op de markt');
    await resident.getByLabel('Nieuw wachtwoord nog een keer').fill('tulpen op de markt');
    await resident.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(resident.getByRole('status')).toContainText('Gelukt!');
    // axe-core runs as a script in the page: only where the page may run scripts.
    if (javaScriptEnabled) await expectAccessible(resident);
    await screenshot(resident, `recovery-done-${javaScriptEnabled ? 'js' : 'nojs'}`);

    await signOut(resident);
    await signIn(resident, name, 'tulpen op de markt');

    // The code worked once.
    await signOut(resident);
    await resident.goto(`/herstellen?code=${code}`);
    await resident.getByLabel('Nieuw wachtwoord', { exact: true }).fill('nog een keer proberen');
    await resident.getByLabel('Nieuw wachtwoord nog een keer').fill('nog een keer proberen');
    await resident.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(resident.getByRole('alert')).toContainText('al gebruikt');
  });
}

test('asking for a link by e-mail answers without saying whether the address is known', async ({ page }) => {
  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Vraag een link per e-mail' }).click();
  await hydrated(page);
  await page.getByLabel('E-mailadres').fill('niemand-bekend@example.nl');
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByRole('status')).toContainText('Is dit e-mailadres bij ons bekend?');
  await expectAccessible(page);
});
