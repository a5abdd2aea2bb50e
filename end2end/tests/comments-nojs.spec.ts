// Story: the same without JavaScript: a resident comments (and is asked to slow down), a
// neighbour replies and reports the comment, and commissielid Kees hides it on the page.
import { test, expect, type Page } from '@playwright/test';
import { newPerson, screenshot, signIn, uniqueName } from './helpers';
import { freshResident } from './proposals-helpers';

const PROPOSAL = 'Speeltoestel voor kleine kinderen';

async function openProposal(page: Page) {
  await page.goto('/meedoen');
  await page.getByRole('link', { name: new RegExp(PROPOSAL) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: PROPOSAL })).toBeVisible();
}

function comment(page: Page, text: string) {
  return page.locator('li.comment').filter({ has: page.locator('.comment-card', { hasText: text }) }).first();
}

test('comments, replies and reports work without JavaScript', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const text = `Een wip lijkt mij veilig. ${uniqueName('Idee')}`;
  const { resident: ilse, name: ilseName } = await freshResident(page, browser, false);
  await openProposal(ilse);
  await ilse.getByLabel('Uw reactie').fill(text);
  await ilse.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(ilse).toHaveURL(/\/meedoen\/\d+#reactie-\d+$/);
  await expect(comment(ilse, text)).toContainText(ilseName);

  // Again at once: the page explains when she can post again.
  await ilse.getByLabel('Uw reactie').fill('Nog een gedachte.');
  await ilse.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(ilse.getByRole('alert')).toContainText('U kunt weer reageren vanaf');
  await screenshot(ilse, 'comments-nojs-slow-mode');

  // A neighbour replies and reports.
  const { resident: bas } = await freshResident(page, browser, false);
  await openProposal(bas);
  const hers = comment(bas, text);
  await hers.locator('summary', { hasText: 'Reageren' }).click();
  await hers.getByLabel(`Uw antwoord aan ${ilseName}`).fill('Mijn kleinzoon zou het prachtig vinden.');
  await hers.getByRole('button', { name: 'Antwoord plaatsen' }).click();
  await expect(comment(bas, text).locator('.comment-replies')).toContainText('Mijn kleinzoon zou het prachtig vinden.');
  const again = comment(bas, text);
  await again.locator('.comment-card').first().locator('summary', { hasText: 'Melden' }).click();
  await again.getByLabel('Kwetsend of onbeleefd').first().check();
  await again.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(comment(bas, text).getByText('U heeft dit gemeld. Dank u wel.')).toBeVisible();
  await screenshot(bas, 'comments-nojs-reported');

  // Kees hides it right on the proposal page.
  const kees = await (await newPerson(browser, false)).newPage();
  await signIn(kees, 'Kees');
  await openProposal(kees);
  const item = comment(kees, text);
  await expect(item).toContainText('1 open melding');
  await item.locator('.comment-card').first().locator('summary', { hasText: 'Verbergen' }).click();
  await item.getByLabel('Waarom verbergen? Bewoners zien deze reden.').first().fill('Even rustig aan, graag.');
  await item.getByRole('button', { name: 'Verbergen', exact: true }).first().click();
  await expect(comment(kees, text)).toContainText('Verborgen voor bewoners. Reden: Even rustig aan, graag.');
  await openProposal(ilse);
  await expect(ilse.getByText(text)).toHaveCount(0);
  await expect(ilse.getByText('Reden: Even rustig aan, graag.')).toBeVisible();
  await screenshot(ilse, 'comments-nojs-hidden');
});
