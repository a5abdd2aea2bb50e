// Story: the same path without JavaScript: the sociaal werker starts a group that needs a
// yes and plans a shift; Lotte asks to join and is accepted; she signs up, withdraws and
// leaves the group, and the coordinator is told.
import { test, expect, type Page } from '@playwright/test';
import { newPerson, screenshot, signIn, SOCIAL_WORKER, uniqueName } from './helpers';

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

function taskItem(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
}

async function planShift(page: Page, title: string, start: string, end: string) {
  await page.getByLabel('Wat moet er gebeuren?').fill(title);
  await page.getByLabel('Datum').fill(inDays(5));
  await page.getByLabel('Begint om').fill(start);
  await page.getByLabel('Eindigt om').fill(end);
  await page.getByLabel('Hoeveel mensen zijn nodig?').fill('2');
  await page.getByRole('button', { name: 'Taak plannen' }).click();
}

test('groups work without JavaScript', async ({ page, browser }) => {
  const name = uniqueName('Zwerfvuil');
  const shift = 'Zwerfvuil rapen in het park';
  await signIn(page, SOCIAL_WORKER);
  await page.goto('/groepen/nieuw');
  await page.getByLabel('Naam van de groep').fill(name);
  await page.getByLabel('Wat doet de groep?').fill('Wij rapen samen zwerfvuil op in het park.');
  await page.getByLabel('De coördinator zegt eerst ja of nee').check();
  await page.getByRole('button', { name: 'Groep starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const groupPath = new URL(page.url()).pathname;

  await planShift(page, shift, '14:00', '13:00');
  await expect(page.getByRole('alert')).toHaveText('De eindtijd moet na de begintijd liggen.');
  await screenshot(page, 'groups-nojs-plan-error');
  await planShift(page, shift, '14:00', '15:30');
  await expect(taskItem(page, shift)).toContainText('0 van de 2 plekken bezet');

  const lotte = await (await newPerson(browser, false)).newPage();
  await signIn(lotte, 'Lotte');
  await lotte.goto('/groepen');
  await lotte.getByRole('link', { name: new RegExp(name) }).click();
  await lotte.getByRole('button', { name: 'Vraag om lid te worden' }).click();
  await expect(lotte.getByText('U heeft gevraagd om lid te worden.')).toBeVisible();
  await screenshot(lotte, 'groups-nojs-requested');

  await page.goto(groupPath);
  const requests = page.getByRole('region', { name: 'Verzoeken om lid te worden' });
  await requests.getByRole('button', { name: /Ja, welkom/ }).click();
  await expect(page.getByRole('region', { name: /^Leden/ }).getByText('Lotte', { exact: true }).first()).toBeVisible();

  await lotte.goto(groupPath);
  await expect(lotte.getByText('U bent lid van deze groep.')).toBeVisible();
  await taskItem(lotte, shift).getByRole('button', { name: /Aanmelden/ }).click();
  await expect(taskItem(lotte, shift).getByText('U doet mee.')).toBeVisible();
  await expect(taskItem(lotte, shift)).toContainText('1 van de 2 plekken bezet');
  await screenshot(lotte, 'groups-nojs-signed-up');
  await taskItem(lotte, shift).getByRole('button', { name: /Afmelden/ }).click();
  await expect(taskItem(lotte, shift)).toContainText('0 van de 2 plekken bezet');

  // Signed up again, then she leaves the group: withdrawn, and the coordinator is told.
  await taskItem(lotte, shift).getByRole('button', { name: /Aanmelden/ }).click();
  await expect(taskItem(lotte, shift).getByText('U doet mee.')).toBeVisible();
  await lotte.getByRole('button', { name: 'Uit de groep gaan' }).click();
  await expect(lotte.getByRole('button', { name: 'Vraag om lid te worden' })).toBeVisible();
  await expect(taskItem(lotte, shift)).toContainText('0 van de 2 plekken bezet');
  await lotte.goto('/groepen/mijn');
  await expect(lotte.getByText('U zit nog niet in een groep.')).toBeVisible();
  await screenshot(lotte, 'groups-nojs-mine');
  await page.goto('/meldingen');
  await expect(page.getByText(`Lotte is uit ${name} gegaan. Afgemeld voor taken die nog komen: 1.`)).toBeVisible();
});
