// Round trips: TimelineJS sources (tests/import/timeline.json and .csv) imported by `story import` and built
// as any story (`make fixture-dists`: target/fixture-dist/imported-<json|csv>/), then read as a reader would,
// with the app, with the wasm blocked and with JavaScript off: every event with its date, its media's
// caption and credit, the eras on the axis, the groups; no article parts; nothing from the source's HTML runs.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExplainerPage } from './page';

const base = `http://127.0.0.1:${process.env.E2E_STORIES_PORT ?? 4176}`;
type Texts = { en: string };
type Event = { id: string; headline: Texts; display_date?: Texts; media?: { caption?: Texts; credit?: Texts; image?: string; link?: string }; group?: string };
const read = (dir: string, file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../target/imported/${dir}/${file}`, import.meta.url)), 'utf8'));

for (const source of ['json', 'csv'] as const) {
  const events: Event[] = read(source, 'events.json').events;
  const article = read(source, 'article.json') as { headline: Texts; eras?: { label: Texts }[]; groups?: { id: string; name: Texts }[] };
  const url = `${base}/imported-${source}/`;

  for (const mode of ['app', 'wasm blocked', 'no JavaScript'] as const) {
    test.describe(`imported ${source} (${mode})`, () => {
      test.use({ javaScriptEnabled: mode !== 'no JavaScript' });
      const dialogs: string[] = [];
      test.beforeEach(async ({ page }) => {
        if (mode === 'wasm blocked') await page.route('**/*.wasm', (route) => route.abort());
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
      });
      test.afterEach(() => expect(dialogs, 'nothing from the source runs').toEqual([]));

      test('every event is there, in order, with its date, media, caption and credit', async ({ page }) => {
        const explainer = new ExplainerPage(page);
        await page.goto(url);
        if (mode === 'app') await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        await expect(explainer.headline().filter({ visible: true })).toHaveText(article.headline.en);
        // A story without an article: no article view, no org chart, no sources, no view switch.
        await expect(page.getByTestId('view-switch')).toHaveCount(0);
        await expect(page.getByTestId('article-view')).toHaveCount(0);
        await expect(page.getByTestId('org-chart')).toHaveCount(0);
        await explainer.start().click();
        for (const [i, event] of events.entries()) {
          await explainer.expectShown(event.id);
          const card = explainer.card();
          await expect(card.locator('h2')).toHaveText(event.headline.en);
          if (event.display_date) await expect(card.locator('.card-date')).toContainText(event.display_date.en);
          await expect(card.getByTestId('sources')).toHaveCount(0);
          if (event.media?.caption) await expect(card.getByTestId('media-caption')).toHaveText(event.media.caption.en);
          if (event.media?.credit) await expect(card.getByTestId('media-credit')).toHaveText(event.media.credit.en);
          if (event.media?.image?.startsWith('media/')) {
            const image = card.getByTestId('media-image');
            await expect(image).toHaveAttribute('loading', 'lazy');
            await expect(image).toHaveAttribute('width', /^\d+$/);
            await expect(image).toHaveAttribute('height', /^\d+$/);
            // The file is in the build and loads.
            await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
          }
          if (event.group) {
            const name = article.groups!.find((g) => g.id === event.group)!.name.en;
            await expect(card.getByTestId('event-group')).toContainText(name);
          }
          if (i < events.length - 1) await explainer.next().click();
        }
      });

      test('the eras are labelled on the axis', async ({ page }) => {
        await page.goto(url);
        const eras = page.getByTestId('timeline').filter({ visible: true }).getByTestId('era');
        await expect(eras.first()).toBeVisible();
        const labels = await eras.allTextContents();
        for (const label of labels) expect(article.eras!.map((e) => e.label.en)).toContain(label);
      });
    });
  }

  test(`imported ${source}: a group filters the steps`, async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const group = article.groups![0];
    const inGroup = events.filter((e) => e.group === group.id);
    await page.locator(`[data-testid="group-filter"][data-group="${group.id}"]`).click();
    await expect(page.locator(`[data-testid="group-filter"][data-group="${group.id}"]`)).toHaveAttribute('aria-pressed', 'true');
    await explainer.start().click();
    for (const [i, event] of inGroup.entries()) {
      await explainer.expectShown(event.id);
      if (i < inGroup.length - 1) await explainer.next().click();
    }
    // The group's last: no step on, until the filter is lifted.
    await expect(explainer.next()).toHaveAttribute('aria-disabled', 'true');
    await page.locator('[data-testid="group-filter"]:not([data-group])').click();
    await explainer.next().click();
    await expect(explainer.card()).not.toHaveAttribute('data-event-id', inGroup[inGroup.length - 1].id);
  });
}

test('imported json: an image on an origin the story does not list is a link, never fetched', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}/imported-json/#event-a-photo-on-another-site`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const card = new ExplainerPage(page).card();
  await expect(card.getByTestId('media-link')).toHaveAttribute('href', 'https://photos.example.net/quay.jpg');
  await expect(card.getByTestId('media-image')).toHaveCount(0);
  await page.goto(`${base}/imported-json/#event-the-steam-ferry-s-first-crossing`);
  await expect(new ExplainerPage(page).card().getByTestId('media-link')).toHaveText('View on youtube.com');
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
});
