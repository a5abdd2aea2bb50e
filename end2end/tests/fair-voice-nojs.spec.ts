// Story: Eerlijke stem without JavaScript. A new resident sees how many new proposals they can
// still make in 30 days, proposes twice, withdraws one to free a slot, and is told plainly that
// withdrawn ones count and from when the next one is possible. The commissie finds the new
// limits on the limits page and, composing a stemronde, sees who wrote the initiatives.
import { test, expect } from '@playwright/test';
import { newPerson, screenshot, signIn, uniqueName } from './helpers';
import { decideForm, freshResident } from './proposals-helpers';

async function propose(resident: import('@playwright/test').Page, title: string) {
  await resident.goto('/meedoen/nieuw');
  await resident.getByLabel(/Initiatief/).check();
  await resident.getByLabel('Titel').fill(title);
  await resident.getByLabel('Wat is uw idee?').fill('Een plan voor de hele buurt, voor jong en oud.');
  await resident.getByRole('button', { name: 'Voorstel insturen' }).click();
}

test('new proposals per 30 days and the fair-voice limits work without JavaScript', async ({ page, browser }) => {
  const { resident } = await freshResident(page, browser, false);
  await resident.goto('/meedoen/nieuw');
  await expect(resident.getByText('U kunt nu nog 2 nieuwe voorstellen doen.')).toBeVisible();

  const first = uniqueName('Jeu de boules');
  await propose(resident, first);
  await expect(resident.getByRole('heading', { level: 1, name: first })).toBeVisible();
  const firstPath = new URL(resident.url()).pathname;
  const second = uniqueName('Pannenkoekdag');
  await propose(resident, second);
  await expect(resident.getByRole('heading', { level: 1, name: second })).toBeVisible();
  // Withdrawing frees no slot: withdrawn proposals count for 30 days.
  await resident.getByRole('button', { name: 'Intrekken' }).click();
  await expect(resident.getByText('De indiener heeft dit voorstel ingetrokken.')).toBeVisible();
  await resident.goto('/meedoen/nieuw');
  await expect(resident.getByText(/U kunt weer een nieuw voorstel doen vanaf \S+ \d+ \S+ om \d\d:\d\d\./)).toBeVisible();
  await propose(resident, uniqueName('Nog een plan'));
  const refusal = resident.getByRole('alert');
  await expect(refusal).toContainText('U heeft in de afgelopen 30 dagen al 2 nieuwe voorstellen gedaan.');
  await expect(refusal).toContainText(/Ook voorstellen die zijn ingetrokken.*tellen mee\. U kunt weer iets voorstellen vanaf \S+ \d+ \S+ om \d\d:\d\d\./);
  await screenshot(resident, 'fair-voice-nojs-30-days');

  const kees = await (await newPerson(browser, false)).newPage();
  await signIn(kees, 'Kees');
  await kees.goto('/meedoen/instellingen');
  await expect(kees.getByLabel('Nieuwe voorstellen per bewoner in 30 dagen (ook ingetrokken en afgewezen)')).toHaveValue('2');
  await expect(kees.getByLabel('Initiatieven van één huishouden op één stembiljet')).toHaveValue('1');
  await expect(kees.getByLabel('Meldingen per huishouden per dag')).toHaveValue('5');
  // Kees accepts the first initiative; composing a stemronde he sees whose it is.
  await kees.goto(firstPath);
  const accept = await decideForm(kees, 'Accepteren');
  await accept.getByRole('button', { name: 'Accepteren' }).click();
  await expect(kees.locator('.proposal-status')).toHaveText('Geaccepteerd');
  await kees.goto('/meedoen/stemronde/nieuw');
  await expect(kees.getByRole('heading', { name: 'Wie schreef de initiatieven?' })).toBeVisible();
  await expect(kees.getByRole('region', { name: 'Huishoudens en hun initiatieven' })).toBeVisible();
  await expect(kees.getByRole('checkbox', { name: first, exact: true })).toBeVisible();
  await screenshot(kees, 'fair-voice-nojs-ballot-households');
});
