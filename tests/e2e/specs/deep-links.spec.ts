// Deep links: #event-<id> at load and on hashchange, ?event=<id>, the URL following the reader, Back and
// Forward on the standalone page, and nothing added to a host's history inside an iframe.
import { expect, test } from '@playwright/test';
import { ids } from './data';
import { ExplainerPage } from './page';

const hostPort = Number(process.env.E2E_HOST_PORT ?? 4175);

test.describe('deep links', () => {
  test('#event-<id> opens that event at load', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[5]}`);
    await explainer.expectShown(ids[5]);
  });

  test('?event=<id> chooses the first event, and the fragment wins over it', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en&event=${ids[2]}`);
    await explainer.expectShown(ids[2]);
    await expect(page).toHaveURL(new RegExp(`#event-${ids[2]}$`));
    await explainer.open(`?lang=en&event=${ids[2]}#event-${ids[4]}`);
    await explainer.expectShown(ids[4]);
  });

  test('an unknown id opens the title card', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en&event=nope#event-%3Cscript%3E');
    await explainer.expectShown(null);
  });

  test('editing the fragment switches the event', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[0]}`);
    await page.evaluate((id) => { location.hash = `#event-${id}`; }, ids[7]);
    await explainer.expectShown(ids[7]);
  });

  test('moving updates the fragment, and Back / Forward walk through the events visited', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await explainer.next().click();
    await expect(page).toHaveURL(new RegExp(`#event-${ids[0]}$`));
    await explainer.next().click();
    const last = ids[ids.length - 1];
    await explainer.marker(last).click();
    await expect(page).toHaveURL(new RegExp(`#event-${last}$`));
    await page.goBack();
    await explainer.expectShown(ids[1]);
    await page.goBack();
    await explainer.expectShown(ids[0]);
    await page.goBack();
    await explainer.expectShown(null);
    await page.goForward();
    await explainer.expectShown(ids[0]);
  });

  test('inside an iframe on another origin, steps replace the frame URL and add nothing to the host history', async ({ page }) => {
    const app = new URL(page.context()._options.baseURL ?? 'http://127.0.0.1:4173');
    await page.goto(`http://127.0.0.1:${hostPort}/plain-iframe.html?src=${encodeURIComponent(`${app.origin}/?lang=en`)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true');
    const before = await page.evaluate(() => history.length);
    for (let i = 0; i < 3; i++) await frame.getByTestId('next-event').click();
    await expect(frame.getByTestId('event-card')).toHaveAttribute('data-event-id', ids[2]);
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    expect(inner.url()).toMatch(new RegExp(`#event-${ids[2]}$`));
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(page.url()).not.toContain('#');
  });
});
