// Story for both projects: the beheerder makes a second buurt, sees which buurt she is in,
// switches to it and back, and each buurt shows its own rooms. She ends in De Zonnebloem,
// so the other stories find her where they expect her.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, hydrated, screenshot, signIn, uniqueName } from './helpers';

export async function switchBuurtStory(page: Page, shot: string) {
  const second = uniqueName('Achterhoek');
  await signIn(page, 'Anja Beheer');
  await page.goto('/beheer');
  await hydrated(page);
  await page.getByLabel('Naam van de buurt').fill(second);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('link', { name: new RegExp(second) })).toBeVisible();

  // Making a buurt does not move her: she still acts in De Zonnebloem.
  await page.goto('/ontmoetingsruimte');
  await hydrated(page);
  const choice = page.getByLabel('Je buurt');
  await expect(choice).toBeVisible();
  await expect(choice.locator('option:checked')).toHaveText('De Zonnebloem');
  await expect(page.getByText('Deze buurt heeft nog geen ruimte om te reserveren.')).toHaveCount(0);
  // axe-core runs as a script in the page: only where the page may run scripts.
  if (test.info().project.use.javaScriptEnabled !== false) await expectAccessible(page);

  await choice.selectOption({ label: second });
  await page.getByRole('button', { name: 'Wissel' }).click();
  await expect(page).toHaveURL(/\/ontmoetingsruimte$/);
  await hydrated(page);
  await expect(page.getByLabel('Je buurt').locator('option:checked')).toHaveText(second);
  await expect(page.getByText('Deze buurt heeft nog geen ruimte om te reserveren.')).toBeVisible();
  await screenshot(page, shot);

  await page.getByLabel('Je buurt').selectOption({ label: 'De Zonnebloem' });
  await page.getByRole('button', { name: 'Wissel' }).click();
  await hydrated(page);
  await expect(page.getByLabel('Je buurt').locator('option:checked')).toHaveText('De Zonnebloem');
  await expect(page.getByText('Deze buurt heeft nog geen ruimte om te reserveren.')).toHaveCount(0);
}
