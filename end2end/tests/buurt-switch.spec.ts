import { test } from '@playwright/test';
import { switchBuurtStory } from './buurt-switch-helpers';

test('a beheerder of two buurten switches between them', async ({ page }) => {
  await switchBuurtStory(page, 'buurt-switch');
});
