// Hostile input: strange URLs, broken browser APIs. The page always loads, stays usable, runs nothing it
// was handed, and keeps what it shows.
import { expect, test } from '@playwright/test';
import { article, ids } from './data';

// Fragments never reach the server, so they can be as long as a browser allows; queries stay under the
// 8 KB most servers accept (ours and Node's included).
const long = 'a'.repeat(20_000);
const longish = 'a'.repeat(4_000);
const urls = [
  '?lang=<script>alert(1)</script>', '?lang=xx', '?lang=en&lang=zh', '?lang[]=en', '?lang=%00',
  '?view=<img src=x onerror=alert(1)>', '?view=org&view=timeline', `?event=${longish}`, `#event-${long}`, '?%',
  '?%%%25%', '?a=%E0%A4%A', '#%', '#event-%ZZ', '?embed=maybe', '?theme=../../etc/passwd',
  '?bg=javascript:alert(1)', '?childId=<script>alert(1)</script>', '?initialWidth=-1', '?initialWidth=1e309',
  '?parentUrl=javascript:alert(1)', '?event=sister-cities&event=../../', '#node-<svg onload=alert(1)>', '#node-',
  '?lang=zh-Hant-TW', '?=&&&==', `?${'x=1&'.repeat(1500)}`, `#${'%F0%9F'.repeat(100)}`, '?lang=en#event-',
  `?parentTitle=${encodeURIComponent('"><script>alert(1)</script>')}&childId=ok`,
];

test(`${urls.length} hostile URLs each load a usable page and run nothing`, async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  for (const url of urls) {
    await page.goto(`about:blank`);
    await page.goto(`/${url}`);
    const label = url.slice(0, 60);
    await expect(page.locator('html'), label).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('headline'), label).toHaveText(/\S/);
    if (await page.getByTestId('next-event').count()) {
      await page.getByTestId('next-event').click();
      await expect(page.getByTestId('event-card'), label).toHaveAttribute('data-event-id', /[a-z]/);
    } else {
      // `?view=org` (the first of the repeated keys): the chart answers instead.
      await page.getByTestId('org-node').first().locator('> .org-box').click();
      await expect(page.getByTestId('org-details'), label).toHaveAttribute('data-node-id', /[a-z]/);
    }
    expect(await page.locator('img, svg[onload]').count(), label).toBe(0);
    // Only our own scripts: each inline script is one the page's Content-Security-Policy names by its hash
    // (the build's: prerender.rs); the pages load no script by address.
    const foreign = await page.evaluate(async () => {
      const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      const sha256 = async (text: string) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));
      const out: string[] = [];
      for (const script of [...document.scripts]) {
        const ours = !script.src && policy.includes(`'sha256-${await sha256(script.text)}'`);
        if (!ours) out.push(script.src || script.text.slice(0, 80));
      }
      return out;
    });
    expect(foreign, label).toEqual([]);
    expect(problems, label).toEqual([]);
  }
});

test('storage that throws, and missing matchMedia: the page works, nothing is remembered', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    Object.defineProperty(window, 'matchMedia', { value: undefined });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('lang-switch').locator('[data-lang="zh"]').click();
  await expect(page.getByTestId('headline')).toHaveText(article.headline.zh);
  await page.getByTestId('next-event').click();
  await expect(page.getByTestId('event-card')).toHaveAttribute('data-event-id', ids[0]);
  expect(errors).toEqual([]);
  await context.close();
});

test('without ResizeObserver a framed page still sizes its iframe', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete (window as any).ResizeObserver; });
  const page = await context.newPage();
  const app = 'http://127.0.0.1:4173';
  await page.goto(`http://127.0.0.1:${Number(process.env.E2E_HOST_PORT ?? 4175)}/pym-parent.html?src=${encodeURIComponent(`${app}/?embed=1&lang=en`)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  const inner = page.frames().find((f) => f.url().startsWith(app))!;
  const gap = async () => Math.abs(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)
    - await inner.evaluate(() => document.body.offsetHeight));
  await expect.poll(gap).toBeLessThanOrEqual(2);
  await frame.getByTestId('view-switch').locator('[data-view="timeline"]').click();
  await expect.poll(gap).toBeLessThanOrEqual(2);
  await context.close();
});

test('storage that is full: switching language still works, nothing breaks', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?lang=ko');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('lang-switch').locator('[data-lang="en"]').click();
  await expect(page.getByTestId('headline')).toHaveText(article.headline.en);
  expect(errors).toEqual([]);
  await context.close();
});

test('a failure inside the running app (the DOM refusing new nodes) says so above the page, which keeps what it shows', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('next-event').click();
  const card = page.getByTestId('event-card');
  const shown = await card.getAttribute('data-event-id');
  await expect(page.getByTestId('app-failure')).toHaveCount(0);
  // From now on the document takes no new node: the app's next render fails (a panic, long after start-up).
  await page.evaluate(() => {
    const refuse = () => { throw new Error('refused'); };
    Node.prototype.insertBefore = refuse;
    Node.prototype.cloneNode = refuse;
  });
  await page.getByTestId('search').fill('environment team');
  await expect(page.getByTestId('app-failure')).toBeVisible();
  await expect(page.getByTestId('app-failure')).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('app-failure')).toHaveAttribute('lang', 'en');
  await expect(card).toHaveAttribute('data-event-id', shown!);
  await expect(card).toBeVisible();
  expect(errors.some((e) => e.startsWith('explainer: '))).toBe(true);
});
