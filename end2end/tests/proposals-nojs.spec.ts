// Story: the same path without JavaScript: a new resident proposes, Kees asks for a change,
// the resident edits, Kees accepts it with a date and it is in the agenda and the log.
import { test, expect } from '@playwright/test';
import { newPerson, screenshot, signIn, uniqueName } from './helpers';
import { decideForm, freshResident, inDays } from './proposals-helpers';

test('proposals work without JavaScript', async ({ page, browser }) => {
  const { resident } = await freshResident(page, browser, false);
  const title = uniqueName('Sjoelen');
  await resident.goto('/meedoen/nieuw');
  await resident.getByLabel(/Initiatief/).check();
  await resident.getByLabel(/Activiteit/).check();
  await resident.getByLabel('Titel').fill(title);
  await resident.getByLabel('Wat is uw idee?').fill('ok');
  await resident.getByRole('button', { name: 'Voorstel insturen' }).click();
  await expect(resident.getByRole('alert')).toHaveText('Dit is te kort.');
  // Everything typed comes back; the idea that was too short has the reason and the focus.
  await expect(resident.getByLabel(/Activiteit/)).toBeChecked();
  await expect(resident.getByLabel('Titel')).toHaveValue(title);
  const idea = resident.getByLabel('Wat is uw idee?');
  await expect(idea).toHaveValue('ok');
  await expect(idea).toBeFocused();
  await expect(idea).toHaveAttribute('aria-invalid', 'true');
  await expect(idea).toHaveAccessibleDescription(/Dit is te kort\./);
  await expect(resident.getByLabel('Titel')).not.toHaveAttribute('aria-invalid', 'true');
  await screenshot(resident, 'proposals-nojs-too-short');
  await idea.fill('Een sjoelcompetitie voor de hele buurt.');
  await resident.getByRole('button', { name: 'Voorstel insturen' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const proposalPath = new URL(resident.url()).pathname;
  // A photo, with a plain form.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await resident.getByLabel(/Foto bij uw voorstel/).setInputFiles({ name: 'sjoelbak.png', mimeType: 'image/png', buffer: png });
  await resident.getByRole('button', { name: 'Foto toevoegen' }).click();
  await expect(resident.getByText('De foto is toegevoegd.')).toBeVisible();
  await expect(resident.getByRole('img', { name: `Foto bij ${title}` })).toBeVisible();
  await screenshot(resident, 'proposals-nojs-submitted');

  const kees = await (await newPerson(browser, false)).newPage();
  await signIn(kees, 'Kees');
  await kees.goto(proposalPath);
  const ask = await decideForm(kees, 'Vragen om aanpassing');
  await ask.getByLabel(/Reden/).fill('Waar wilt u sjoelen?');
  await ask.getByRole('button', { name: 'Vraag om aanpassing' }).click();
  await expect(kees.locator('.proposal-status')).toHaveText('Aanpassing nodig');

  await resident.goto('/meldingen');
  await expect(resident.getByText(`De commissie vraagt u "${title}" aan te passen: Waar wilt u sjoelen?`)).toBeVisible();
  await resident.goto(proposalPath);
  await resident.getByLabel('Uw antwoord aan de commissie').fill('In de ontmoetingsruimte.');
  await resident.getByRole('button', { name: 'Aangepast voorstel insturen' }).click();
  await expect(resident.locator('.proposal-status')).toHaveText('Ingediend');
  await screenshot(resident, 'proposals-nojs-resubmitted');

  await kees.goto(proposalPath);
  const accept = await decideForm(kees, 'Accepteren en in de agenda zetten');
  await accept.getByLabel('Datum').fill(inDays(8));
  await accept.getByLabel('Begint om').fill('19:00');
  await accept.getByLabel('Eindigt om').fill('18:00');
  await accept.getByRole('button', { name: 'Accepteren en plannen' }).click();
  await expect(kees.getByRole('alert')).toHaveText('De eindtijd moet na de begintijd liggen.');
  const again = await decideForm(kees, 'Accepteren en in de agenda zetten');
  await again.getByLabel('Datum').fill(inDays(8));
  await again.getByLabel('Begint om').fill('19:00');
  await again.getByLabel('Eindigt om').fill('21:00');
  await again.getByRole('button', { name: 'Accepteren en plannen' }).click();
  await expect(kees.locator('.proposal-status')).toHaveText('Gepland');
  await kees.getByRole('link', { name: 'Bekijk de activiteit' }).click();
  await expect(kees.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await screenshot(kees, 'proposals-nojs-activity');

  await resident.goto('/meedoen/logboek');
  await expect(resident.getByRole('listitem').filter({ hasText: title }).filter({ hasText: 'Geaccepteerd' })).toHaveCount(1);
});
