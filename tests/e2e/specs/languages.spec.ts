// Reading the story in each language: the switch, ?lang=, the browser's language, the saved choice,
// dates per locale, and the side-by-side second language.
import { expect, test } from '@playwright/test';
import { article, events, ids } from './data';
import { ExplainerPage, LANGS } from './page';

test.describe('languages', () => {
  for (const lang of LANGS) {
    test(`?lang=${lang} shows the page, its labels and <html lang> in ${lang}`, async ({ page }) => {
      const explainer = new ExplainerPage(page);
      await explainer.open(`?lang=${lang}#event-${ids[0]}`);
      await expect(explainer.headline()).toHaveText(article.headline[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(article.headline[lang]);
      await expect(explainer.langButton(lang)).toHaveAttribute('aria-pressed', 'true');
      await expect(explainer.card().locator('h2')).toHaveText(events[0].headline[lang]);
      await expect(explainer.markers()).toHaveCount(events.length);
      // Every marker is named in the reader's language.
      await expect(explainer.marker(ids[0])).toHaveAttribute('aria-label', new RegExp(events[0].headline[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    });
  }

  test('the switch changes every text, keeps the event and keeps focus; the choice survives a reload', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`#event-${ids[3]}`);
    for (const lang of ['zh', 'ko', 'en'] as const) {
      await explainer.chooseLang(lang);
      await expect(explainer.langButton(lang)).toBeFocused();
      await explainer.expectShown(ids[3]);
      await expect(explainer.headline()).toHaveText(article.headline[lang]);
      await expect(explainer.card().locator('h2')).toHaveText(events[3].headline[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    }
    await explainer.chooseLang('zh');
    await page.reload();
    await expect(explainer.headline()).toHaveText(article.headline.zh);
  });

  test('from the root page, each language in turn loads its texts from the one folder', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    await explainer.open('?lang=ko');
    for (const lang of ['en', 'zh', 'ko'] as const) {
      await explainer.chooseLang(lang);
      await expect(explainer.headline()).toHaveText(article.headline[lang]);
    }
    expect(failed).toEqual([]);
  });

  test('a texts file that is not one (a proxy\'s error page) leaves the page the working static explainer, with a warning', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.route('**/text/ko.*.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>Gateway timeout</body></html>' }));
    await page.goto('/?lang=ko');
    await expect.poll(() => warnings.join('\n')).toMatch(/text\/ko\.[0-9a-f]+\.json: not a JSON array/);
    await expect(page.locator('html')).not.toHaveAttribute('data-ready');
    const explainer = new ExplainerPage(page);
    await explainer.start().click();
    await explainer.expectShown(events[0].id);
    await expect(explainer.card().locator('h2')).toHaveText(events[0].headline.ko);
  });

  test('a language whose texts come cut short is read on its own page instead, where the reader is by then, query kept', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    // The texts are held until the reader has stepped on, then come cut inside a string: one character past
    // an opening or closing quote half-way through. Only the first request: the English page the reader is
    // then taken to fetches its texts as they are (a handler still reading when the test ends would fail it).
    let release!: () => void;
    const stepped = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/text/en.*.json', async (route) => {
      const whole = await (await route.fetch()).text();
      await stepped;
      await route.fulfill({ status: 200, contentType: 'application/json', body: whole.slice(0, whole.indexOf('"', whole.length >> 1) + 2) });
    }, { times: 1 });
    const explainer = new ExplainerPage(page);
    // Opened at an event by ?event=: the fragment says where the reader is, and that page is not sent back.
    await explainer.open(`?lang=ko&view=timeline&event=${events[2].id}`);
    await explainer.langButton('en').click();
    await explainer.next().click();
    await explainer.expectShown(events[3].id);
    release();
    await expect(page).toHaveURL(new RegExp(`/en/\\?lang=en&view=timeline#event-${events[3].id}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(explainer.card().locator('h2')).toHaveText(events[3].headline.en);
    expect(warnings.join('\n')).toMatch(/text\/en\.[0-9a-f]+\.json: (not JSON|an item is not a string)/);
  });

  test('without ?lang= the browser language decides', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const explainer = new ExplainerPage(await context.newPage());
    await explainer.open('');
    await expect(explainer.headline()).toHaveText(article.headline.zh);
    await context.close();
  });

  test('/en/ and /zh/ keep their language whatever the browser says; ?lang= still wins', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const explainer = new ExplainerPage(await context.newPage());
    await explainer.open('zh/');
    await expect(explainer.headline()).toHaveText(article.headline.zh);
    await explainer.open('en/');
    await expect(explainer.headline()).toHaveText(article.headline.en);
    await explainer.open('en/?lang=ko');
    await expect(explainer.headline()).toHaveText(article.headline.ko);
    await context.close();
  });

  test('an unknown language falls back to Korean instead of breaking the page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const explainer = new ExplainerPage(await context.newPage());
    await explainer.open('?lang=%3Cscript%3Exx&lang2=zz');
    await expect(explainer.headline()).toHaveText(article.headline.ko);
    await expect(explainer.markers()).toHaveCount(events.length);
    await context.close();
  });

  test('dates are written per language, with the time zone named', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const timed = events.find((e) => e.when.date === '2015-11-04T10:10');
    test.skip(!timed, 'the story has no event at 2015-11-04T10:10');
    await explainer.open(`?lang=en#event-${timed!.id}`);
    const date = explainer.card().locator('.card-date time');
    await expect(date).toHaveText('Nov 4, 2015, 10:10 AM (Beijing time, UTC+8)');
    await explainer.chooseLang('ko');
    await expect(date).toHaveText('2015년 11월 4일 오전 10:10 (베이징 현지시각, UTC+8)');
    await explainer.chooseLang('zh');
    await expect(date).toHaveText('2015年11月4日 上午10:10（北京时间，UTC+8）');
    await explainer.chooseLang('en');
    await explainer.zoom().click();
    await explainer.marker(ids[0]).click();
    await expect(date).toHaveText(events[0].when.date.slice(0, 4));
  });

  test('?lang=en&lang2=ko shows every text of the card in both languages; the control turns it off and on', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en&lang2=ko#event-${ids[6]}`);
    const headline = explainer.card().locator('h2');
    await expect(headline.locator('[lang=en]')).toHaveText(events[6].headline.en);
    await expect(headline.locator('[lang=ko]')).toHaveText(events[6].headline.ko);
    await expect(explainer.card().locator('.card-text [lang=ko]')).toHaveText(events[6].text.ko);
    await expect(explainer.lang2Toggle()).toHaveAttribute('aria-pressed', 'true');
    await explainer.lang2Toggle().click();
    await expect(explainer.card().locator('.secondary')).toHaveCount(0);
    await expect(explainer.lang2Toggle()).toHaveAttribute('aria-pressed', 'false');
    await explainer.lang2Toggle().click();
    await expect(headline.locator('[lang=ko]')).toHaveText(events[6].headline.ko);
  });

  test('loads with no console errors and no failed requests', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    const explainer = new ExplainerPage(page);
    // The English page itself: `/?lang=en` is a move there, whose first request the browser drops.
    await explainer.open('en/');
    await explainer.next().click();
    await explainer.expectShown(ids[0]);
    expect(problems).toEqual([]);
  });
});
