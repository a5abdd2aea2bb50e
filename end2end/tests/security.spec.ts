// Story: a resident hides a script in the description of an activity proposal. Kees of the
// bewonerscommissie opens the accept form: no script runs, the field holds the exact text,
// and the page (hydrated, under a strict Content-Security-Policy) still works; the sociaal
// werker's form that edits the activity is just as safe.
import { test, expect } from '@playwright/test';
import { hydrated, newPerson, screenshot, signIn, uniqueName, SOCIAL_WORKER } from './helpers';
import { decideForm, freshResident, inDays } from './proposals-helpers';
import { PAYLOAD, expectNoScriptRan, expectPolicy, proposeWithPayload, watch } from './security-helpers';

test('a script in a proposal stays text, and pages work under the policy', async ({ page, browser }) => {
  const staff = watch(page);
  const { resident } = await freshResident(page, browser);
  const own = watch(resident);
  const title = uniqueName('Kookavond');
  const proposalPath = await proposeWithPayload(resident, title, true);
  await expectNoScriptRan(resident, own);

  const kees = await (await newPerson(browser)).newPage();
  const seen = watch(kees);
  await signIn(kees, 'Kees');
  expectPolicy(await kees.goto(proposalPath));
  // Under the policy: the page works (islands, if any, load by their own script).
  await hydrated(kees);
  const accept = await decideForm(kees, 'Accepteren en in de agenda zetten');
  await expect(accept.getByLabel('Wat gaan we doen?')).toHaveValue(PAYLOAD);
  await expectNoScriptRan(kees, seen);
  await accept.getByLabel('Wat gaan we doen?').scrollIntoViewIfNeeded();
  await kees.screenshot({ path: 'screenshots/security-accept-form.png' });
  // A refused form comes back open, with the text as it was typed, still only text.
  await accept.getByRole('button', { name: 'Accepteren en plannen' }).click();
  await expect(kees.getByRole('alert').first()).toBeVisible();
  await expect(accept.getByLabel('Wat gaan we doen?')).toHaveValue(PAYLOAD);
  await accept.getByLabel('Datum').fill(inDays(5));
  await accept.getByLabel('Begint om').fill('18:00');
  await accept.getByLabel('Eindigt om').fill('20:00');
  await accept.getByRole('button', { name: 'Accepteren en plannen' }).click();
  await expect(kees.locator('.proposal-status')).toHaveText('Gepland');
  await expectNoScriptRan(kees, seen);

  // The sociaal werker edits the activity: the field again holds the exact text.
  const activity = await kees.locator('a[href^="/agenda/"]').last().getAttribute('href');
  expect(activity).toMatch(/^\/agenda\/\d+$/);
  await signIn(page, SOCIAL_WORKER);
  expectPolicy(await page.goto(`${activity}/wijzigen`));
  await hydrated(page);
  await expect(page.getByLabel('Wat gaan we doen?')).toHaveValue(PAYLOAD);
  await expectNoScriptRan(page, staff);
  // The activity page shows it as text.
  await page.goto(activity!);
  await hydrated(page);
  await expect(page.getByText('window.pwned = 1', { exact: false }).first()).toBeVisible();
  await expectNoScriptRan(page, staff);
  await screenshot(page, 'security-activity');

  // Printable pages (inline SVG) and the dashboard load without a policy violation.
  await page.goto('/agenda/poster');
  await page.goto('/meedoen/inbreng');
  await hydrated(page);
  expect([...staff.violations, ...own.violations, ...seen.violations]).toEqual([]);
});
