// Any story, in its own languages: each shape of story is built from its fixture (tests/fixtures/<name>,
// `make fixture-dists`), and the story in data/ from `make dist`, and read as a reader would, with the app,
// with the wasm blocked and with JavaScript off. What the page offers (languages, labels, <html lang>, the
// root page) comes from the story's data.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExplainerPage } from './page';

const base = `http://127.0.0.1:${process.env.E2E_STORIES_PORT ?? 4176}`;
const dist = `http://127.0.0.1:${process.env.E2E_DIST_PORT ?? 4177}/`;
type Texts = Record<string, string>;
const read = (dir: string, file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${dir}/${file}`, import.meta.url)), 'utf8'));
/** A story's data (in `dir`, from the repository's root) and the address of its root page. */
const story = (name: string, dir: string, url: string) => {
  const article = read(dir, 'article.json') as { languages: string[]; original?: string; headline: Texts };
  const events = read(dir, 'events.json').events as { id: string; headline: Texts }[];
  return { name, url, article, events, original: article.original ?? article.languages[0], languages: article.languages };
};
const SHAPES = ['one-language', 'korean-english', 'japanese-english'].map((name) => story(name, `tests/fixtures/${name}`, `${base}/${name}/`));
const root = (name: string) => `${base}/${name}/`;

/** The languages the visible switch offers, in order. */
const offered = (page: Page) =>
  page.getByTestId('lang-switch').filter({ visible: true }).locator('[data-lang]').evaluateAll((links) => links.map((l) => l.getAttribute('data-lang')));

for (const mode of ['app', 'wasm blocked', 'no JavaScript'] as const) {
  test.describe(`stories (${mode})`, () => {
    test.use({ javaScriptEnabled: mode !== 'no JavaScript' });
    test.beforeEach(async ({ page }) => {
      if (mode === 'wasm blocked') await page.route('**/*.wasm', (route) => route.abort());
    });

    for (const { name, url, article, events, original, languages } of [...SHAPES, story('data/', 'data', dist)]) {
      test(`${name}: the root page is in the original, offering the story's languages only`, async ({ page }) => {
        await page.goto(`${url}?lang=${original}`);
        if (mode === 'app') await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        const explainer = new ExplainerPage(page);
        await expect(page.locator('html')).toHaveAttribute('lang', original);
        await expect(explainer.headline().filter({ visible: true })).toHaveText(article.headline[original]);
        if (languages.length === 1) {
          await expect(page.getByTestId('lang-switch')).toHaveCount(0);
          await expect(page.getByTestId('lang2-toggle')).toHaveCount(0);
        } else {
          expect(await offered(page)).toEqual(languages);
        }
        await explainer.start().click();
        await explainer.expectShown(events[0].id);
        await expect(explainer.card().locator('h2')).toHaveText(events[0].headline[original]);
      });
    }

    test('a translation is read in its own language, with the original first and labelled beside it', async ({ page }) => {
      const { name, events } = SHAPES[2];
      const explainer = new ExplainerPage(page);
      await page.goto(`${root(name)}en/#event-${events[1].id}`);
      if (mode === 'app') await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(explainer.card().locator('h2')).toHaveText(events[1].headline.en);
      await explainer.sourcesToggle().click();
      const paragraphs = explainer.sources().locator('.source').first().locator('p');
      await expect(paragraphs).toHaveCount(2);
      await expect(paragraphs.nth(0)).toHaveAttribute('lang', 'ja');
      await expect(paragraphs.nth(0).locator('.original-label')).toHaveText('Original');
      await expect(paragraphs.nth(1)).toHaveAttribute('lang', 'en');
    });

    test('Japanese: the interface and its dates in Japanese', async ({ page }) => {
      const { name, events } = SHAPES[2];
      const explainer = new ExplainerPage(page);
      await page.goto(`${root(name)}?lang=ja#event-${events[1].id}`);
      if (mode === 'app') await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(explainer.card().locator('.card-date time')).toHaveText('2024年4月1日 午後2:15（日本時間、UTC+9）');
      await expect(explainer.next()).toHaveAttribute('aria-label', '次の出来事');
      await expect(explainer.sourcesToggle()).toHaveText('記事の原文を表示');
    });

    test('one language: the sentences stand alone, unlabelled, and the article is not called a translation', async ({ page }) => {
      const { name, events } = SHAPES[0];
      const explainer = new ExplainerPage(page);
      await page.goto(`${root(name)}#event-${events[0].id}`);
      if (mode === 'app') await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await explainer.sourcesToggle().click();
      await expect(explainer.sources().locator('.source p')).toHaveCount(1);
      await expect(explainer.sources().locator('.original-label')).toHaveCount(0);
      await explainer.viewButton('article').click();
      await expect(page.locator('#article-title')).toHaveText('The article');
    });
  });
}

test.describe('stories: the reader\'s language', () => {
  test('a browser in a language the story has goes to its page; in one it lacks, stays on the original', async ({ browser }) => {
    for (const [locale, name, expected] of [['en-US', 'korean-english', 'en/'], ['zh-CN', 'japanese-english', ''], ['ko-KR', 'one-language', '']]) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(root(name));
      await expect(page).toHaveURL(`${root(name)}${expected}`);
      await context.close();
    }
  });

  test('switching language in the app loads that language and translates everything in place', async ({ page }) => {
    const { name, article, events } = SHAPES[2];
    const explainer = new ExplainerPage(page);
    const loaded: string[] = [];
    page.on('request', (request) => { if (request.url().includes('/text/')) loaded.push(new URL(request.url()).pathname); });
    await page.goto(`${root(name)}?lang=ja#event-${events[1].id}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(loaded.map((p) => p.split('/').pop()!.split('.')[0])).toEqual(['ja']);
    await explainer.langButton('en' as never).click();
    await expect(explainer.headline()).toHaveText(article.headline.en);
    await expect(explainer.card().locator('h2')).toHaveText(events[1].headline.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(`${root(name)}en/#event-${events[1].id}`); // ?lang= is dropped once chosen
    expect(loaded.map((p) => p.split('/').pop()!.split('.')[0])).toEqual(['ja', 'en']);
    // Side by side with the original needs nothing more.
    await explainer.lang2Toggle().click();
    await expect(explainer.card().locator('h2 .secondary')).toHaveAttribute('lang', 'ja');
    expect(loaded).toHaveLength(2);
  });
});
