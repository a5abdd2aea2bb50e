// Story, without JavaScript on a 390 px phone: Noor (demo resident with an e-mail address)
// opens her profile, switches off mail about answers to her proposals and the weekly
// overview, sees that choice kept, and switches both on again. Then she tries to change her
// address with a wrong password and is told so next to the password field.
import { test, expect } from '@playwright/test';
import { screenshot, signIn } from './helpers';

test('a resident chooses per kind which mail she gets', async ({ page }) => {
  await signIn(page, 'Noor');
  await page.goto('/profiel');
  const now = page.getByRole('group', { name: 'Meteen een mail over' });
  const form = page.locator('form').filter({ has: now });
  const proposals = now.getByLabel('Antwoord op mijn voorstellen');
  const week = form.getByRole('group', { name: 'Overzicht van de week' }).getByRole('checkbox');
  await expect(proposals).toBeChecked();
  await expect(now.getByLabel('Een nieuwe stemronde')).toBeChecked();
  await expect(week).toBeChecked();

  await proposals.uncheck();
  await week.uncheck();
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Uw keuze is bewaard.')).toBeVisible();
  await page.goto('/profiel');
  await expect(proposals).not.toBeChecked();
  await expect(week).not.toBeChecked();
  await expect(now.getByLabel('Mijn aanvragen voor de ontmoetingsruimte')).toBeChecked();
  await screenshot(page, 'mail-choices-nojs');

  await proposals.check();
  await week.check();
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Uw keuze is bewaard.')).toBeVisible();
  await page.goto('/profiel');
  await expect(proposals).toBeChecked();
  await expect(week).toBeChecked();

  // Changing the address asks for the password; a wrong one changes nothing and the reason
  // stands next to the password field.
  const addressForm = page.getByRole('form', { name: 'E-mailadres veranderen' });
  await addressForm.getByRole('textbox', { name: /^E-mailadres/ }).fill('noor.nieuw@example.nl');
  await addressForm.getByLabel('Uw wachtwoord').fill('niet mijn wachtwoord');
  await addressForm.getByRole('button', { name: 'E-mailadres opslaan' }).click();
  const password = page.getByRole('form', { name: 'E-mailadres veranderen' }).getByLabel('Uw wachtwoord');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();
  await page.goto('/profiel');
  await expect(addressForm.getByRole('textbox', { name: /^E-mailadres/ })).toHaveValue('noor@example.nl');
});
