// Sharing a moment: every event has a page of its own (`en/event/<id>/`) whose HTML, without script, names
// the event in its preview tags and opens the explainer at the event; the card's share link uses the Web
// Share API where there is one and the clipboard otherwise, and says so; inside an embed the link names the
// host page, and opening it opens the frame at the event.
import { expect, test } from '@playwright/test';
import { article, events, ids, original } from './data';
import { ExplainerPage } from './page';

const hostPort = Number(process.env.E2E_HOST_PORT ?? 4175);
const appOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const storyId = (article as unknown as { id: string }).id;

for (const mode of ['app', 'no JavaScript'] as const) {
  test(`each event's share link is its own page, which opens the explainer at it (${mode})`, async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: mode === 'app' });
    const page = await context.newPage();
    const explainer = new ExplainerPage(page);
    const seen = new Set<string>();
    for (const i of [0, 3, events.length - 1]) {
      await page.goto(`/en/#event-${ids[i]}`);
      if (mode === 'app') await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      const link = explainer.card().getByTestId('share-link');
      const url = new URL((await link.getAttribute('href'))!, page.url()).href;
      expect(url).toBe(`${appOrigin}/en/event/${ids[i]}/`);
      seen.add(url);
      // The page's HTML as a link preview reads it: the event's own title, and a canonical address.
      const html = await (await request.get(url)).text();
      expect(html).toContain(`<meta property="og:title" content="${escape(events[i].headline.en)}">`);
      expect(html).toContain(`<link rel="canonical" href="http://127.0.0.1:8080/en/event/${ids[i]}/">`);
      expect(html).not.toContain('<script');
      await page.goto(url);
      await explainer.expectShown(ids[i]);
    }
    expect(seen.size).toBe(3);
    await context.close();
  });
}

test('the original language\'s event pages are at the root, in that language', async ({ request }) => {
  const html = await (await request.get(`${appOrigin}/event/${ids[1]}/`)).text();
  expect(html).toContain(`<html lang="${original}">`);
  expect(html).toContain(`content="${escape(events[1].headline[original])}"`);
});

test('without Web Share, the share link copies itself and says so', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.addInitScript(() => { delete (Navigator.prototype as { share?: unknown }).share; });
  const explainer = new ExplainerPage(page);
  await explainer.open(`en/#event-${ids[2]}`);
  const link = explainer.card().getByTestId('share-link');
  await link.click();
  const status = explainer.card().getByTestId('share-status');
  await expect(status).toHaveText('Link copied');
  await expect(status).toHaveAttribute('role', 'status');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${appOrigin}/en/event/${ids[2]}/`);
  // Clicking shares; it does not leave the page.
  await explainer.expectShown(ids[2]);
  // The next event's card starts with nothing said.
  await explainer.next().click();
  await expect(explainer.card().getByTestId('share-status')).toHaveText('');
  await context.close();
});

test('with Web Share, the share link hands the event to the share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: unknown) => { (window as unknown as { shared: unknown[] }).shared.push(data); return Promise.resolve(); },
    });
  });
  const explainer = new ExplainerPage(page);
  await explainer.open(`en/#event-${ids[1]}`);
  await explainer.card().getByTestId('share-link').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
    { title: events[1].headline.en, url: `${appOrigin}/en/event/${ids[1]}/` },
  ]);
  await expect(explainer.card().getByTestId('share-status')).toHaveText('');
});

test('in a host page on another origin, with the embed dialog\'s code, the share link names the host page and opens the frame at the event', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.addInitScript(() => { delete (Navigator.prototype as { share?: unknown }).share; });
  const explainer = new ExplainerPage(page);
  await explainer.open('en/');
  await page.getByTestId('embed-button').click();
  const code = await page.getByTestId('embed-code').inputValue();
  // The host's page (tests/e2e/fixtures/pasted.html) with the code pasted in, and a key of its own.
  await page.addInitScript((pasted) => sessionStorage.setItem('code', pasted), code);
  const hostPage = `http://127.0.0.1:${hostPort}/pasted.html?section=world`;
  await page.goto(`${hostPage}#after`);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('start').filter({ visible: true }).click();
  await frame.getByTestId('next-event').filter({ visible: true }).click();
  const link = frame.getByTestId('event-card').filter({ visible: true }).getByTestId('share-link');
  await expect(link).toHaveAttribute('href', `${hostPage}&explainer-event=${storyId}.${ids[1]}`);
  // The host's address and history are the host's: stepping changed neither.
  expect(page.url()).toBe(`${hostPage}#after`);
  // Sharing works inside the frame (the code allows the clipboard and Web Share to it).
  await link.click();
  await expect(frame.getByTestId('event-card').filter({ visible: true }).getByTestId('share-status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${hostPage}&explainer-event=${storyId}.${ids[1]}`);
  await page.goto((await link.getAttribute('href'))!);
  await expect(frame.getByTestId('event-card').filter({ visible: true })).toHaveAttribute('data-event-id', ids[1]);
  // Another story's key leaves this frame alone.
  await page.goto(`${hostPage}&explainer-event=another-story.${ids[1]}`);
  await expect(frame.getByTestId('intro').filter({ visible: true })).toBeVisible();
  await context.close();
});

test('inside the stock pym.js parent, which cannot open the frame at an event, the share link is the event\'s page', async ({ page }) => {
  const src = `${appOrigin}/?embed=1&lang=en`;
  await page.goto(`http://127.0.0.1:${hostPort}/pym-parent.html?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('start').filter({ visible: true }).click();
  const href = await frame.getByTestId('event-card').filter({ visible: true }).getByTestId('share-link').getAttribute('href');
  expect(href).toBe(`${appOrigin}/en/event/${ids[0]}/`);
});

test('a hostile or unframed parentUrl is never a share link', async ({ page }) => {
  const explainer = new ExplainerPage(page);
  for (const parent of ['javascript:alert(1)', 'https://evil.example/']) {
    await explainer.open(`en/?embed=1&hostEvents=1&parentUrl=${encodeURIComponent(parent)}#event-${ids[0]}`);
    expect(await explainer.card().getByTestId('share-link').getAttribute('href')).toBe(`${appOrigin}/en/event/${ids[0]}/`);
  }
});

function escape(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
