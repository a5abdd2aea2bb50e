// Story: the commissie and the sociaal werker use their pages on a small phone or with large
// text. Every staff page fits 320 px and 200 % text without scrolling sideways, and its
// buttons, fields and links (apart from links inside a sentence) are at least 24 × 24 px.
import { test, expect, type Page } from '@playwright/test';
import { screenshot, signIn, SOCIAL_WORKER } from './helpers';

/** Staff and commissie pages, with the person who uses them. Pages with an id are found by a link. */
const PAGES: { path: string; who: string }[] = [
  { path: '/beheer', who: SOCIAL_WORKER },
  { path: '/beheer/namens', who: SOCIAL_WORKER },
  { path: '/agenda/nieuw', who: SOCIAL_WORKER },
  { path: '/agenda/poster', who: SOCIAL_WORKER },
  { path: '/ontmoetingsruimte/aanvragen', who: SOCIAL_WORKER },
  { path: '/ontmoetingsruimte/nieuw', who: SOCIAL_WORKER },
  { path: '/groepen/nieuw', who: SOCIAL_WORKER },
  { path: '/meedoen/inbreng', who: 'Kees' },
  { path: '/meedoen/moderatie', who: 'Kees' },
  { path: '/meedoen/logboek', who: 'Kees' },
  { path: '/meedoen/instellingen', who: 'Kees' },
  { path: '/meedoen/meldingen', who: 'Kees' },
  { path: '/meedoen/stemronde/nieuw', who: 'Kees' },
];

/** Pages reached through a link on another staff page (their address holds an id). */
const LINKED: { from: string; link: RegExp; name: string }[] = [
  { from: '/beheer', link: /De Zonnebloem/, name: 'buurt' },
  { from: '/agenda', link: /Samen koken/, name: 'activity' },
];

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Interactive elements smaller than 24 × 24 px, except links inside running text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown (folded away)
      const inText = el.tagName === 'A' && el.closest('p, li, td, dd') !== null && (el.parentElement?.textContent ?? '').trim() !== (el.textContent ?? '').trim();
      if (inText) continue;
      if (box.width < 24 || box.height < 24) {
        small.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

async function checkFits(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/\S/);
  expect.soft(await smallTargets(page), `${name}: targets under 24 px`).toEqual([]);
  await page.setViewportSize({ width: 320, height: 700 });
  expect.soft(await sideways(page), `${name} at 320 px`).toBeLessThanOrEqual(0);
  await screenshot(page, `reflow-320-${name}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  expect.soft(await sideways(page), `${name} at 200 % text`).toBeLessThanOrEqual(0);
  await screenshot(page, `reflow-200-${name}`);
  await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
}

for (const who of [SOCIAL_WORKER, 'Kees']) {
  test(`staff pages of ${who} reflow at 320 px and 200 % text`, async ({ page }) => {
    await signIn(page, who);
    for (const { path } of PAGES.filter((p) => p.who === who)) {
      await page.goto(path);
      await checkFits(page, path.slice(1).replaceAll('/', '-'));
    }
    if (who === SOCIAL_WORKER) {
      for (const { from, link, name } of LINKED) {
        await page.goto(from);
        await page.getByRole('link', { name: link }).first().click();
        await checkFits(page, name);
      }
      // The buurt's members and a household, one link further.
      await page.goto('/beheer');
      await page.getByRole('link', { name: /De Zonnebloem/ }).click();
      await page.getByRole('link', { name: 'Leden en rollen' }).click();
      await checkFits(page, 'members');
      await page.goBack();
      await page.getByRole('link', { name: 'Zonnebloemstraat 1' }).click();
      await checkFits(page, 'household');
    }
  });
}

test('primary actions are at least 44 px high', async ({ page }) => {
  await signIn(page, 'Jan');
  for (const path of ['/meedoen/nieuw', '/meldingen', '/profiel']) {
    await page.goto(path);
    expect(await smallTargets(page), `${path}: targets under 24 px`).toEqual([]);
    const low = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('main button, main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height > 0 && box.height < 44)
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}" ${Math.round(box.height)} px`));
    expect(low, `${path}: buttons and fields under 44 px`).toEqual([]);
  }
});
