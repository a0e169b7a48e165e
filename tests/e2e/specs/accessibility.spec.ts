// Everyone can read it: axe finds no WCAG 2.2 AA violation in any view × language × theme, in the embed
// dialog or in embed mode; a skip link; a keyboard-only walk; visible focus; target sizes; reduced motion;
// the printed page.
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { events, ids } from './data';
import { ExplainerPage, LANGS, pagePath } from './page';

const axePath = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

/** Runs axe (injected past the CSP, which the context bypasses) and returns its violations, summarised. */
async function violations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const lang of LANGS) {
    test(`axe: no violations in every view, ${lang}, ${theme}`, async ({ browser }) => {
      const context = await browser.newContext({ bypassCSP: true, colorScheme: theme });
      const page = await context.newPage();
      const explainer = new ExplainerPage(page);
      for (const [view, hash] of [['both', `#event-${ids[6]}`], ['timeline', `#event-${ids[0]}`], ['org', '#node-team-environment']]) {
        await explainer.open(`?lang=${lang}&view=${view}&lang2=${lang === 'ko' ? 'en' : 'ko'}${hash}`);
        if (view !== 'org') await explainer.sourcesToggle().click();
        expect(await violations(page), `${view}`).toEqual([]);
      }
      // The article view with a sentence highlighted and what cites it, and the search with its results.
      await explainer.open(`?lang=${lang}&lang2=${lang === 'ko' ? 'en' : 'ko'}#sentence-p12-s1`);
      await expect(page.getByTestId('cited-by')).toBeVisible();
      await page.getByTestId('search').fill(lang === 'zh' ? '北京' : lang === 'ko' ? '베이징' : 'Beijing');
      await expect(page.getByTestId('search-result').first()).toBeVisible();
      await page.getByTestId('search').press('ArrowDown');
      expect(await violations(page), 'article and search').toEqual([]);
      await context.close();
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations on the static page (wasm blocked) in each language and state, ${theme}`, async ({ browser }) => {
    test.setTimeout(90_000); // fifteen pages, each checked in full
    const context = await browser.newContext({ bypassCSP: true, colorScheme: theme });
    const page = await context.newPage();
    await page.route('**/*.wasm', (route) => route.abort());
    const explainer = new ExplainerPage(page);
    for (const lang of LANGS) {
      for (const hash of ['', `#event-${ids[6]}`, '#node-team-environment', '#sentence-p12-s1', '#view-org']) {
        await page.goto(`${pagePath(lang)}${hash}`);
        if (hash.startsWith('#event')) await explainer.sourcesToggle().click();
        expect(await violations(page), `${lang} ${hash}`).toEqual([]);
      }
    }
    await context.close();
  });
}

test('axe: no violations in the embed dialog and in embed mode', async ({ browser }) => {
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ bypassCSP: true, colorScheme: theme });
    const page = await context.newPage();
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await page.getByTestId('embed-button').click();
    await expect(page.getByTestId('embed-dialog')).toBeVisible();
    expect(await violations(page), `dialog ${theme}`).toEqual([]);
    await explainer.open(`?embed=1&lang=zh#event-${ids[1]}`);
    expect(await violations(page), `embed ${theme}`).toEqual([]);
    await context.close();
  }
});

test('a skip link leads to the timeline', async ({ page }) => {
  const explainer = new ExplainerPage(page);
  await explainer.open('?lang=en');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-link')).toBeFocused();
  await expect(page.getByTestId('skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#timeline')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await explainer.expectShown(ids[0]);
});

test('keyboard alone reaches every control in a sensible order, each with a visible focus ring', async ({ page }) => {
  const explainer = new ExplainerPage(page);
  await explainer.open(`?lang=en#event-${ids[0]}`);
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el.matches('[role=treeitem]') ? el.querySelector('.org-box')! : el);
      return { id: el.getAttribute('data-testid') ?? el.getAttribute('data-lang') ?? el.getAttribute('data-view') ?? el.tagName,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    if (!focused) break;
    expect(focused.outline, `focus ring on ${focused.id}`).toBe(true);
    seen.push(focused.id);
  }
  const order = ['skip-link', 'timeline', 'lang2-toggle', 'search', 'prev-event', 'next-event', 'zoom', 'timeline-marker', 'sources-toggle', 'org-node', 'embed-button'];
  const positions = order.map((id) => seen.indexOf(id));
  expect(positions.every((p) => p >= 0), `reached: ${seen.join(', ')}`).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(seen.filter((id) => id === 'timeline-marker')).toHaveLength(1);
  expect(seen.filter((id) => id === 'org-node')).toHaveLength(1);
});

test('every control is at least 24 × 24 px at 320 and 1280 px', async ({ browser }) => {
  for (const width of [320, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await new ExplainerPage(page).open(`?lang=en#event-${ids[6]}`);
    const small = await page.evaluate(() => [...document.querySelectorAll('button, a[href], [role=treeitem] > .org-box')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ el, r }) => (r.width < 24 || r.height < 24) && !el.closest('p'))
      .map(({ el, r }) => `${el.outerHTML.slice(0, 60)} ${r.width}x${r.height}`));
    expect(small, `at ${width}px`).toEqual([]);
    await context.close();
  }
});

test('prefers-reduced-motion: no transition or animation anywhere', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await new ExplainerPage(page).open(`?lang=en#event-${ids[6]}`);
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
    .map((el) => getComputedStyle(el))
    .filter((s) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none').length);
  expect(moving).toBe(0);
  await context.close();
});

test('the printed page holds the whole story and the org chart, without controls', async ({ page }) => {
  const explainer = new ExplainerPage(page);
  await explainer.open('?lang=en');
  await page.emulateMedia({ media: 'print' });
  for (const event of events) await expect(page.locator('.print-only').getByText(event.headline.en, { exact: true })).toBeVisible();
  await expect(page.locator('.print-only time')).toHaveCount(events.length);
  await expect(page.getByTestId('org-chart')).toBeVisible();
  for (const hidden of ['prev-event', 'next-event', 'timeline', 'lang-switch', 'embed-button']) {
    await expect(page.getByTestId(hidden)).toBeHidden();
  }
  await expect(page.locator('.site-footer')).toContainText('SafeToday');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-only')).toBeHidden();
});
