// Search latency: for each built page, types queries into the search field one key at a time and measures,
// per keystroke, the time from the input event to the results being in the DOM and to the frame painted after
// it (requestAnimationFrame, then a message: the same rule as the step latency). Medians and maxima.
// Usage: node bench/search.mjs bench/out/dist-10 bench/out/dist-10000   (after make bench built them)
import { basename } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';

const dists = process.argv.slice(2);
const queries = ['e', 'seoul', 'beijing', 'forum', '서울', '北京', 'zzzz'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
console.log('| page | keystrokes | to DOM median | to DOM max | to paint median | to paint max |\n|---|---:|---:|---:|---:|---:|');
for (const [n, dist] of dists.entries()) {
  const port = 4390 + n;
  const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/en/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 180_000 });
  await page.evaluate(() => {
    const field = document.querySelector('[data-testid="search"]');
    const box = document.querySelector('[data-testid="search-box"]');
    window.__keys = [];
    field.addEventListener('input', (e) => {
      const start = e.timeStamp;
      const seen = new MutationObserver(() => {
        seen.disconnect();
        const dom = performance.now() - start;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__keys.push({ dom, paint: performance.now() - start });
          channel.port2.postMessage(0);
        });
      });
      seen.observe(box, { childList: true, characterData: true, subtree: true, attributes: true });
    }, { capture: true });
  });
  for (const query of queries) {
    await page.fill('[data-testid="search"]', '');
    await page.waitForFunction(() => document.querySelector('[data-testid="search-status"]').textContent === '');
    const before = await page.evaluate(() => window.__keys.length);
    for (const key of query) {
      const count = await page.evaluate(() => window.__keys.length);
      await page.keyboard.type(key);
      // Each keystroke changes the announced count or the list; wait for its measurement (or a quiet 1 s).
      await page.waitForFunction((c) => window.__keys.length > c, count, { timeout: 1000 }).catch(() => undefined);
    }
    await page.waitForFunction((b) => window.__keys.length > b, before).catch(() => undefined);
  }
  const keys = await page.evaluate(() => window.__keys);
  const fmt = (x) => `${x.toFixed(1)} ms`;
  const dom = keys.map((k) => k.dom), paint = keys.map((k) => k.paint);
  console.log(`| ${basename(dist)} | ${keys.length} | ${fmt(median(dom))} | ${fmt(Math.max(...dom))} | ${fmt(median(paint))} | ${fmt(Math.max(...paint))} |`);
  await page.close();
  server.kill();
}
await browser.close();
