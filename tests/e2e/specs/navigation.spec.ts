// Moving through the story: buttons, keys, markers, the day's cluster and zoom, and swipes.
import { expect, test } from '@playwright/test';
import { article, dayIds, events, ids, sentence } from './data';
import { ExplainerPage } from './page';

test.describe('navigation', () => {
  test('the title card comes first, then Next and Previous walk every event', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await expect(explainer.intro()).toContainText(article.summary.en);
    await expect(explainer.prev()).toBeDisabled();
    for (const id of ids) {
      await explainer.next().click();
      await explainer.expectShown(id);
    }
    await expect(explainer.next()).toBeDisabled();
    for (const id of [...ids].reverse().slice(1)) {
      await explainer.prev().click();
      await explainer.expectShown(id);
    }
    await explainer.prev().click();
    await explainer.expectShown(null);
  });

  test('the Start button opens the first event', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=ko');
    await page.getByTestId('start').click();
    await explainer.expectShown(ids[0]);
  });

  test('arrow keys, Home and End work while the timeline has focus, and focus follows the marker', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[0]}`);
    await explainer.marker(ids[0]).focus();
    await page.keyboard.press('ArrowRight');
    await explainer.expectShown(ids[1]);
    await expect(explainer.marker(ids[1])).toBeFocused();
    await page.keyboard.press('End');
    await explainer.expectShown(ids[ids.length - 1]);
    await expect(explainer.marker(ids[ids.length - 1])).toBeFocused();
    await page.keyboard.press('Home');
    await explainer.expectShown(ids[0]);
    // From a button the keys step too, and focus stays on the button.
    await explainer.next().focus();
    await page.keyboard.press('ArrowRight');
    await explainer.expectShown(ids[1]);
    await expect(explainer.next()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await explainer.expectShown(null);
  });

  test('a key that moves nothing on a marker does not pull focus onto one at a later step', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[0]}`);
    // On the first event's marker, Home moves nothing.
    await explainer.marker(ids[0]).focus();
    await page.keyboard.press('Home');
    await expect(explainer.marker(ids[0])).toBeFocused();
    await explainer.next().click();
    await explainer.expectShown(ids[1]);
    await expect(explainer.next()).toBeFocused();
  });

  test('keys with Alt, Ctrl or Meta are the browser\'s, not steps', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[1]}`);
    await explainer.marker(ids[1]).focus();
    for (const key of ['Alt+ArrowRight', 'Control+ArrowRight', 'Control+End', 'Meta+Home']) await page.keyboard.press(key);
    await page.keyboard.press('ArrowRight');
    await explainer.expectShown(ids[2]);
    await expect(explainer.marker(ids[2])).toBeFocused();
  });

  test('keys do nothing when focus is outside the timeline', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[2]}`);
    await explainer.langButton('en').focus();
    await page.keyboard.press('ArrowRight');
    await explainer.expectShown(ids[2]);
  });

  test('Tab reaches one marker, the selected one', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[3]}`);
    await expect(explainer.page.locator('[data-testid="timeline-marker"][tabindex="0"]:visible')).toHaveCount(1);
    await expect(explainer.marker(ids[3])).toHaveAttribute('tabindex', '0');
  });

  test('clicking a marker shows its event', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=zh');
    await explainer.marker(ids[4]).click();
    await explainer.expectShown(ids[4]);
    await expect(explainer.marker(ids[4])).toHaveAttribute('aria-current', 'step');
  });

  test('the day cluster opens the day view; zoom goes out and in; stepping crosses scales', async ({ page }) => {
    test.skip(dayIds.length === 0, 'no day with several events');
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await expect(explainer.timeline()).toHaveAttribute('data-scale', 'history');
    await explainer.cluster().click();
    await expect(explainer.timeline()).toHaveAttribute('data-scale', 'day');
    await explainer.expectShown(dayIds[0]);
    for (const id of dayIds) await expect(explainer.marker(id)).toBeVisible();
    await explainer.zoom().click();
    await expect(explainer.timeline()).toHaveAttribute('data-scale', 'history');
    await explainer.expectShown(dayIds[0]);
    await explainer.zoom().click();
    await expect(explainer.timeline()).toHaveAttribute('data-scale', 'day');
    // Stepping past the day's last event returns to the history scale.
    await explainer.marker(dayIds[dayIds.length - 1]).click();
    await explainer.next().click();
    await expect(explainer.timeline()).toHaveAttribute('data-scale', 'history');
    await explainer.prev().click();
    await expect(explainer.timeline()).toHaveAttribute('data-scale', 'day');
  });

  test('markers never overlap and stay clickable at 320 px and 1920 px', async ({ browser }) => {
    for (const width of [320, 1920]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const explainer = new ExplainerPage(await context.newPage());
      await explainer.open('?lang=en');
      for (const scale of ['history', 'day']) {
        if (scale === 'day') await explainer.zoom().click();
        const boxes = (await explainer.page.locator('[data-testid="timeline-marker"]:visible, [data-testid="timeline-cluster"]:visible').evaluateAll(
          (els) => els.map((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top }; })))
          .sort((a, b) => a.left - b.left);
        expect(boxes.length).toBeGreaterThan(1);
        for (let i = 1; i < boxes.length; i++) {
          // 44 px hit areas; centres at least 32 px apart.
          expect(boxes[i].left - boxes[i - 1].left, `${scale} at ${width}px`).toBeGreaterThanOrEqual(32);
        }
        const overflow = await explainer.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      }
      // The last marker of the day is reachable by a real click.
      await explainer.marker(dayIds[dayIds.length - 1]).click();
      await explainer.expectShown(dayIds[dayIds.length - 1]);
      await context.close();
    }
  });

  test('a horizontal swipe on the card steps; a vertical one does not', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[2]}`);
    const cdp = await context.newCDPSession(page);
    const swipe = async (dx: number, dy: number) => {
      const box = (await explainer.card().boundingBox())!;
      const x = box.x + box.width / 2, y = box.y + 40;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 5; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 5, y: y + (dy * i) / 5 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(-150, 0);
    await explainer.expectShown(ids[3]);
    await swipe(150, 5);
    await explainer.expectShown(ids[2]);
    await swipe(10, 150);
    await explainer.expectShown(ids[2]);
    await context.close();
  });

  test('the source sentences open on demand, the Korean original beside the translation', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en#event-${ids[0]}`);
    await expect(explainer.sources()).toBeHidden();
    await explainer.sourcesToggle().click();
    await expect(explainer.sourcesToggle()).toHaveAttribute('aria-expanded', 'true');
    const first = sentence(events[0].sources[0]);
    await expect(explainer.sources().locator('p[lang=ko]').first()).toContainText(first.text.ko);
    await expect(explainer.sources().locator('p[lang=en]').first()).toHaveText(first.text.en);
    // They stay open while stepping.
    await explainer.next().click();
    await expect(explainer.sources()).toBeVisible();
  });

  test('a polite live region announces the new event with its headline and date only', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await explainer.next().click();
    await expect(explainer.announcement()).toHaveAttribute('aria-live', 'polite');
    await expect(explainer.announcement()).toHaveText(`${events[0].headline.en} — ${events[0].when.date.slice(0, 4)}`);
  });
});
