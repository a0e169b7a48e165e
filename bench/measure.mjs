// Measures one page in headless Chromium (Playwright's library API from tests/e2e/node_modules; Debian's
// /usr/bin/chromium, never a downloaded browser). Used by bench/bench.mjs; see there for the figures' use.
//
// A page is described by { url, next, prev, cardId, file } where cardId is the source of a function
// returning the current card's id (null while there is none) and file(pathname) the file served there. Every load happens in a fresh browser context (empty
// cache). Hosts other than 127.0.0.1 resolve to nothing (Chromium's host-resolver rules), so a page that
// reaches for the internet fails fast; such requests are recorded.
//
// - weight(browser, page): every file the browser got (200) on first load, until the page is interactive
//   and the network has been quiet for 1 s, each URL once, with its raw, gzip -9 and brotli (q 11) bytes
//   (read from the served file: the inspector does not keep bodies of many MB).
// - run(browser, page, steps): FCP (paint entry); TTI (an init script clicks the visible `next` from
//   navigation start, as soon as it exists, until the shown card changes: performance.now() at that
//   mutation; on our page the static page's links answer before the app has taken over); app (ours: when
//   the app has taken over, `<html data-ready>`, from which search answers; TimelineJS: its TTI); heap after load
//   (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage usedSize; plus the wasm linear memory for
//   a Trunk page); DOM elements; then `steps` steps: a real (CDP) mouse click on next (prev when next is
//   unusable at the end, and back), timed in the page from the click event's dispatch to the card's
//   change (MutationObserver) and to the frame painted after it (requestAnimationFrame, then a message
//   posted from it, which runs once that frame is produced).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const require = createRequire(new URL('../tests/e2e/', import.meta.url));
const { chromium } = require('playwright-core');

export const LOCAL = '127.0.0.1';
/**
 * BENCH_NETWORK=mobile: every page loads over an emulated network with the round trip and throughput of
 * Lighthouse's simulated mobile profile, applied through CDP Network.emulateNetworkConditions (150 ms added to
 * each request, 1.6 Mbit/s down, 750 kbit/s up; milder than Lighthouse's own DevTools throttling, which adds
 * 562.5 ms). Files are then served gzipped (serve.mjs --gzip). Unset: loopback. Any other value is refused.
 */
const network = process.env.BENCH_NETWORK;
if (network && network !== 'mobile') throw new Error(`BENCH_NETWORK=${network}: only "mobile" is known`);
export const NETWORK = network ? { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } : null;
export const NETWORK_NAME = NETWORK ? 'emulated mobile network (150 ms a request, 1.6 Mbit/s)' : 'unthrottled loopback';
/** Arguments for tests/e2e/serve.mjs that go with NETWORK. */
export const SERVE_ARGS = NETWORK ? ['--gzip'] : [];
/** Starts tests/e2e/serve.mjs on `root` (with NETWORK's arguments); returns the child process. */
export function serve(root, port, args = []) {
  const script = new URL('../tests/e2e/serve.mjs', import.meta.url).pathname;
  return spawn(process.execPath, [script, root, String(port), ...args, ...SERVE_ARGS], { stdio: 'ignore' });
}

/** Resolves once `url` answers 200 (a server just started); throws after about 10 s. */
export async function waitForServer(url) {
  for (let i = 0; !(await fetch(url).then((r) => r.ok, () => false)); i++) {
    if (i > 100) throw new Error(`no server at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Our page's controls and its shown card (the event's id, 'title' on the title card), for run(). The page
 * the build writes holds a card for every step, one shown. */
export const OURS = {
  next: '[data-testid="next-event"]',
  prev: '[data-testid="prev-event"]',
  cardId: `() => { const shown = (s) => [...document.querySelectorAll(s)].find((e) => e.checkVisibility());
  const c = shown('[data-testid="event-card"]');
  return c ? c.getAttribute('data-event-id') : shown('[data-testid="start"]') ? 'title' : null; }`,
  ready: true,
};
const VIEWPORT = { width: 1280, height: 800 };

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-extensions',
      `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${LOCAL}`],
  });
}

// Runs in the page before its own scripts (an init script, so no eval: our page's CSP forbids it).
function probe(cfg, cardId) {
  const bench = (window.__bench = { clicks: 0 });
  addEventListener('TrunkApplicationStarted', (e) => {
    const memory = e.detail?.wasm?.memory;
    if (memory) bench.wasmMemory = () => memory.buffer.byteLength;
  });
  // TTI: click next as soon as it exists until the card changes.
  let first;
  const tick = () => {
    if (bench.tti !== undefined) return;
    const id = cardId();
    if (first !== undefined && id !== null && id !== first) {
      bench.tti = performance.now();
      bench.ttiCard = id;
      observer.disconnect();
      clearInterval(timer);
      return;
    }
    const next = [...document.querySelectorAll(cfg.next)].find((e) => e.checkVisibility());
    if (!next || id === null) return;
    if (first === undefined) first = id;
    bench.clicks++;
    next.click();
  };
  const observer = new MutationObserver(tick);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const timer = setInterval(tick, 4);
  // The app: when it has taken over (ours).
  const ready = new MutationObserver(() => {
    if (document.documentElement?.hasAttribute('data-ready')) {
      bench.ready = performance.now();
      ready.disconnect();
    }
  });
  ready.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  // Steps: arm() before each real click, then await bench.step.
  bench.usable = (selector) => {
    const b = document.querySelector(selector);
    return !!b && !b.disabled && b.getAttribute('aria-disabled') !== 'true' && b.checkVisibility();
  };
  bench.card = cardId;
  bench.arm = () => {
    const before = cardId();
    let t0;
    document.addEventListener('click', () => { t0 ??= performance.now(); }, { capture: true, once: true });
    bench.step = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        const now = cardId();
        if (t0 === undefined || now === null || now === before) return;
        mo.disconnect();
        const changed = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ update: changed - t0, painted: performance.now() - t0, card: now });
          channel.port2.postMessage(null);
        });
      });
      mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  };
}

async function open(browser, page, onPage) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: `(${probe})(${JSON.stringify({ next: page.next })}, ${page.cardId});` });
  const tab = await context.newPage();
  if (NETWORK) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
  }
  const external = [];
  tab.on('request', (r) => { if (new URL(r.url()).hostname !== LOCAL && !r.url().startsWith('data:')) external.push(r.url()); });
  onPage?.(tab);
  return { context, tab, external };
}

async function waitInteractive(tab, timeout) {
  await tab.waitForFunction(() => window.__bench?.tti !== undefined, null, { timeout, polling: 50 });
}

export async function weight(browser, page, { timeout }) {
  const responses = [];
  const { context, tab, external } = await open(browser, page, (tab) => tab.on('response', (r) => responses.push(r)));
  let last = Date.now();
  tab.on('request', () => { last = Date.now(); });
  await tab.goto(page.url, { waitUntil: 'load', timeout });
  await waitInteractive(tab, timeout);
  while (Date.now() - last < 1000) await tab.waitForTimeout(200);
  const files = [];
  const seen = new Set();
  for (const r of responses) {
    // A URL fetched twice (Chromium asks for the icon twice) counts once.
    if (r.status() !== 200 || new URL(r.url()).hostname !== LOCAL || seen.has(r.url())) continue;
    seen.add(r.url());
    const url = new URL(r.url()).pathname;
    const body = readFileSync(page.file(url));
    files.push({
      url,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const failed = responses.filter((r) => r.status() !== 200).map((r) => `${r.status()} ${new URL(r.url()).pathname}`);
  await context.close();
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total, external: [...new Set(external)], failed };
}

export async function run(browser, page, { steps, timeout }) {
  const { context, tab, external } = await open(browser, page);
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  try {
    await tab.goto(page.url, { waitUntil: 'commit', timeout });
    await waitInteractive(tab, timeout);
    if (page.ready) await tab.waitForFunction(() => window.__bench.ready !== undefined, null, { timeout, polling: 50 });
    const load = await tab.evaluate(() => ({
      tti: window.__bench.tti,
      app: window.__bench.ready ?? window.__bench.tti,
      clicks: window.__bench.clicks,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(500);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const after = await tab.evaluate(() => ({
      wasm: window.__bench.wasmMemory?.() ?? 0,
      elements: document.getElementsByTagName('*').length,
    }));
    const timings = [];
    let forward = true;
    for (let i = 0; i < steps; i++) {
      if (!(await tab.evaluate((s) => window.__bench.usable(s), forward ? page.next : page.prev))) forward = !forward;
      const selector = forward ? page.next : page.prev;
      await tab.evaluate(() => window.__bench.arm());
      await tab.click(selector, { timeout });
      timings.push(await tab.evaluate((ms) => Promise.race([window.__bench.step,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`the card did not change in ${ms} ms`)), ms))]), timeout));
    }
    return { ...load, jsHeap: usedSize, wasm: after.wasm, elements: after.elements, steps: timings, external, errors };
  } finally {
    await context.close();
  }
}

export const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
