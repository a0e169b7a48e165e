// Screenshots for checking by eye: every width × theme × language of a few states, into ../../screenshots/.
// Usage (after `make dist`): node screenshots.mjs [base-url]. `make screenshots` serves dist/ and runs it.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4174';
const out = new URL('../../screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const widths = (process.env.WIDTHS ?? '320,375,768,1280,1920').split(',').map(Number);
const themes = ['light', 'dark'];
const langs = (process.env.LANGS ?? 'ko,en,zh').split(',');
// The title card, the first event and the first event of a busy day (read from the data).
const events = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url))).events;
const dayEvent = events.find((e) => e.when.date.includes('T'));
const states = { intro: '', first: `#event-${events[0].id}`, ...(dayEvent ? { day: `#event-${dayEvent.id}` } : {}) };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const width of widths) {
  for (const theme of themes) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    for (const lang of langs) {
      for (const [name, hash] of Object.entries(states)) {
        await page.goto(`${base}/?lang=${lang}${hash}`);
        await page.locator('html[data-ready="true"]').waitFor();
        await page.screenshot({ path: `${out}${width}-${theme}-${lang}-${name}.png`, fullPage: true });
      }
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
