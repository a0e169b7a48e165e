// Playwright runs the release build (dist/) in Debian's Chromium: never `npx playwright install`.
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// Host pages that embed the explainer, on a second port: a different origin.
const hostPort = Number(process.env.E2E_HOST_PORT ?? 4175);
// The fixture stories, each built under its own folder (`make fixture-dists`).
const storiesPort = Number(process.env.E2E_STORIES_PORT ?? 4176);
// The story in data/ as `make dist` built it.
const distPort = Number(process.env.E2E_DIST_PORT ?? 4177);

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    // The engine's specs read the first story's frozen copy (tests/fixtures/seoul-beijing), whatever data/ holds.
    { command: `node serve.mjs ../../target/e2e-dist ${port}`, url: `http://127.0.0.1:${port}/`, timeout: 30_000 },
    { command: `node serve.mjs fixtures ${hostPort} /pym=node_modules/pym.js/dist`, url: `http://127.0.0.1:${hostPort}/plain-iframe.html`, timeout: 30_000 },
    { command: `node serve.mjs ../../target/fixture-dist ${storiesPort}`, url: `http://127.0.0.1:${storiesPort}/one-language/`, timeout: 30_000 },
    { command: `node serve.mjs ../../dist ${distPort}`, url: `http://127.0.0.1:${distPort}/`, timeout: 30_000 },
  ],
});
