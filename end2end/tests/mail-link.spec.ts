// Story: a resident who gave an e-mail address forgot their password. On the sign-in page
// they ask for a link, the mail arrives (a real SMTP server on loopback), the link in it
// opens the page where they choose a new password, and they are signed in. The link works
// once. With and without JavaScript, on a 390 px phone.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { hydrated, newPerson, screenshot, signIn, signOut, staffMakesInvite, uniqueName } from './helpers';
import { MAIL_DIR, linkIn, mailsTo } from './mailbox';

test.skip(!MAIL_DIR, 'the portal under test sends no mail (scripts/test.sh sets MAIL_DIR)');

/** A new resident with an e-mail address, signed up with an invite code, then signed out. */
async function residentWithAddress(page: Page, browser: Browser, javaScriptEnabled: boolean, address: string): Promise<string> {
  const { code } = await staffMakesInvite(page, uniqueName('Posthof'));
  const resident = await (await newPerson(browser, javaScriptEnabled)).newPage();
  const name = uniqueName('Henk');
  await resident.goto('/aanmelden');
  await hydrated(resident);
  await resident.getByLabel('Code uit de brief').fill(code);
  await resident.getByLabel('Uw naam op Buurtplein').fill(name);
  await resident.getByLabel('E-mailadres').fill(address);
  await resident.getByLabel('Wachtwoord').fill('mijn oude wachtwoord');
  await resident.getByRole('button', { name: 'Account maken' }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`Hallo ${name}!`);
  await resident.context().close();
  return name;
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`a link by e-mail gets a resident back in, once (${how})`, async ({ page, browser }) => {
    test.setTimeout(150_000);
    const address = `${uniqueName('henk').replace(/\s/g, '.')}@example.nl`;
    const name = await residentWithAddress(page, browser, javaScriptEnabled, address);

    const resident = await (await newPerson(browser, javaScriptEnabled)).newPage();
    await resident.goto('/inloggen');
    await resident.getByRole('link', { name: 'Vraag een link per e-mail' }).click();
    await hydrated(resident);
    await resident.getByLabel('E-mailadres').fill(address.toUpperCase());
    await resident.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect(resident.getByRole('status')).toContainText('Is dit e-mailadres bij ons bekend?');

    // The mail: once, to this address, in Dutch, with the link in the text and the HTML.
    const [mail] = await mailsTo(address);
    expect(mail.subject).toBe('Uw link om een nieuw wachtwoord te kiezen');
    const link = linkIn(mail, '/herstellen?code=');
    expect(mail.html || '').toContain(link.replace(/&/g, '&amp;'));
    // An account mail is not something to unsubscribe from.
    expect(mail.headers.get('list-unsubscribe')).toBeUndefined();

    await resident.goto(link);
    await hydrated(resident);
    await resident.getByLabel('Nieuw wachtwoord', { exact: true }).fill('fietsen langs de gracht');
    await resident.getByLabel('Nieuw wachtwoord nog een keer').fill('fietsen langs de gracht');
    await resident.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(resident.getByRole('status')).toContainText('Gelukt!');
    await screenshot(resident, `mail-link-done-${javaScriptEnabled ? 'js' : 'nojs'}`);

    await signOut(resident);
    await signIn(resident, name, 'fietsen langs de gracht');
    await signOut(resident);

    // The link worked once; the old password no longer works either.
    await resident.goto(link);
    await resident.getByLabel('Nieuw wachtwoord', { exact: true }).fill('nog een keer proberen');
    await resident.getByLabel('Nieuw wachtwoord nog een keer').fill('nog een keer proberen');
    await resident.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(resident.getByRole('alert')).toContainText('al gebruikt');
    await resident.goto('/inloggen');
    await resident.getByLabel('Naam of e-mailadres').fill(address);
    await resident.getByLabel('Wachtwoord').fill('mijn oude wachtwoord');
    await resident.getByRole('button', { name: 'Inloggen' }).click();
    await expect(resident.getByRole('alert')).toBeVisible();
    expect(await mailsTo(address)).toHaveLength(1);
  });
}
