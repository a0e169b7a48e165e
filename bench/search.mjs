// Search latency: for each built page, types queries into the search field one key at a time and measures,
// per keystroke, the time from the input event to the results being in the DOM (the work; under a frame is
// the aim) and to the frame painted after it (requestAnimationFrame, then a message). Each keystroke starts
// just after a frame, so "to paint" includes most of a frame's wait. Keystrokes that change nothing are not
// counted. The first keystroke also builds the index and is reported on its own.
// Usage: node bench/search.mjs bench/out/dist-10 bench/out/dist-10000   (after make bench built them)
import { basename } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';

const dists = process.argv.slice(2);
const queries = ['e', 'seoul', 'beijing', 'forum', '서울', '北京', 'zzzz'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
console.log('| page | first keystroke (builds the index) | keystrokes after | to DOM median | to DOM max | to paint median | to paint max |\n|---|---:|---:|---:|---:|---:|---:|');
for (const [n, dist] of dists.entries()) {
  const port = 4390 + n;
  const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/en/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 180_000 });
  // Each keystroke as the browser delivers it: the field's value grows by a character and an input event
  // fires; timed from just before the event to the first change under the search box, then to the frame after.
  const keys = await page.evaluate(async (queries) => {
    const field = document.querySelector('[data-testid="search"]');
    const box = document.querySelector('[data-testid="search-box"]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = r;
      channel.port2.postMessage(0);
    }));
    const type = async (value) => {
      let changed = false;
      const seen = new Promise((resolve) => {
        const observer = new MutationObserver(() => { observer.disconnect(); changed = true; resolve(); });
        observer.observe(box, { childList: true, characterData: true, subtree: true, attributes: true });
        setTimeout(() => { observer.disconnect(); resolve(); }, 1000);
      });
      const start = performance.now();
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      await seen;
      const dom = performance.now() - start;
      await frame();
      return changed ? { dom, paint: performance.now() - start } : null;
    };
    const out = [];
    for (const query of queries) {
      await type('');
      await frame();
      for (let i = 1; i <= query.length; i++) {
        const key = await type(query.slice(0, i));
        if (key) out.push(key);
        await frame();
      }
    }
    return out;
  }, queries);
  const fmt = (x) => `${x.toFixed(1)} ms`;
  const [first, ...rest] = keys;
  const dom = rest.map((k) => k.dom), paint = rest.map((k) => k.paint);
  console.log(`| ${basename(dist)} | ${fmt(first.dom)} | ${rest.length} | ${fmt(median(dom))} | ${fmt(Math.max(...dom))} | ${fmt(median(paint))} | ${fmt(Math.max(...paint))} |`);
  await page.close();
  server.kill();
}
await browser.close();
