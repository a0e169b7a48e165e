// Search: finds events, organizations and sentences in each language (the expected items computed from
// data/), opens each kind where it lives, works from the keyboard (`/`, ↑ ↓, Enter, Escape), announces its
// count, and filters the timeline.
import { expect, test } from '@playwright/test';
import { events, organizations, sentences, type Text } from './data';
import { ExplainerPage, type Lang } from './page';

/** Lower-cased and without accents: what the page's matching ignores for Latin text. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ');
const has = (texts: (Text | undefined)[], query: string) =>
  texts.some((t) => t && (['ko', 'en', 'zh'] as const).some((l) => fold(t[l]).includes(fold(query))));
/** What a search should find, in story order, as `kind:id`. */
const expected = (query: string) => [
  ...events.filter((e) => has([e.headline, e.text], query)).map((e) => `event:${e.id}`),
  ...organizations.filter((o) => has([o.name, o.description, o.members_note, ...(o.work ?? []).map((w) => w.text)], query)).map((o) => `org:${o.id}`),
  ...sentences.filter((s) => has([s.text], query)).map((s) => `sentence:${s.id}`),
];

const queries: [Lang, string][] = [['ko', '환경팀'], ['en', 'environment team'], ['zh', '环境组'], ['en', 'ZHONGGUANCUN'], ['ko', '베이징'], ['zh', '朴元淳']];

test.describe('search', () => {
  for (const [lang, query] of queries) {
    test(`"${query}" in ${lang} finds what the data holds, each with its kind, and announces the count`, async ({ page }) => {
      const explainer = new ExplainerPage(page);
      await explainer.open(`?lang=${lang}`);
      await explainer.search().fill(query);
      const want = expected(query);
      expect(want.length).toBeGreaterThan(0);
      await expect(explainer.results()).toHaveCount(want.length);
      await expect(explainer.searchStatus()).toContainText(String(want.length));
      const kinds = await explainer.results().evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
      expect(kinds).toEqual(want.map((w) => w.split(':')[0]));
      await expect(explainer.search()).toHaveAttribute('aria-expanded', 'true');
    });
  }

  test('the other languages are loaded once the field is focused, and searched too', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const texts: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/text/')) texts.push(new URL(r.url()).pathname.split('/').pop()!.split('.')[0]); });
    await explainer.open('?lang=ko');
    expect(texts).toEqual(['ko']);
    // An English query on the Korean page: found in the English texts, shown in Korean.
    await explainer.search().fill('environment team');
    const want = expected('environment team');
    await expect(explainer.results()).toHaveCount(want.length);
    expect([...texts].sort()).toEqual(['en', 'ko', 'zh']);
    const [kind, id] = want[0].split(':');
    expect(kind).toBe('event');
    await expect(explainer.results().first()).toContainText(events.find((e) => e.id === id)!.headline.ko);
  });

  test('Latin text matches without case or accents; nothing found is said', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await explainer.search().fill('séoul');
    const count = expected('seoul').length;
    await expect(explainer.results()).toHaveCount(count);
    await explainer.search().fill('SEOUL');
    await expect(explainer.results()).toHaveCount(count);
    await explainer.search().fill('qqqzzz');
    await expect(explainer.results()).toHaveCount(0);
    await expect(explainer.searchStatus()).toHaveText('No results');
  });

  test('/ focuses the field, ↓ ↓ Enter opens the second result, Escape clears', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await page.locator('body').press('/');
    await expect(explainer.search()).toBeFocused();
    await expect(explainer.search()).toHaveValue('');
    await page.keyboard.type('forum');
    const want = expected('forum');
    await expect(explainer.results()).toHaveCount(want.length);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(explainer.results().nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(explainer.search()).toHaveAttribute('aria-activedescendant', 'search-result-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(explainer.results().last()).toHaveAttribute('aria-selected', 'true', { timeout: 2000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const [kind, id] = want[1].split(':');
    expect(kind).toBe('event');
    await explainer.expectShown(id);
    await expect(explainer.search()).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Escape');
    await expect(explainer.search()).toHaveValue('');
    await expect(explainer.searchStatus()).toHaveText('');
  });

  test('the result ↓ moved to stays the one Enter opens when the other languages arrive meanwhile', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    // The Chinese texts, which the English page loads once the field is focused, held back until the reader
    // has moved to the second result.
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/text/zh.*.json', async (route) => { await held; await route.continue(); }, { times: 1 });
    await explainer.open('?lang=en');
    await explainer.search().fill('forum');
    const want = expected('forum');
    expect(want.length).toBeGreaterThan(1);
    await expect(explainer.results()).toHaveCount(want.length);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(explainer.results().nth(1)).toHaveAttribute('aria-selected', 'true');
    release();
    // The texts are read, and the query runs again over them, in the tasks that end their download.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/text\/zh\./.test(e.name)));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(explainer.results()).toHaveCount(want.length);
    await expect(explainer.results().nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(explainer.search()).toHaveAttribute('aria-activedescendant', 'search-result-1');
    await page.keyboard.press('Enter');
    await explainer.expectShown(want[1].split(':')[1]);
  });

  test('/ typed into the field is text, not the shortcut', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await explainer.search().fill('2015/11');
    await expect(explainer.search()).toHaveValue('2015/11');
  });

  test('each kind opens where it lives: an event, an organization, a sentence', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en&view=timeline');
    await explainer.search().fill('environment team');
    await page.locator('[data-testid="search-result"][data-kind="org"]').first().click();
    await expect(explainer.orgChart()).toBeVisible();
    await expect(explainer.nodeBox('team-environment')).toHaveClass(/selected/);
    await explainer.search().fill('environment team');
    await page.locator('[data-testid="search-result"][data-kind="sentence"]').first().click();
    const sentenceId = expected('environment team').find((w) => w.startsWith('sentence:'))!.split(':')[1];
    await expect(explainer.articleSentence(sentenceId)).toHaveClass(/\bhighlighted\b/);
    await expect(page).toHaveURL(new RegExp(`#sentence-${sentenceId}$`));
    await explainer.search().fill('environment team');
    await page.locator('[data-testid="search-result"][data-kind="event"]').first().click();
    const eventId = expected('environment team').find((w) => w.startsWith('event:'))!.split(':')[1];
    await explainer.expectShown(eventId);
  });

  test('the timeline filters to the matching events, and the steps go through them alone', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await explainer.search().fill('forum');
    const matching = expected('forum').filter((w) => w.startsWith('event:')).map((w) => w.split(':')[1]);
    expect(matching.length).toBeGreaterThan(1);
    await page.getByTestId('search-filter').click();
    await expect(page.getByTestId('search-filter')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.marker.filtered-out')).toHaveCount(events.length - matching.length);
    for (const id of matching) await expect(explainer.marker(id)).not.toHaveClass(/filtered-out/);
    await explainer.next().click();
    await explainer.expectShown(matching[0]);
    await explainer.next().click();
    await explainer.expectShown(matching[1]);
    // Another query refilters; clearing the field lifts the filter.
    await explainer.search().fill('sister');
    await expect(page.locator('.marker:not(.filtered-out)')).toHaveCount(expected('sister').filter((w) => w.startsWith('event:')).length);
    await explainer.search().press('Escape');
    await expect(page.locator('.marker.filtered-out')).toHaveCount(0);
  });
});
