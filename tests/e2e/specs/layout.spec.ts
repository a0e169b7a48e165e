// The page at every width: a phone's compact header (its height measured, no label wrapping inside its
// button), organization names that break between words and never inside one, one-line badges.
import { expect, test, type Page } from '@playwright/test';
import { LANGS, pagePath } from './page';

/** The words of the elements' text that take more than one line (broken inside), and how many were seen. */
const brokenWords = (page: Page, selector: string) =>
  page.locator(selector).filter({ visible: true }).evaluateAll((elements) => {
    const broken: string[] = [];
    let words = 0;
    for (const el of elements) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
          words++;
          const range = document.createRange();
          range.setStart(text, match.index!);
          range.setEnd(text, match.index! + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return { broken, words };
  });


for (const mode of ['app', 'no JavaScript'] as const) {
  test.describe(`layout (${mode})`, () => {
    test.use({ javaScriptEnabled: mode === 'app' });

    for (const lang of LANGS) {
      test(`at 375 px the header is three rows at most, no label wrapping (${lang})`, async ({ page }) => {
        await page.setViewportSize({ width: 375, height: 800 });
        await page.goto(pagePath(lang));
        if (mode === 'app') await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        const header = page.locator('.site-header').filter({ visible: true });
        const height = await header.evaluate((h) => h.getBoundingClientRect().height);
        // Three rows of 44 px controls and their gaps (four rows, 211 px, before).
        expect(height).toBeLessThanOrEqual(150);
        for (const control of await header.locator('.view-switch > *, .lang-switch > *').filter({ visible: true }).all()) {
          expect(await control.evaluate((c) => c.getBoundingClientRect().height)).toBeLessThanOrEqual(48);
        }
        await expect(page.getByTestId('headline').filter({ visible: true })).toBeInViewport();
      });
    }

    for (const width of [320, 768, 1280]) {
      test(`at ${width} px no organization's name breaks inside a word, no badge wraps`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('/en/#view-org');
        if (mode === 'app') await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        await expect(page.getByTestId('org-chart').filter({ visible: true })).toBeVisible();
        const { broken, words } = await brokenWords(page, '.org-name');
        expect(words).toBeGreaterThan(20);
        expect(broken).toEqual([]);
        // How many lines each badge's text takes.
        const badges = await page.locator('.org-founded').filter({ visible: true }).evaluateAll((all) =>
          all.map((b) => {
            const range = document.createRange();
            range.selectNodeContents(b);
            return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
          }));
        expect(badges.length).toBeGreaterThan(0);
        expect(badges.every((n) => n === 1)).toBe(true);
      });
    }
  });
}

test('the organizations outside the chart\'s structure say what they are, and only they', async ({ page }) => {
  const { organizations } = await import('./data');
  const apart = organizations.filter((o) => !o.parent && !organizations.some((c) => c.parent === o.id)).map((o) => o.id);
  expect(apart.length).toBeGreaterThan(0);
  await page.goto('/en/#view-org');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const marked = await page.locator('[data-testid="org-node"]:has(> .org-box [data-testid="org-apart"])').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node-id')));
  expect(marked.sort()).toEqual([...apart].sort());
  await expect(page.locator('[data-testid="org-node"][data-node-id="integration-committee"] > .org-box [data-testid="org-apart"]')).toHaveCount(0);
});

test('at 375 px each language beside each other never scrolls sideways in the article', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const lang of LANGS) {
    for (const lang2 of LANGS.filter((l) => l !== lang)) {
      // The article view side by side: every sentence of the article in both languages.
      await page.goto(`${pagePath(lang)}?lang=${lang}&lang2=${lang2}&view=article`);
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await expect(page.getByTestId('article-view')).toBeVisible();
      await expect(page.locator(`.article-view [lang="${lang2}"]`).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} beside ${lang2}`).toBeLessThanOrEqual(375);
    }
  }
});
