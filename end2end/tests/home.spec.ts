// Story: the home page shows what is on. A visitor sees this week's activities (no names, no
// links they cannot open); a resident sees what they are going to do and what is open; the
// commissie and the sociaal werker see what waits in their queues.
import { test, expect } from '@playwright/test';
import { expectAccessible, hydrated, screenshot, signIn, SOCIAL_WORKER } from './helpers';

test('a visitor sees what is on this week', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await hydrated(page);
  const week = page.getByRole('region', { name: 'Deze week' });
  await expect(week.getByRole('heading', { level: 2, name: 'Deze week' })).toBeVisible();
  // The demo agenda has activities in the coming days: at most five, as plain text.
  const items = week.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(5);
  await expect(week.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Aanmelden met uw code' })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await screenshot(page, 'home-plein-visitor');
  await expectAccessible(page);
});

test('a resident sees their next things and what is open', async ({ page }) => {
  await signIn(page, 'Jan');
  await page.goto('/');
  await hydrated(page);
  const week = page.getByRole('region', { name: 'Deze week' });
  await expect(week.getByRole('link', { name: 'Bekijk de hele agenda' })).toBeVisible();
  const mine = page.getByRole('region', { name: 'Wat u gaat doen' });
  // Jan helps with the coffee in the demo: his next task links to the group.
  await expect(mine.getByText('Uw volgende taak:')).toBeVisible();
  await expect(mine.getByRole('link', { name: 'Koffie zetten en opruimen' })).toHaveAttribute('href', /^\/groepen\/\d+$/);
  const open = page.getByRole('region', { name: 'Nu open' });
  await expect(open.getByRole('link', { name: /^Stemronde: / })).toBeVisible();
  await expect(open.getByText(/U heeft (nog niet )?gestemd\./)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dit wacht op u' })).toHaveCount(0);
  await screenshot(page, 'home-plein-resident');
  await expectAccessible(page);

  // Opening Meedoen counts as a visit: nothing is new after it.
  await page.goto('/meedoen');
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Nu open' }).getByText('Geen nieuwe voorstellen sinds uw laatste bezoek.')).toBeVisible();
  await page.getByRole('region', { name: 'Nu open' }).getByRole('link', { name: 'Bekijk alle voorstellen' }).click();
  await expect(page).toHaveURL(/\/meedoen$/);
});

test('the commissie sees what waits in its queues', async ({ page }) => {
  await signIn(page, 'Kees');
  await page.goto('/');
  await hydrated(page);
  const queues = page.getByRole('region', { name: 'Dit wacht op u' });
  await expect(queues.getByRole('link', { name: /voorstel(len)? om te beoordelen$/ })).toBeVisible();
  await expect(queues.getByRole('link', { name: /aanvra(ag|gen) voor de ruimte$/ })).toBeVisible();
  await expect(queues.getByRole('link', { name: /melding(en)? van bewoners$/ })).toBeVisible();
  await screenshot(page, 'home-plein-commissie');
  await expectAccessible(page);
  await queues.getByRole('link', { name: /om te beoordelen$/ }).click();
  await expect(page).toHaveURL(/\/meedoen\/moderatie$/);
});

test('the sociaal werker reaches the room requests from home', async ({ page }) => {
  await signIn(page, SOCIAL_WORKER);
  await page.goto('/');
  await hydrated(page);
  const queues = page.getByRole('region', { name: 'Dit wacht op u' });
  await queues.getByRole('link', { name: /voor de ruimte$/ }).click();
  await expect(page).toHaveURL(/\/ontmoetingsruimte\/aanvragen$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
