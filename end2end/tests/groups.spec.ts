// Story: the sociaal werker starts a volunteer group that needs a yes, with Marieke (a
// resident) as coordinator. Marieke plans a shift. Yusuf asks to join; Marieke accepts and
// posts an announcement; Yusuf signs up for the shift, finds it in Mijn groepen, and withdraws.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, SOCIAL_WORKER, uniqueName } from './helpers';

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The list item of a task on a group page, found by its heading. */
function taskItem(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
}

test('ask to join, be accepted, sign up for a shift and withdraw', async ({ page, browser }) => {
  const name = uniqueName('Bloembakken');
  const shift = 'Bloembakken water geven';

  // The sociaal werker starts the group with Marieke as coordinator.
  await signIn(page, SOCIAL_WORKER);
  await page.getByRole('link', { name: 'Groepen' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vrijwilligersgroepen' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Tuinploeg/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'groups-list');
  await page.getByRole('link', { name: 'Nieuwe groep' }).click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Groep starten' }).click();
  await expect(page.getByRole('alert')).toHaveText('Vul dit in.');
  await page.getByLabel('Naam van de groep').fill(name);
  await page.getByLabel('Wat doet de groep?').fill('Wij zorgen samen voor de bloembakken bij de ingang.');
  await page.getByLabel('Voor wie is de groep?').fill('Voor iedereen met groene vingers');
  await page.getByLabel('Hoeveel tijd vraagt het?').fill('Een uur per week');
  await page.getByLabel('De coördinator zegt eerst ja of nee').check();
  await page.getByLabel('Coördinator', { exact: true }).selectOption({ label: 'Marieke' });
  await expectAccessible(page);
  await screenshot(page, 'groups-new');
  await page.getByRole('button', { name: 'Groep starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const groupPath = new URL(page.url()).pathname;

  // Marieke is told, and plans a shift (0 people is refused in plain Dutch).
  const marieke = await (await newPerson(browser)).newPage();
  await signIn(marieke, 'Marieke');
  await marieke.goto('/meldingen');
  await expect(marieke.getByText(`U bent nu coördinator van ${name}.`)).toBeVisible();
  await marieke.goto(groupPath);
  await hydrated(marieke);
  await expect(marieke.getByText('U bent coördinator van deze groep.')).toBeVisible();
  await marieke.getByLabel('Wat moet er gebeuren?').fill(shift);
  await marieke.getByLabel('Datum').fill(inDays(3));
  await marieke.getByLabel('Begint om').fill('10:00');
  await marieke.getByLabel('Eindigt om').fill('12:00');
  await marieke.getByLabel('Waar?').fill('Bij de hoofdingang');
  await marieke.getByLabel('Hoeveel mensen zijn nodig?').fill('0');
  await marieke.getByRole('button', { name: 'Taak plannen' }).click();
  await expect(marieke.getByRole('alert')).toHaveText('Vul in hoeveel mensen nodig zijn: een getal van 1 tot 50.');
  await expect(marieke.getByLabel('Wat moet er gebeuren?')).toHaveValue(shift);
  await marieke.getByLabel('Hoeveel mensen zijn nodig?').fill('3');
  await marieke.getByRole('button', { name: 'Taak plannen' }).click();
  await expect(taskItem(marieke, shift)).toContainText('0 van de 3 plekken bezet');
  await expect(marieke.getByLabel('Wat moet er gebeuren?')).toHaveValue('');

  // Yusuf asks to join.
  const yusuf = await (await newPerson(browser)).newPage();
  await signIn(yusuf, 'Yusuf');
  await yusuf.goto('/groepen');
  await yusuf.getByRole('link', { name: new RegExp(name) }).click();
  await hydrated(yusuf);
  await expect(yusuf.getByText('Word lid van de groep om u aan te melden voor een taak.')).toBeVisible();
  await expect(taskItem(yusuf, shift).getByRole('button')).toHaveCount(0);
  await yusuf.getByRole('button', { name: 'Vraag om lid te worden' }).click();
  await expect(yusuf.getByRole('status').filter({ hasText: 'U heeft gevraagd om lid te worden.' })).toBeVisible();
  await expectAccessible(yusuf);
  await screenshot(yusuf, 'groups-requested');

  // Marieke sees the request in Meldingen and says yes; she posts a message to the group.
  await marieke.goto('/meldingen');
  await expect(marieke.getByText(`Yusuf wil lid worden van ${name}. Zeg ja of nee op de pagina van de groep.`)).toBeVisible();
  await marieke.goto(groupPath);
  await hydrated(marieke);
  const requests = marieke.getByRole('region', { name: 'Verzoeken om lid te worden' });
  await expect(requests.getByText('Yusuf', { exact: true }).first()).toBeVisible();
  await expectAccessible(marieke);
  await screenshot(marieke, 'groups-coordinator-request');
  await requests.getByRole('button', { name: /Ja, welkom/ }).click();
  await expect(requests.getByText('Er zijn geen verzoeken.')).toBeVisible();
  await expect(marieke.getByRole('region', { name: /^Leden/ }).getByText('Yusuf', { exact: true }).first()).toBeVisible();
  await marieke.getByLabel('Bericht aan de groep').fill('Zaterdag liggen de gieters klaar bij de ingang.');
  await marieke.getByRole('button', { name: 'Versturen' }).click();
  await expect(marieke.getByRole('region', { name: 'Berichten' }).getByText('Zaterdag liggen de gieters klaar bij de ingang.')).toBeVisible();
  await expect(marieke.getByLabel('Bericht aan de groep')).toHaveValue('');
  await expectAccessible(marieke);
  await screenshot(marieke, 'groups-coordinator');

  // Yusuf is a member now: he signs up for the shift and sees it in Mijn groepen.
  await yusuf.goto('/meldingen');
  await expect(yusuf.getByText(`Welkom! U bent nu lid van ${name}.`)).toBeVisible();
  await expect(yusuf.getByText(`Bericht van ${name}: Zaterdag liggen de gieters klaar bij de ingang.`)).toBeVisible();
  await yusuf.goto(groupPath);
  await hydrated(yusuf);
  await expect(yusuf.getByText('U bent lid van deze groep.')).toBeVisible();
  const task = taskItem(yusuf, shift);
  await task.getByRole('button', { name: /Aanmelden/ }).click();
  await expect(task.getByText('U doet mee.')).toBeVisible();
  await expect(task).toContainText('1 van de 3 plekken bezet');
  await expect(task).toContainText('Wie: Yusuf');
  await expectAccessible(yusuf);
  await screenshot(yusuf, 'groups-signed-up');
  await yusuf.getByRole('link', { name: 'Mijn groepen' }).click();
  await expect(yusuf.getByRole('heading', { level: 1, name: 'Mijn groepen' })).toBeVisible();
  await expect(yusuf.getByRole('link', { name: new RegExp(shift) })).toBeVisible();
  await expect(yusuf.getByRole('link', { name: new RegExp(`^${name}`) })).toContainText('U bent lid');
  await expectAccessible(yusuf);
  await screenshot(yusuf, 'groups-mine');

  // He withdraws: the place is free again.
  await yusuf.getByRole('link', { name: new RegExp(shift) }).click();
  await hydrated(yusuf);
  await task.getByRole('button', { name: /Afmelden/ }).click();
  await expect(task).toContainText('0 van de 3 plekken bezet');
  await expect(task.getByRole('button', { name: /Aanmelden/ })).toBeVisible();
  await yusuf.goto('/groepen/mijn');
  await expect(yusuf.getByText('U heeft zich nog niet aangemeld voor een taak.')).toBeVisible();
});
