// The article view: every sentence in the original and the reader's language, side by side on wide screens
// and interleaved on phones; cited sentences marked and leading to what cites them; "Read in the article"
// from an event card and an org node; `#sentence-<id>` deep links.
import { expect, test, type Page } from '@playwright/test';
import { events, organizations, people, sentences } from './data';
import { ExplainerPage, LANGS } from './page';

/** What cites each sentence, from the story's data: events, organizations (their own sources and their work's), people. */
const citers = (id: string) => [
  ...events.filter((e) => e.sources.includes(id)).map((e) => `event:${e.id}`),
  ...organizations.filter((o) => o.sources.includes(id) || (o.work ?? []).some((w) => w.sources.includes(id))).map((o) => `org:${o.id}`),
  ...people.filter((p) => p.sources.includes(id)).map((p) => `person:${p.id}`),
];
const cited = sentences.filter((s) => citers(s.id).length > 0);
const uncited = sentences.filter((s) => citers(s.id).length === 0);
const forumSentence = 'p12-s1';

async function noHorizontalOverflow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe('article view', () => {
  for (const lang of LANGS) {
    test(`the whole article in the original and in ${lang}, from the Article tab`, async ({ page }) => {
      const explainer = new ExplainerPage(page);
      await explainer.open(`?lang=${lang}`);
      await explainer.viewButton('article').click();
      await expect(explainer.viewButton('article')).toHaveAttribute('aria-pressed', 'true');
      await expect(explainer.articleView()).toBeVisible();
      await expect(explainer.timeline()).toHaveCount(0);
      await expect(page.getByTestId('skip-link'), 'no skip link to a timeline that is not there').toHaveCount(0);
      for (const s of sentences) {
        const copies = explainer.articleView().locator(`[data-sentence-id="${s.id}"]`);
        await expect(copies.locator('xpath=self::*[ancestor::p[@lang="ko"]]')).toContainText(s.text.ko);
        if (lang !== 'ko') await expect(copies.locator(`xpath=self::*[ancestor::p[@lang="${lang}"]]`)).toContainText(s.text[lang]);
        await expect(copies).toHaveCount(lang === 'ko' ? 1 : 2);
      }
      await expect(page.getByTestId('article-reporter')).toHaveText(people.find((p) => p.id === 'yoon-sung-kyu')!.name[lang]);
    });
  }

  test('side by side at 1280 px, interleaved at 375 px, without horizontal overflow', async ({ browser }) => {
    for (const [width, sideBySide] of [[1280, true], [375, false]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await new ExplainerPage(page).open('?lang=en&view=article');
      const row = page.locator('.paragraph-row').nth(2);
      const ko = (await row.locator('p[lang="ko"]').boundingBox())!;
      const en = (await row.locator('p[lang="en"]').boundingBox())!;
      if (sideBySide) {
        expect(Math.abs(ko.y - en.y), 'same row').toBeLessThan(2);
        expect(en.x).toBeGreaterThan(ko.x + ko.width);
      } else {
        expect(en.y, 'the translation under the original').toBeGreaterThanOrEqual(ko.y + ko.height);
      }
      await noHorizontalOverflow(page);
      await context.close();
    }
  });

  test('a second language adds a third column', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en&lang2=zh&view=article');
    const row = page.locator('.paragraph-row').first();
    await expect(row.locator('p')).toHaveCount(3);
    await expect(row.locator('p[lang="zh"]')).toContainText(sentences[0].text.zh);
  });

  test('cited sentences are marked, uncited ones are not, and each names what cites it', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en&view=article');
    expect(cited.length).toBeGreaterThan(0);
    for (const s of cited) await expect(explainer.articleSentence(s.id)).toHaveClass(/\bcited\b/);
    for (const s of uncited) await expect(explainer.articleSentence(s.id)).not.toHaveClass(/\bcited\b/);
    const s = cited[0];
    await explainer.articleSentence(s.id).click();
    await expect(page).toHaveURL(new RegExp(`#sentence-${s.id}$`));
    await expect(explainer.articleSentence(s.id)).toHaveClass(/\bhighlighted\b/);
    const listed = await explainer.citedBy().locator('[data-event-id], [data-node-id], [data-testid="cited-person"]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-event-id') ? `event:${el.getAttribute('data-event-id')}`
        : el.getAttribute('data-node-id') ? `org:${el.getAttribute('data-node-id')}` : 'person'));
    expect(listed.filter((c) => c !== 'person')).toEqual(citers(s.id).filter((c) => !c.startsWith('person')));
    expect(listed.filter((c) => c === 'person')).toHaveLength(citers(s.id).filter((c) => c.startsWith('person')).length);
  });

  test('from a cited sentence to its event, and to its organization', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const event = events.find((e) => e.sources.includes(forumSentence))!;
    await explainer.open(`?lang=en#sentence-${forumSentence}`);
    await explainer.citedBy().locator(`[data-event-id="${event.id}"]`).click();
    await explainer.expectShown(event.id);
    await expect(explainer.articleView()).toHaveCount(0);
    await explainer.open(`?lang=en#sentence-${forumSentence}`);
    const org = await explainer.citedBy().getByTestId('cited-org').first().getAttribute('data-node-id');
    await explainer.citedBy().getByTestId('cited-org').first().click();
    await expect(explainer.nodeBox(org!)).toHaveClass(/selected/);
    await expect(page).toHaveURL(new RegExp(`#node-${org}$`));
  });

  test('the keyboard opens a cited sentence too', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=zh&view=article');
    await explainer.articleSentence(cited[1].id).focus();
    await page.keyboard.press('Enter');
    await expect(explainer.citedBy()).toHaveAttribute('data-sentence-id', cited[1].id);
  });

  test('"Read in the article" from an event card opens the article at that sentence, highlighted', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    const explainer = new ExplainerPage(page);
    const event = events[events.length - 3];
    const source = event.sources[event.sources.length - 1];
    await explainer.open(`?lang=en#event-${event.id}`);
    await explainer.sourcesToggle().click();
    await explainer.sources().locator(`[data-sentence-id="${source}"] [data-testid="source-link"]`).click();
    await expect(explainer.articleView()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#sentence-${source}$`));
    const target = explainer.articleSentence(source);
    await expect(target).toHaveClass(/\bhighlighted\b/);
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
    await page.goBack();
    await explainer.expectShown(event.id);
  });

  test('"Read in the article" from an organization opens its sentence', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const org = organizations.find((o) => o.id === 'team-environment')!;
    await explainer.open(`?lang=ko#node-${org.id}`);
    await explainer.orgDetails().getByTestId('sources-toggle').click();
    await explainer.orgDetails().getByTestId('source-link').first().click();
    await expect(explainer.articleSentence(org.sources[0])).toBeFocused();
    await expect(explainer.articleSentence(org.sources[0])).toHaveClass(/\bhighlighted\b/);
  });

  test('#sentence-<id> deep links, at load and on hashchange; unknown ids change nothing', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const last = sentences[sentences.length - 1].id;
    await explainer.open(`?lang=zh#sentence-${last}`);
    await expect(explainer.articleSentence(last)).toHaveClass(/\bhighlighted\b/);
    await expect(explainer.articleSentence(last)).toBeInViewport();
    await page.evaluate(() => { location.hash = '#sentence-p2-s1'; });
    await expect(explainer.articleSentence('p2-s1')).toHaveClass(/\bhighlighted\b/);
    await expect(explainer.articleSentence(last)).not.toHaveClass(/\bhighlighted\b/);
    await explainer.open('?lang=en#sentence-%3Cimg%20src%3Dx%3E');
    await explainer.expectShown(null);
    await expect(explainer.articleView()).toHaveCount(0);
  });

  test('leaving the article view names the event again in the URL', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${events[2].id}`);
    await explainer.viewButton('article').click();
    await explainer.articleSentence(cited[0].id).click();
    await expect(page).toHaveURL(new RegExp(`#sentence-${cited[0].id}$`));
    await explainer.viewButton('timeline').click();
    await expect(page).toHaveURL(new RegExp(`#event-${events[2].id}$`));
    await explainer.expectShown(events[2].id);
  });
});
