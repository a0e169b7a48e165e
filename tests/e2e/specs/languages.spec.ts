// Reading the story in each language: the switch, ?lang=, the browser's language and the saved choice.
import { expect, test } from '@playwright/test';
import { article, events } from './data';
import { ExplainerPage, LANGS } from './page';

test.describe('languages', () => {
  for (const lang of LANGS) {
    test(`?lang=${lang} shows the headline, events and <html lang> in ${lang}`, async ({ page }) => {
      const explainer = new ExplainerPage(page);
      await explainer.open(`?lang=${lang}`);
      await expect(explainer.headline()).toHaveText(article.headline[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(article.headline[lang]);
      await expect(explainer.langButton(lang)).toHaveAttribute('aria-pressed', 'true');
      await expect(explainer.events()).toHaveCount(events.length);
      await expect(explainer.events().first().locator('h3')).toHaveText(events[0].headline[lang]);
    });
  }

  test('the switch changes every text and the choice survives a reload', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('');
    for (const lang of ['zh', 'ko', 'en'] as const) {
      await explainer.chooseLang(lang);
      await expect(explainer.headline()).toHaveText(article.headline[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(explainer.events().last().locator('h3')).toHaveText(events[events.length - 1].headline[lang]);
    }
    await explainer.chooseLang('zh');
    await page.reload();
    await expect(explainer.headline()).toHaveText(article.headline.zh);
  });

  test('without ?lang= the browser language decides', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const explainer = new ExplainerPage(await context.newPage());
    await explainer.open('');
    await expect(explainer.headline()).toHaveText(article.headline.zh);
    await context.close();
  });

  test('an unknown language falls back instead of breaking the page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const explainer = new ExplainerPage(await context.newPage());
    await explainer.open('?lang=%3Cscript%3Exx');
    await expect(explainer.headline()).toHaveText(article.headline.ko);
    await expect(explainer.events()).toHaveCount(events.length);
    await context.close();
  });

  test('dates are written per language, with the time zone named', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const timed = events.findIndex((e) => e.when.date === '2015-11-04T10:10');
    test.skip(timed < 0, 'the story has no event at 2015-11-04T10:10');
    const date = explainer.events().nth(timed).locator('time');
    await explainer.open('?lang=en');
    await expect(date).toHaveText('Nov 4, 2015, 10:10 AM (Beijing time, UTC+8)');
    await explainer.chooseLang('ko');
    await expect(date).toHaveText('2015년 11월 4일 오전 10:10 (베이징 현지시각, UTC+8)');
    await explainer.chooseLang('zh');
    await expect(date).toHaveText('2015年11月4日 上午10:10（北京时间，UTC+8）');
  });

  test('inferred and planned events say so in words', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    for (const [i, event] of events.entries()) {
      const label = explainer.events().nth(i).locator('.status-label');
      if (event.when.status === 'stated') await expect(label).toHaveCount(0);
      else await expect(label).toHaveText(event.when.status === 'inferred' ? 'Inferred' : 'Planned');
    }
  });

  test('loads with no console errors and no failed requests', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    await new ExplainerPage(page).open('?lang=en');
    expect(problems).toEqual([]);
  });
});
