// Story: without JavaScript, the sociaal werker registers a household member without e-mail or
// phone, finds him on "Namens een bewoner", signs him up for an activity and sends in a
// proposal for him, and stops helping; later he claims his account with the household's code.
import { test, expect } from '@playwright/test';
import { newPerson, screenshot, staffMakesInvite, uniqueName } from './helpers';

test('the sociaal werker acts for a resident without a phone, who claims his account later', async ({ page, browser }) => {
  const label = uniqueName('Zonnebloemstraat');
  const { code } = await staffMakesInvite(page, label);
  await page.goto('/beheer');
  await page.getByRole('link', { name: /De Zonnebloem/ }).click();
  await page.getByRole('link', { name: label }).click();

  // Register the member: a name and an age band, no e-mail, no phone, no password.
  const name = uniqueName('Opa');
  const register = page.getByRole('region', { name: 'Gezinslid zonder e-mail of telefoon' });
  await register.getByLabel('Uw naam op Buurtplein').fill(name);
  await register.getByLabel('Leeftijd').selectOption({ label: '75 jaar of ouder' });
  await register.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
  await expect(page.getByText('Het gezinslid is toegevoegd.')).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: new RegExp(`^${name}$`) })).toBeVisible();
  // No herstelbrief for him: he has no account yet, he makes it himself with the code.
  await expect(page.getByText(`Nog geen account. ${name} maakt het account zelf`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Herstelbrief maken ${name}` })).toHaveCount(0);

  // Find him (a plain GET search), choose him and start helping.
  await page.goto('/beheer');
  await page.getByRole('link', { name: 'Namens een bewoner' }).click();
  await page.getByLabel('Zoek op naam').fill(name.split(' ')[1]);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/zoek=/);
  await page.getByLabel('Bewoner', { exact: true }).selectOption({ label: `${name} (zonder account)` });
  await page.getByRole('button', { name: 'Kies' }).click();
  await page.getByRole('button', { name: `Help ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `U doet dit namens ${name}.` })).toBeVisible();
  await screenshot(page, 'on-behalf-nojs-picked');

  // An activity, for him.
  await page.goto('/agenda');
  await page.getByRole('link', { name: /Wandeling door het park/ }).first().click();
  await expect(page.getByText(`U doet dit namens ${name}.`)).toBeVisible();
  await page.getByRole('button', { name: /Aanmelden|wachtlijst/ }).click();

  // A proposal, for him: back on his overview, which lists both.
  const title = uniqueName('Bankje');
  await page.goto('/meedoen/nieuw');
  await page.getByLabel(/Initiatief/).check();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Wat is uw idee?').fill('Een bankje bij de ingang om even te rusten.');
  await page.getByRole('button', { name: 'Voorstel insturen' }).click();
  await expect(page).toHaveURL(/\/beheer\/namens\?bewoner=/);
  await expect(page.getByText(`voorstel gedaan: ${title}`)).toBeVisible();
  await expect(page.getByText(/aangemeld voor activiteit: Wandeling door het park/)).toBeVisible();
  await screenshot(page, 'on-behalf-nojs-done');

  // A group, for him: he joins the Koffieochtend, then (he changed his mind) leaves it again.
  await page.goto('/groepen');
  await page.getByRole('link', { name: 'Koffieochtend' }).first().click();
  await expect(page.getByText(`U doet dit namens ${name}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Lid worden' }).click();
  await page.goto('/groepen');
  await page.getByRole('link', { name: 'Koffieochtend' }).first().click();
  await page.getByRole('button', { name: 'Uit de groep gaan' }).click();
  await expect(page).toHaveURL(/\/beheer\/namens\?bewoner=/);
  await expect(page.getByText('afgemeld bij groep: Koffieochtend')).toBeVisible();

  // Stop: the banner goes.
  await page.getByRole('button', { name: 'Stoppen met helpen' }).click();
  await expect(page.getByText(`U doet dit namens ${name}.`)).toHaveCount(0);

  // Later he claims his account with the household's code. The page lists no names: he types
  // his as the sociaal werker wrote it (capitals do not matter); a wrong one is refused.
  const him = await (await newPerson(browser, false)).newPage();
  await him.goto(`/aanmelden?code=${encodeURIComponent(code)}`);
  await expect(him.getByText(name)).toHaveCount(0);
  await him.getByRole('link', { name: 'Maak dan hier uw account af.' }).click();
  await expect(him.getByRole('heading', { level: 1 })).toHaveText('Uw account afmaken');
  await him.getByLabel('Uw naam op Buurtplein').fill(`${name}x`);
  await him.getByLabel('Wachtwoord').fill('opa heeft nu een eigen wachtwoord');
  await him.getByRole('button', { name: 'Account maken' }).click();
  const nameField = him.getByLabel('Uw naam op Buurtplein');
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField).toHaveAccessibleDescription(/Deze naam en code horen niet bij een account/);
  await nameField.fill(name.toLowerCase());
  await him.getByLabel('Wachtwoord').fill('opa heeft nu een eigen wachtwoord');
  await him.getByRole('button', { name: 'Account maken' }).click();
  await expect(him.getByRole('heading', { level: 1 })).toContainText('Hallo');
  await him.goto('/meldingen');
  await expect(him.getByText(`Samira Sociaal heeft namens u een voorstel gedaan: ${title}.`)).toBeVisible();
  await screenshot(him, 'on-behalf-nojs-claimed');
});
