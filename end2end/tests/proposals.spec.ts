// Story: a new resident proposes an activity; Kees of the bewonerscommissie asks for a
// change; the resident reads it in Meldingen, edits and sends it back; Kees accepts it with a
// date and it is in the agenda, with the resident as organiser, and in the public log.
import { test, expect } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, uniqueName } from './helpers';
import { decideForm, freshResident, inDays } from './proposals-helpers';

test('propose, ask for a change, edit, accept into the agenda', async ({ page, browser }) => {
  const { resident, name } = await freshResident(page, browser);
  const title = uniqueName('Pannenkoeken bakken');

  await resident.getByRole('link', { name: 'Meedoen' }).first().click();
  await expect(resident.getByRole('heading', { level: 1, name: 'Meedoen' })).toBeVisible();
  await expectAccessible(resident);
  await screenshot(resident, 'proposals-list');
  await resident.getByRole('link', { name: 'Iets voorstellen' }).click();
  await expect(resident.getByRole('heading', { name: 'Wat gebeurt er daarna?' })).toBeVisible();
  await hydrated(resident);
  await resident.getByLabel(/Activiteit/).check();
  // Empty is refused in plain Dutch, nothing is stored.
  await resident.getByRole('button', { name: 'Voorstel insturen' }).click();
  await expect(resident.getByRole('alert')).toHaveText('Vul dit in.');
  await resident.getByLabel('Titel').fill(title);
  await resident.getByLabel('Wat is uw idee?').fill('Samen pannenkoeken bakken en opeten.\nVoor jong en oud.');
  await resident.getByLabel('Voor wie?').fill('Iedereen');
  await resident.getByLabel('Wanneer?').fill('Een woensdagmiddag');
  await expectAccessible(resident);
  await screenshot(resident, 'proposal-new');
  await resident.getByRole('button', { name: 'Voorstel insturen' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(resident.locator('.proposal-status')).toHaveText('Ingediend');
  const proposalPath = new URL(resident.url()).pathname;
  expect(proposalPath).toMatch(/^\/meedoen\/\d+$/);
  await expectAccessible(resident);
  await screenshot(resident, 'proposal-submitted');

  // Kees sees it in the queue and asks for a change.
  const kees = await (await newPerson(browser)).newPage();
  await signIn(kees, 'Kees');
  await kees.goto('/meedoen/moderatie');
  await expect(kees.getByRole('heading', { level: 1, name: 'Voorstellen beoordelen' })).toBeVisible();
  await expectAccessible(kees);
  await screenshot(kees, 'proposals-queue');
  await kees.getByRole('link', { name: new RegExp(title) }).click();
  await expect(kees.getByRole('heading', { name: 'Beslissen' })).toBeVisible();
  await hydrated(kees);
  await expectAccessible(kees);
  await screenshot(kees, 'proposal-decide');
  const ask = await decideForm(kees, 'Vragen om aanpassing');
  await ask.getByRole('button', { name: 'Vraag om aanpassing' }).click();
  await expect(kees.getByRole('alert').first()).toHaveText('Schrijf kort waarom. De indiener en de buurt lezen dit.');
  await ask.getByLabel(/Reden/).fill('Welke dag past het best? Woensdag is er al de knutselclub.');
  await ask.getByRole('button', { name: 'Vraag om aanpassing' }).click();
  await expect(kees.locator('.proposal-status')).toHaveText('Aanpassing nodig');

  // The resident reads it in Meldingen and edits.
  await resident.goto('/meldingen');
  await expect(resident.getByText(`De commissie vraagt u "${title}" aan te passen: Welke dag past het best? Woensdag is er al de knutselclub.`)).toBeVisible();
  await resident.getByRole('link', { name: 'Bekijken' }).first().click();
  await expect(resident.getByRole('heading', { name: 'Voorstel aanpassen' })).toBeVisible();
  await hydrated(resident);
  await resident.getByLabel('Wanneer?').fill('Een vrijdagmiddag');
  await resident.getByLabel('Uw antwoord aan de commissie').fill('Vrijdag dan!');
  await expectAccessible(resident);
  await screenshot(resident, 'proposal-edit');
  await resident.getByRole('button', { name: 'Aangepast voorstel insturen' }).click();
  await expect(resident.locator('.proposal-status')).toHaveText('Ingediend');
  await expect(resident.getByText('Vrijdag dan!')).toBeVisible();

  // Kees accepts it with a date: it is in the agenda with the resident as organiser.
  await kees.goto(proposalPath);
  await hydrated(kees);
  const accept = await decideForm(kees, 'Accepteren en in de agenda zetten');
  await expect(accept.getByText('Wens van de indiener: Een vrijdagmiddag')).toBeVisible();
  await accept.getByLabel('Datum').fill(inDays(6));
  await accept.getByLabel('Begint om').fill('15:00');
  await accept.getByLabel('Eindigt om').fill('17:00');
  await accept.getByLabel('Hoeveel mensen kunnen mee?').fill('10');
  await accept.getByRole('button', { name: 'Accepteren en plannen' }).click();
  await expect(kees.locator('.proposal-status')).toHaveText('Gepland');
  await screenshot(kees, 'proposal-planned');
  await kees.getByRole('link', { name: 'Bekijk de activiteit' }).click();
  await expect(kees.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(kees.getByText(name)).toBeVisible();

  await resident.goto('/agenda');
  await expect(resident.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await resident.goto('/meedoen/mijn');
  await expect(resident.getByRole('link', { name: new RegExp(title) })).toContainText('Gepland');
  await expectAccessible(resident);
  await resident.goto('/meedoen/logboek');
  const entries = resident.getByRole('listitem').filter({ hasText: title });
  await expect(entries.filter({ hasText: 'Aanpassing gevraagd' })).toContainText('lid van de bewonerscommissie');
  await expect(entries.filter({ hasText: 'Geaccepteerd' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Gepland' })).toHaveCount(1);
  await expect(resident.getByText('Kees')).toHaveCount(0);
  await expectAccessible(resident);
  await screenshot(resident, 'proposals-log');

  await kees.goto('/meedoen/instellingen');
  await expect(kees.getByLabel('Open voorstellen per bewoner')).toHaveValue(/\d+/);
  await expectAccessible(kees);
  await screenshot(kees, 'proposals-settings');
});
