// Story: Eerlijke stem with JavaScript on a phone: the resident's new-proposal page says what
// is left in these 30 days; the commissie's limits page holds the fair-voice settings and the
// new-round form shows who wrote the initiatives; the dashboard shows its signals. Each page
// passes axe.
import { test, expect } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, uniqueName } from './helpers';
import { decideForm, freshResident } from './proposals-helpers';

test('the fair-voice pages on a phone, with JavaScript', async ({ page, browser }) => {
  const { resident } = await freshResident(page, browser, true);
  await resident.goto('/meedoen/nieuw');
  await hydrated(resident);
  await expect(resident.getByText(/In 30 dagen mag iedereen 2 nieuwe voorstellen doen/)).toBeVisible();
  await expect(resident.getByText('U kunt nu nog 2 nieuwe voorstellen doen.')).toBeVisible();
  await expectAccessible(resident);
  const title = uniqueName('Bloembakken');
  await resident.getByLabel(/Initiatief/).check();
  await resident.getByLabel('Titel').fill(title);
  await resident.getByLabel('Wat is uw idee?').fill('Bloembakken langs de galerij, voor iedereen.');
  await resident.getByRole('button', { name: 'Voorstel insturen' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const proposalPath = new URL(resident.url()).pathname;

  const kees = await (await newPerson(browser, true)).newPage();
  await signIn(kees, 'Kees');
  await kees.goto('/meedoen/instellingen');
  await hydrated(kees);
  const household30 = kees.getByLabel('Nieuwe voorstellen per huishouden in 30 dagen');
  await expect(household30).toHaveValue('3');
  await expect(kees.getByRole('group', { name: 'Seintjes op het overzicht Eerlijke inbreng' })).toBeVisible();
  await expectAccessible(kees);
  await screenshot(kees, 'fair-voice-limits');

  await kees.goto(proposalPath);
  await hydrated(kees);
  const accept = await decideForm(kees, 'Accepteren');
  await accept.getByRole('button', { name: 'Accepteren' }).click();
  await expect(kees.locator('.proposal-status')).toHaveText('Geaccepteerd');
  await kees.goto('/meedoen/stemronde/nieuw');
  await hydrated(kees);
  await expect(kees.getByRole('checkbox', { name: title, exact: true })).toBeVisible();
  await expect(kees.getByRole('region', { name: 'Huishoudens en hun initiatieven' })).toBeVisible();
  await expectAccessible(kees);
  await screenshot(kees, 'fair-voice-ballot-households');

  await kees.goto('/meedoen/inbreng');
  await hydrated(kees);
  await expect(kees.getByRole('heading', { level: 1, name: 'Eerlijke inbreng' })).toBeVisible();
  await expectAccessible(kees);
});
