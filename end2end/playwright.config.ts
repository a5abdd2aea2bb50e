import { defineConfig } from '@playwright/test';

// Debian's Chromium; Playwright's own browser download is not reachable here.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

const phone = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'nl-NL',
  launchOptions,
};

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // One retry in CI; a test that needed it is reported as flaky and must be fixed.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3000',
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'phone', use: phone, testIgnore: /nojs/ },
    { name: 'phone-nojs', use: { ...phone, javaScriptEnabled: false }, testMatch: /nojs/ },
  ],
});
