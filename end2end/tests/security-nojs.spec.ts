// Story: the same without JavaScript: a script hidden in a proposal's description stays
// text in Kees's accept form and in the sociaal werker's edit form, and every page carries
// the Content-Security-Policy.
import { test, expect } from '@playwright/test';
import { newPerson, screenshot, signIn, uniqueName, SOCIAL_WORKER } from './helpers';
import { decideForm, freshResident, inDays } from './proposals-helpers';
import { PAYLOAD, expectNoScriptRan, expectPolicy, proposeWithPayload, watch } from './security-helpers';

test('a script in a proposal stays text without JavaScript', async ({ page, browser }) => {
  const { resident } = await freshResident(page, browser, false);
  const title = uniqueName('Tekstproef');
  const proposalPath = await proposeWithPayload(resident, title, false);

  const kees = await (await newPerson(browser, false)).newPage();
  const seen = watch(kees);
  await signIn(kees, 'Kees');
  expectPolicy(await kees.goto(proposalPath));
  const accept = await decideForm(kees, 'Accepteren en in de agenda zetten');
  await expect(accept.getByLabel('Wat gaan we doen?')).toHaveValue(PAYLOAD);
  await expectNoScriptRan(kees, seen);
  await screenshot(kees, 'security-nojs-accept-form');
  await accept.getByLabel('Datum').fill(inDays(9));
  await accept.getByLabel('Begint om').fill('14:00');
  await accept.getByLabel('Eindigt om').fill('16:00');
  await accept.getByRole('button', { name: 'Accepteren en plannen' }).click();
  await expect(kees.locator('.proposal-status')).toHaveText('Gepland');
  const activity = await kees.locator('a[href^="/agenda/"]').last().getAttribute('href');
  expect(activity).toMatch(/^\/agenda\/\d+$/);

  await signIn(page, SOCIAL_WORKER);
  expectPolicy(await page.goto(`${activity}/wijzigen`));
  await expect(page.getByLabel('Wat gaan we doen?')).toHaveValue(PAYLOAD);
  await expectNoScriptRan(page, watch(page));
  expectPolicy(await page.goto('/agenda/poster'));
  expect(seen.violations).toEqual([]);
});
