// Story: the same sign-up with JavaScript disabled; every form posts and redirects.
import { test, expect } from '@playwright/test';
import { newPerson, screenshot, signIn, signOut, staffMakesInvite, uniqueName } from './helpers';

test('sign-up, sign-in and sign-out work without JavaScript', async ({ page, browser }) => {
  const { code } = await staffMakesInvite(page, uniqueName('Madeliefhof'));
  const resident = await (await newPerson(browser, false)).newPage();
  const name = uniqueName('Henk');
  await resident.goto('/aanmelden');
  await resident.getByLabel('Code uit de brief').fill(code.toLowerCase());
  await resident.getByLabel('Uw naam op Buurtplein').fill(name);
  await resident.getByLabel('Wachtwoord').fill('kort');
  await resident.getByRole('button', { name: 'Account maken' }).click();
  await expect(resident.getByRole('alert')).toContainText('Het wachtwoord is te kort');
  await screenshot(resident, 'nojs-signup-error');
  // The form comes back with what was typed (never the password); the wrong field has the
  // reason beside it and the focus.
  await expect(resident.getByLabel('Code uit de brief')).toHaveValue(code.toLowerCase());
  await expect(resident.getByLabel('Uw naam op Buurtplein')).toHaveValue(name);
  const password = resident.getByLabel('Wachtwoord');
  await expect(password).toHaveValue('');
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/Het wachtwoord is te kort/);

  await resident.getByLabel('Code uit de brief').fill(code);
  await resident.getByLabel('Uw naam op Buurtplein').fill(name);
  await resident.getByLabel('Wachtwoord').fill('fietsen langs de dijk');
  await resident.getByRole('button', { name: 'Account maken' }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`Hallo ${name}!`);
  await screenshot(resident, 'nojs-home');

  await resident.getByRole('button', { name: 'English' }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`Hello ${name}!`);
  await resident.getByRole('button', { name: 'Nederlands' }).click();

  await signOut(resident);
  await signIn(resident, name, 'fietsen langs de dijk');
});
