// The prerendered pages: the whole story without JavaScript, clean hydration with it, no layout shift, a
// Content-Security-Policy that holds, and no request outside the page's own origin.
import { expect, test } from '@playwright/test';
import { article, events, organizations, sentence } from './data';
import { LANGS } from './page';

const path = (lang: string) => (lang === 'ko' ? '/' : `/${lang}/`);

for (const lang of LANGS) {
  test(`without JavaScript, ${path(lang)} is the whole story in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path(lang));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(article.headline[lang]);
    await expect(page.getByTestId('headline')).toHaveText(article.headline[lang]);
    await expect(page.getByTestId('intro')).toContainText(article.summary[lang]);
    const list = page.locator('.noscript-story > ol > li');
    await expect(list).toHaveCount(events.length);
    for (const [i, event] of events.entries()) {
      const item = list.nth(i);
      await expect(item).toHaveAttribute('id', `event-${event.id}`);
      await expect(item.locator('h3')).toHaveText(event.headline[lang]);
      await expect(item.locator('time')).toHaveAttribute('datetime', event.when.date);
      await expect(item).toContainText(event.text[lang]);
      await expect(item.locator('blockquote[lang="ko"]').first()).toHaveText(sentence(event.sources[0]).text.ko);
    }
    // The org chart as nested lists.
    await expect(page.locator('[role="tree"] > li')).not.toHaveCount(0);
    for (const org of organizations) await expect(page.locator(`[data-node-id="${org.id}"]`)).toContainText(org.name[lang]);
    // Markers are links to the events, so navigation works too.
    const last = events[events.length - 1];
    await page.locator(`[data-testid="timeline-marker"][data-event-id="${last.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#event-${last.id}$`));
    await expect(page.locator(`#event-${last.id}`)).toBeInViewport();
    await context.close();
  });

  test(`with JavaScript, ${path(lang)} hydrates with no errors, warnings or CSP violations, fetching the wasm once`, async ({ browser }) => {
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
    await page.goto(path(lang));
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('next-event').click();
    await expect(page.getByTestId('event-card')).toHaveAttribute('data-event-id', events[0].id);
    await page.getByTestId('lang-switch').locator(`[data-lang="${lang === 'en' ? 'zh' : 'en'}"]`).click();
    expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    // Compiled from the top of <head> (prerender.rs, compile_early), and not fetched a second time.
    expect(wasm).toHaveLength(1);
    expect(await page.evaluate(async () => (await (window as any).explainerWasm) instanceof WebAssembly.Module)).toBe(true);
    await context.close();
  });
}

test('hydration does not shift the layout (CLS under 0.05)', async ({ browser }) => {
  for (const lang of LANGS) {
    const context = await browser.newContext({ locale: lang, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as any).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path(lang));
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('lang2-toggle').click();
    await expect(page.getByTestId('lang2-toggle')).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => (window as any).cls), lang).toBeLessThan(0.05);
    await context.close();
  }
});

test('a requested state that differs from the prerendered one switches without errors', async ({ page }) => {
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
