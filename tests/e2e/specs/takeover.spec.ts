// The app taking over the page the build wrote: no errors, warnings or CSP violations; the reader's place
// (event, open sources, folded organizations, focus, scroll) kept when the wasm arrives late; no layout
// shift; and the language decided before the first paint, so nothing switches once shown.
import { expect, test, type Page } from '@playwright/test';
import { article, events, organizations, sentences } from './data';
import { ExplainerPage, LANGS, pagePath } from './page';

/** Holds the wasm back until `release()` is called. */
async function holdWasm(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    (window as any).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).shifts.push([performance.now(), entry.value]);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
/** Layout shift from navigation to one second after `data-ready`. */
async function shiftUntilSettled(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const ready = await page.evaluate(() => performance.now());
  await page.waitForFunction((t) => performance.now() > t + 1000, ready);
  return page.evaluate((t) => ((window as any).shifts as [number, number][]).filter(([at]) => at <= t + 1000).reduce((sum, [, v]) => sum + v, 0), ready);
}

for (const lang of LANGS) {
  test(`${pagePath(lang)} is taken over with no errors, warnings or CSP violations, fetching the wasm once`, async ({ browser }) => {
    const context = await browser.newContext({ locale: lang });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    const foreign: string[] = [];
    const wasm: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('_bg.wasm')) wasm.push(r.url()); });
    page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:4173/') && !r.url().startsWith('data:')) foreign.push(r.url()); });
    await page.addInitScript(() => {
      (window as any).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).violations.push(e.violatedDirective));
    });
    await page.goto(pagePath(lang));
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    // One copy of the page: the static one is gone.
    await expect(page.locator('#app')).toHaveCount(1);
    await expect(page.getByTestId('event-card')).toHaveCount(0);
    await expect(page.getByTestId('next-event')).toHaveCount(1);
    await page.getByTestId('next-event').click();
    await expect(page.getByTestId('event-card')).toHaveAttribute('data-event-id', events[0].id);
    await page.getByTestId('lang-switch').locator(`[data-lang="${lang === 'en' ? 'zh' : 'en'}"]`).click();
    expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    // Compiled from the top of <head> (prerender.rs, compile_early), and not fetched a second time.
    expect(wasm).toHaveLength(1);
    expect(await page.evaluate(async () => (window as any).explainerWasm instanceof Promise)).toBe(true);
    expect(await page.evaluate(async () => (await (window as any).explainerWasm) instanceof WebAssembly.Module)).toBe(true);
    await context.close();
  });
}

for (const width of [375, 1280]) {
  test(`a reader who steps, opens sources and folds a team before the wasm arrives keeps all of it at ${width}px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const release = await holdWasm(page);
    await watchShifts(page);
    const explainer = new ExplainerPage(page);
    await page.goto('/en/');
    const committee = organizations.find((o) => !o.parent && organizations.some((c) => c.parent === o.id))!;
    await explainer.start().click();
    await explainer.next().click();
    await explainer.next().click();
    await expect(explainer.card()).toHaveAttribute('data-event-id', events[2].id);
    await explainer.sourcesToggle().click();
    await expect(explainer.sources()).toBeVisible();
    await explainer.node(committee.id).locator('> .org-box input[type="checkbox"]').uncheck();
    await explainer.next().focus();
    const scroll = await page.evaluate(() => window.scrollY);
    expect(await page.locator('html').getAttribute('data-ready')).toBeNull();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(explainer.card()).toHaveAttribute('data-event-id', events[2].id);
    await expect(explainer.sourcesToggle()).toHaveAttribute('aria-expanded', 'true');
    await expect(explainer.node(committee.id)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('next-event')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    // The steps taken before are still in the history, and the app follows them.
    await page.goBack();
    await expect(explainer.card()).toHaveAttribute('data-event-id', events[1].id);
    await explainer.next().click();
    await expect(explainer.card()).toHaveAttribute('data-event-id', events[2].id);
    expect(await shiftUntilSettled(page)).toBeLessThan(0.05);
    await context.close();
  });
}

// The article's "focus the highlighted sentence" is the app's: at a #sentence- link it must not take the
// reader's focus and scroll from where they were when the wasm arrived.
test('at a #sentence- link, focus and scroll from before the wasm arrives are kept', async ({ page }) => {
  const release = await holdWasm(page);
  const explainer = new ExplainerPage(page);
  const last = sentences[sentences.length - 1].id;
  await page.goto(`/en/#sentence-${last}`);
  await expect(explainer.articleView()).toBeVisible();
  await explainer.viewButton('article').focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  const scroll = await page.evaluate(() => window.scrollY);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(explainer.articleSentence(last)).toHaveClass(/\bhighlighted\b/);
  await expect(explainer.viewButton('article')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
});

test('focus on a view or language link of the static page moves to the same control in the app', async ({ page }) => {
  const release = await holdWasm(page);
  const explainer = new ExplainerPage(page);
  await page.goto('/en/');
  await explainer.viewButton('org').click();
  await expect(explainer.timeline()).toBeHidden();
  await explainer.viewButton('org').focus();
  release();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // The view the reader chose, and focus on its button.
  await expect(explainer.viewButton('org')).toHaveAttribute('aria-pressed', 'true');
  await expect(explainer.viewButton('org')).toBeFocused();
  await expect(explainer.timeline()).toHaveCount(0);
});

test('a click on the page while the wasm arrives is not lost', async ({ page }) => {
  const release = await holdWasm(page);
  const explainer = new ExplainerPage(page);
  await page.goto('/en/');
  await explainer.start().click();
  release();
  // Click on as fast as the page answers, across the take-over.
  for (let i = 1; i < 6; i++) {
    await explainer.next().click();
    await expect(explainer.card()).toHaveAttribute('data-event-id', events[i].id);
  }
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(explainer.card()).toHaveAttribute('data-event-id', events[5].id);
});

for (const [label, path] of [['the title', ''], ['an event', `#event-${events[6].id}`], ['an organization', `#node-${organizations[1].id}`], ['the article', `#view-article`]] as const) {
  for (const width of [375, 1280]) {
    test(`the take-over does not shift ${label} at ${width}px (CLS under 0.05)`, async ({ browser }) => {
      for (const lang of LANGS) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await watchShifts(page);
        // Late enough that the static page has painted first.
        await page.route('**/*.wasm', async (route) => {
          await new Promise((r) => setTimeout(r, 300));
          await route.continue();
        });
        await page.goto(`${pagePath(lang)}${path}`);
        expect(await shiftUntilSettled(page), `${lang}`).toBeLessThan(0.05);
        await context.close();
      }
    });
  }
}

test('the root page decides its language before it paints: saved choice, then the browser, else the original', async ({ browser }) => {
  for (const [locale, saved, want] of [['ko-KR', null, 'ko'], ['en-US', null, 'en'], ['zh-CN', null, 'zh'], ['fr-FR', null, 'ko'], ['en-US', 'zh', 'zh'], ['zh-CN', 'ko', 'ko']] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await watchShifts(page);
    if (saved) await page.addInitScript((s) => localStorage.setItem('explainer-lang', s), saved);
    await page.addInitScript(() => {
      (window as any).painted = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) (window as any).painted.push(e.name); }).observe({ type: 'paint', buffered: true });
    });
    await page.goto(`/?embed=0#event-${events[1].id}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const label = `${locale}, saved ${saved}`;
    await expect(page.locator('html'), label).toHaveAttribute('lang', want);
    expect(new URL(page.url()).pathname, label).toBe(pagePath(want));
    // Query and fragment kept.
    expect(new URL(page.url()).search, label).toBe('?embed=0');
    await expect(page.getByTestId('event-card'), label).toHaveAttribute('data-event-id', events[1].id);
    await expect(page.getByTestId('headline'), label).toHaveText(article.headline[want]);
    expect(await shiftUntilSettled(page), label).toBeLessThan(0.05);
    await context.close();
  }
});

test('?lang= moves to that language\'s page, with the wasm blocked too; a bad one stays', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/en/?lang=zh&view=org');
  await expect(page).toHaveURL(/\/zh\/\?lang=zh&view=org$/);
  await expect(page.getByTestId('headline')).toHaveText(article.headline.zh);
  await page.goto('/en/?lang=%3Cscript%3E');
  await expect(page).toHaveURL(/\/en\/\?lang=%3Cscript%3E$/);
  await expect(page.getByTestId('headline')).toHaveText(article.headline.en);
  await context.close();
});

test('choosing a language in the app moves to its page and is remembered by the root page', async ({ page }) => {
  const explainer = new ExplainerPage(page);
  await explainer.open('?lang=ko&view=timeline');
  await explainer.chooseLang('zh');
  await expect(page).toHaveURL(/\/zh\/\?view=timeline$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
});

test('a requested state that differs from the page\'s switches without errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`/en/?lang=zh&view=timeline#event-${events[4].id}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('event-card')).toHaveAttribute('data-event-id', events[4].id);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(page.getByTestId('headline')).toHaveText(article.headline.zh);
  await expect(page.getByTestId('org-chart')).toHaveCount(0);
  expect(problems).toEqual([]);
});
