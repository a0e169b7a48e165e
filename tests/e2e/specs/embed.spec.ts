// Embeds: auto-height with the stock pym.js parent and with our snippet, on another origin, at phone and
// desktop widths; the host's history untouched; junk messages ignored; a sandboxed frame; embed mode and
// options; the embed dialog; oEmbed.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { article, ids, original } from './data';
import { ExplainerPage } from './page';

const hostPort = Number(process.env.E2E_HOST_PORT ?? 4175);
const appOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const host = (page: string, src: string, extra = '') =>
  `http://127.0.0.1:${hostPort}/${page}?src=${encodeURIComponent(src)}&app=${encodeURIComponent(appOrigin)}${extra}`;

/** The iframe's height on the host and its content's height inside, once they agree (within 2 px). */
async function expectFitted(page: Page, frame: FrameLocator) {
  const inner = page.frames().find((f) => f.url().startsWith(appOrigin))!;
  await expect.poll(async () => {
    const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    const content = await inner.evaluate(() => document.body.offsetHeight);
    return Math.abs(outer - content);
  }, { timeout: 10_000 }).toBeLessThanOrEqual(2);
  // No inner scrollbar.
  const scroll = await inner.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
  expect(scroll).toBeLessThanOrEqual(2);
  return page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
}

for (const [name, page_] of [['the stock pym.js parent', 'pym-parent.html'], ['our snippet', 'snippet.html']] as const) {
  for (const width of [375, 1280]) {
    test(`${name} sizes the iframe to the content at ${width}px, following language and view`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(host(page_, `${appOrigin}/?embed=1&lang=en`));
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(frame.getByTestId('headline')).toHaveText(article.headline.en);
      const both = await expectFitted(page, frame);
      await frame.getByTestId('view-switch').locator('[data-view="timeline"]').click();
      const timelineOnly = await expectFitted(page, frame);
      expect(timelineOnly).toBeLessThan(both - 100);
      await frame.getByTestId('lang-switch').locator('[data-lang="zh"]').click();
      await expect(frame.getByTestId('headline')).toHaveText(article.headline.zh);
      await expectFitted(page, frame);
      await frame.getByTestId('next-event').click();
      await expectFitted(page, frame);
      await context.close();
    });
  }
}

for (const [name, page_] of [['the stock pym.js parent', 'pym-parent.html'], ['our snippet', 'snippet.html']] as const) {
  test(`with the wasm blocked, ${name} gets the page's height from its first paint, in every protocol`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.route('**/*.wasm', (route) => route.abort());
    await page.addInitScript(() => {
      (window as any).heights = [];
      window.addEventListener('message', (e) => (window as any).heights.push(e.data));
    });
    // Our snippet's script arriving after the frame has painted and spoken.
    await page.goto(host(page_, `${appOrigin}/en/?embed=1&lang=en`, page_ === 'snippet.html' ? '&late=1500' : ''));
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('intro')).toBeVisible();
    await expectFitted(page, frame);
    const messages: unknown[] = await page.evaluate(() => (window as any).heights);
    expect(messages.some((m) => typeof m === 'object' && m !== null && 'datawrapper-height' in m)).toBe(true);
    expect(messages.some((m) => typeof m === 'object' && m !== null && (m as any).sentinel === 'amp' && (m as any).type === 'embed-size')).toBe(true);
    const json = (m: unknown) => { try { return typeof m === 'string' ? JSON.parse(m) : null; } catch { return null; } };
    expect(messages.some((m) => json(m)?.context === 'iframe.resize' && typeof json(m)?.height === 'number')).toBe(true);
    if (page_ === 'pym-parent.html') expect(messages.some((m) => typeof m === 'string' && /^pymxPYMx.+xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
    // Stepping on the static page (a taller card) is followed too.
    await frame.getByTestId('start').filter({ visible: true }).click();
    await expect(frame.getByTestId('event-card').filter({ visible: true })).toHaveAttribute('data-event-id', ids[0]);
    await expectFitted(page, frame);
    expect(await frame.locator('html').getAttribute('data-ready')).toBeNull();
    await context.close();
  });
}

test('a page that is not framed posts no height messages', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).messages = [];
    window.addEventListener('message', (e) => (window as any).messages.push(e.data));
  });
  const explainer = new ExplainerPage(page);
  await explainer.open('?embed=1&childId=explainer&lang=en');
  await page.getByTestId('view-switch').locator('[data-view="timeline"]').click();
  await explainer.next().click();
  await explainer.expectShown(ids[0]);
  expect(await page.evaluate(() => (window as any).messages)).toEqual([]);
});

test('steps inside a pym frame leave the host URL and history untouched', async ({ page }) => {
  await page.goto(host('pym-parent.html', `${appOrigin}/?embed=1&lang=en`));
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  const [url, length] = [page.url(), await page.evaluate(() => history.length)];
  for (let i = 0; i < 4; i++) await frame.getByTestId('next-event').click();
  await frame.getByTestId('org-node').first().locator('> .org-box').click();
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('3,000 junk messages change nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host('pym-parent.html', `${appOrigin}/?embed=1&lang=en`));
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  await frame.getByTestId('next-event').click();
  await expect(frame.getByTestId('event-card')).toHaveAttribute('data-event-id', ids[0]);
  const before = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  await page.evaluate(() => {
    const target = document.querySelector('iframe')!.contentWindow!;
    const childId = new URL(document.querySelector('iframe')!.src).searchParams.get('childId');
    const junk: unknown[] = [
      null, 0, -1, 1e308, NaN, true, '', 'x'.repeat(100_000), { height: 5 }, [1, 2, 3], { 'datawrapper-height': { x: 1 } },
      `pymxPYMx${childId}xPYMxwidthxPYMx-1`, `pymxPYMx${childId}xPYMxnavigateToxPYMxjavascript:alert(1)`,
      `pymxPYMx${childId}xPYMxscrollToChildPosxPYMx99999`, 'pymxPYMxother-idxPYMxwidthxPYMx300',
      JSON.stringify({ context: 'iframe.resize', height: 1 }), { sentinel: 'amp', type: 'embed-size', height: 1 },
    ];
    for (let i = 0; i < 3000; i++) target.postMessage(junk[i % junk.length], '*');
  });
  // A real pym width message still works afterwards: the height is sent again and stays right.
  await expect(frame.getByTestId('event-card')).toHaveAttribute('data-event-id', ids[0]);
  await expect(frame.getByTestId('lang-switch').locator('[aria-pressed="true"]')).toHaveAttribute('data-lang', 'en');
  expect(page.url()).toContain('pym-parent.html');
  const after = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
  expect(errors).toEqual([]);
});

test('works in a sandboxed iframe (allow-scripts only), without remembering the language', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${hostPort}/plain-iframe.html?sandbox=1&src=${encodeURIComponent(`${appOrigin}/?embed=1&lang=ko`)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(frame.getByTestId('headline')).toHaveText(article.headline.ko);
  await frame.getByTestId('lang-switch').locator('[data-lang="en"]').click();
  await expect(frame.getByTestId('headline')).toHaveText(article.headline.en);
  await frame.getByTestId('next-event').click();
  await expect(frame.getByTestId('event-card')).toHaveAttribute('data-event-id', ids[0]);
  expect(errors).toEqual([]);
});

test('embed mode: a compact title and a link to the full page, no footer; false means false', async ({ page }) => {
  const explainer = new ExplainerPage(page);
  await explainer.open(`?embed=1&lang=en#event-${ids[1]}`);
  await expect(page.getByTestId('full-page-link')).toHaveAttribute('href', new RegExp(`\\?lang=en&view=both#event-${ids[1]}$`));
  await expect(page.getByTestId('full-page-link')).toHaveAttribute('target', '_blank');
  await expect(page.locator('.site-footer')).toHaveCount(0);
  await expect(page.getByTestId('embed-button')).toHaveCount(0);
  await explainer.open('?embed=false&lang=en');
  await expect(page.locator('.site-footer')).toBeVisible();
  await expect(page.getByTestId('full-page-link')).toHaveCount(0);
});

test('?theme= forces a theme, ?bg=transparent drops the background, bad values warn and fall back', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const explainer = new ExplainerPage(page);
  await explainer.open('?theme=dark&bg=transparent&lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const colors = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).color]);
  expect(colors[0]).toBe('rgba(0, 0, 0, 0)');
  expect(colors[1]).toBe('rgb(236, 234, 230)');
  await explainer.open('?theme=pink&embed=maybe&lang=en');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(warnings.filter((w) => w.includes('not valid')).length).toBe(2);
});

test('the embed dialog gives the code for the current state; Escape closes it and focus returns', async ({ page }) => {
  const explainer = new ExplainerPage(page);
  await explainer.open(`?lang=zh&view=timeline#event-${ids[3]}`);
  const button = page.getByTestId('embed-button');
  const code = page.getByTestId('embed-code');
  // Closed, the dialog holds nothing (nothing to hydrate or update on each step).
  await expect(code).toHaveCount(0);
  await button.click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-flavour="iframe"]')).toBeFocused();
  // The language's own page (the root moved the reader there before painting).
  await expect(code).toHaveValue(new RegExp(`<iframe src="${appOrigin}/zh/\\?embed=1&amp;lang=zh&amp;view=timeline&amp;event=${ids[3]}"`));
  await expect(code).toHaveValue(/datawrapper-height/);
  await dialog.locator('[data-flavour="pym"]').click();
  await expect(code).toHaveValue(/new pym\.Parent\(/);
  // Focus stays inside the modal dialog.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(code).toHaveCount(0);
});

test('the copy button copies the code', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await new ExplainerPage(page).open('?lang=en');
  await page.getByTestId('embed-button').click();
  await page.getByTestId('embed-copy').click();
  await expect(page.getByTestId('embed-copy')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByTestId('embed-code').inputValue());
  await context.close();
});

test('oEmbed: the page links its oEmbed answer, a rich iframe', async ({ page, request }) => {
  await new ExplainerPage(page).open('?lang=en');
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  // Its absolute address, at the site's root as the canonical link names it (the build's SITE_URL, not this
  // server: the answer is fetched here by its path).
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(href).toBe(new URL('../oembed.json', canonical!).toString());
  const answer = await (await request.get(new URL(new URL(href!).pathname, page.url()).toString())).json();
  // In the original's language, as the root page is.
  expect(answer).toMatchObject({ version: '1.0', type: 'rich', title: article.headline[original] });
  expect(answer.provider_name).toBeTruthy();
  expect(answer.width).toBeGreaterThan(0);
  expect(answer.height).toBeGreaterThan(0);
  expect(answer.html).toMatch(/^<iframe src="[^"]+\?embed=1/);
});
