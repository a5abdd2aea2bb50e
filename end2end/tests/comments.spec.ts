// Story: a resident comments on a demo proposal (with a link) and is asked to slow down when
// she posts again at once; a neighbour replies and reports her comment; commissielid Kees
// reviews the report and hides the comment with a reason, which she then sees in its place.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, hydrated, newPerson, screenshot, signIn, uniqueName } from './helpers';
import { freshResident } from './proposals-helpers';

const PROPOSAL = 'Moestuin op het dak';

async function openProposal(page: Page) {
  await page.goto('/meedoen');
  await page.getByRole('link', { name: new RegExp(PROPOSAL) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: PROPOSAL })).toBeVisible();
  await hydrated(page);
}

function comment(page: Page, text: string) {
  return page.locator('li.comment').filter({ has: page.locator('.comment-card', { hasText: text }) }).first();
}

test('comment, reply, report and review on a phone', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const text = `Ik help graag mee met de bakken. ${uniqueName('Zie')}`;
  const { resident: ilse, name: ilseName } = await freshResident(page, browser);
  await openProposal(ilse);
  const comments = ilse.getByRole('region', { name: /^Reacties/ });
  await comments.getByLabel('Uw reactie').fill(`${text} Meer op https://example.nl/moestuin`);
  await comments.getByRole('button', { name: 'Reactie plaatsen' }).click();
  const mine = comment(ilse, text);
  await expect(mine).toContainText(ilseName);
  await expect(mine.getByRole('link', { name: 'https://example.nl/moestuin' })).toHaveAttribute('rel', 'nofollow ugc noopener');
  await expect(comments.getByLabel('Uw reactie')).toHaveValue('');

  // At once again: slow mode says when she can post again, and keeps her text.
  await comments.getByLabel('Uw reactie').fill('En nog iets!');
  await comments.getByRole('button', { name: 'Reactie plaatsen' }).click();
  // Just before midnight the next minute is another day: then the day is named too.
  await expect(comments.getByRole('alert')).toContainText(
    /Tussen twee reacties zit minstens 1 minuut\. U kunt weer reageren vanaf (\p{L}+ \d{1,2} \p{L}+ )?\d\d:\d\d\./u,
  );
  await expect(comments.getByLabel('Uw reactie')).toHaveValue('En nog iets!');
  await screenshot(ilse, 'comments-slow-mode');
  await expectAccessible(ilse);

  // A neighbour from another household replies, then reports Ilse's comment.
  const { resident: bas } = await freshResident(page, browser);
  await openProposal(bas);
  const hers = comment(bas, text);
  await hers.locator('summary', { hasText: 'Reageren' }).click();
  await hers.getByLabel(`Uw antwoord aan ${ilseName}`).fill('Goed plan, ik doe mee!');
  await hers.getByRole('button', { name: 'Antwoord plaatsen' }).click();
  await expect(hers.locator('.comment-replies')).toContainText('Goed plan, ik doe mee!');
  await hers.locator('.comment-card').first().locator('summary', { hasText: 'Melden' }).click();
  await hers.getByLabel('Reclame of spam').first().check();
  await hers.getByLabel(/Toelichting/).first().fill('Een link naar een website');
  await hers.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(hers.getByText('U heeft dit gemeld. Dank u wel.')).toBeVisible();
  await screenshot(bas, 'comments-reply-report');
  await expectAccessible(bas);

  // Kees reviews the report and hides the comment, with a reason.
  const kees = await (await newPerson(browser)).newPage();
  await signIn(kees, 'Kees');
  await kees.goto('/meedoen/meldingen');
  await hydrated(kees);
  await expect(kees.getByRole('heading', { level: 1, name: 'Meldingen van bewoners' })).toBeVisible();
  const item = kees.getByRole('listitem').filter({ hasText: text }).first();
  await expect(item).toContainText('1 melding uit 1 huishouden');
  await expect(item).toContainText('Reclame of spam: 1');
  await expect(item).toContainText('Een link naar een website');
  await screenshot(kees, 'comments-review');
  await expectAccessible(kees);
  await item.locator('summary', { hasText: 'Verbergen' }).click();
  await item.getByLabel('Waarom verbergen? Bewoners zien deze reden.').fill('Geen reclame in de reacties, graag.');
  await item.getByRole('button', { name: 'Verbergen', exact: true }).click();
  await expect(kees.getByRole('listitem').filter({ hasText: text })).toHaveCount(0);

  // The commissie still sees the text with the reason; Ilse sees the reason in its place.
  await openProposal(kees);
  await expect(comment(kees, text)).toContainText('Verborgen voor bewoners. Reden: Geen reclame in de reacties, graag.');
  await openProposal(ilse);
  const hidden = ilse.locator('li.comment').filter({ hasText: 'Deze reactie is verborgen door de bewonerscommissie.' }).filter({ hasText: ilseName }).last();
  await expect(hidden).toContainText('Reden: Geen reclame in de reacties, graag.');
  await expect(ilse.getByText(text)).toHaveCount(0);
  await screenshot(ilse, 'comments-hidden');
  await expectAccessible(ilse);
});

test('the nudge for someone who wrote much of a conversation', async ({ page }) => {
  // In the demo, Henk wrote 6 of the 11 comments under "Bankje bij de ingang".
  await signIn(page, 'Henk');
  await page.goto('/meedoen');
  await page.getByRole('link', { name: /Bankje bij de ingang/ }).first().click();
  await expect(page.getByText(/U schreef \d+ van de \d+ reacties hier\. Laat ook anderen aan het woord\./)).toBeVisible();
  await screenshot(page, 'comments-nudge');
});
