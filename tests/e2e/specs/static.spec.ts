// The page the build writes, as a reader meets it with the wasm blocked (a proxy, a CMS, a flaky network) and
// with JavaScript off: every path of the explainer works with links and CSS alone, in each language. What is
// checked is what is visible (the static page holds a copy of each step, shown as its :target).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { article, dayIds, events, organizations, sentence } from './data';
import { ExplainerPage, LANGS, pagePath } from './page';

type Mode = 'wasm blocked' | 'JavaScript off';
const MODES: Mode[] = ['wasm blocked', 'JavaScript off'];

async function openStatic(browser: Browser, mode: Mode, path: string, locale = 'ko-KR'): Promise<ExplainerPage> {
  const context = await browser.newContext({ javaScriptEnabled: mode !== 'JavaScript off', locale });
  const page = await context.newPage();
  if (mode === 'wasm blocked') await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(path);
  return new ExplainerPage(page);
}

const shown = async (explainer: ExplainerPage) => (await explainer.card().count()) ? explainer.card().getAttribute('data-event-id') : null;

for (const mode of MODES) {
  for (const lang of LANGS) {
    test.describe(`${mode}, ${lang}`, () => {
      test('the title card, then every event by Next and back by Previous, each a history entry', async ({ browser }) => {
        const explainer = await openStatic(browser, mode, pagePath(lang));
        const page = explainer.page;
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page).toHaveTitle(article.headline[lang]);
        await expect(explainer.intro()).toContainText(article.summary[lang]);
        await expect(explainer.prev()).toHaveAttribute('aria-disabled', 'true');
        await expect(explainer.card()).toHaveCount(0);
        for (const [i, event] of events.entries()) {
          await (i === 0 ? explainer.start() : explainer.next()).click();
          await expect(explainer.card()).toHaveAttribute('data-event-id', event.id);
          await expect(explainer.card().locator('h2')).toHaveText(event.headline[lang]);
          await expect(explainer.card().locator('time')).toHaveAttribute('datetime', event.when.date);
          await expect(explainer.card()).toContainText(event.text[lang]);
          await expect(page).toHaveURL(new RegExp(`#event-${event.id}$`));
        }
        await expect(explainer.next()).toHaveAttribute('aria-disabled', 'true');
        // Back walks the steps; Forward returns.
        await page.goBack();
        await expect(explainer.card()).toHaveAttribute('data-event-id', events[events.length - 2].id);
        await page.goForward();
        await expect(explainer.card()).toHaveAttribute('data-event-id', events[events.length - 1].id);
        await explainer.prev().click();
        await expect(explainer.card()).toHaveAttribute('data-event-id', events[events.length - 2].id);
        await page.context().close();
      });

      test('markers, the day view and back, deep links', async ({ browser }) => {
        const first = events[0];
        const explainer = await openStatic(browser, mode, `${pagePath(lang)}#event-${first.id}`);
        await expect(explainer.card()).toHaveAttribute('data-event-id', first.id);
        await expect(explainer.timeline()).toHaveAttribute('data-scale', 'history');
        // A marker opens its event; the selected one says so.
        const other = events.find((e) => !dayIds.includes(e.id) && e.id !== first.id)!;
        await explainer.marker(other.id).click();
        await expect(explainer.card()).toHaveAttribute('data-event-id', other.id);
        await expect(explainer.marker(other.id)).toHaveAttribute('aria-current', 'step');
        // The day's cluster opens the day view at its first event; zooming out shows the whole story.
        await explainer.cluster().click();
        await expect(explainer.card()).toHaveAttribute('data-event-id', dayIds[0]);
        await expect(explainer.timeline()).toHaveAttribute('data-scale', 'day');
        await expect(explainer.markers()).toHaveCount(await explainer.page.locator('[data-axis="day"]:visible [data-testid="timeline-marker"]').count());
        await explainer.marker(dayIds[1]).click();
        await expect(explainer.card()).toHaveAttribute('data-event-id', dayIds[1]);
        await explainer.zoom().click();
        await expect(explainer.timeline()).toHaveAttribute('data-scale', 'history');
        await expect(explainer.intro()).toBeVisible();
        await explainer.page.context().close();
      });

      if (mode === 'wasm blocked') {
        // The step a deep link names is marked by script before the page has loaded (browsers apply :target
        // only then); the mark must be gone as the fragment changes, not a task later, or both steps show.
        test('from a deep link, the next step replaces it at once: never two cards', async ({ browser }) => {
          const explainer = await openStatic(browser, mode, `${pagePath(lang)}#event-${events[0].id}`);
          await expect(explainer.card()).toHaveAttribute('data-event-id', events[0].id);
          const shownNow = await explainer.page.evaluate((id) => {
            const visible = () => [...document.querySelectorAll('[data-testid="event-card"]')]
              .filter((card) => card.checkVisibility()).map((card) => card.getAttribute('data-event-id'));
            const link = [...document.querySelectorAll<HTMLElement>(`[data-testid="timeline-marker"][data-event-id="${id}"]`)]
              .find((marker) => marker.checkVisibility())!;
            link.click();
            return visible();
          }, events[2].id);
          expect(shownNow).toEqual([events[2].id]);
          await explainer.page.context().close();
        });
      }

      test('the sources of an event, and from one of them its sentence in the article', async ({ browser }) => {
        const event = events[1];
        const explainer = await openStatic(browser, mode, `${pagePath(lang)}#event-${event.id}`);
        await expect(explainer.sources()).toBeHidden();
        await explainer.sourcesToggle().click();
        await expect(explainer.sources()).toBeVisible();
        await expect(explainer.sources().locator('p[lang="ko"]').first()).toContainText(sentence(event.sources[0]).text.ko);
        if (lang !== 'ko') await expect(explainer.sources()).toContainText(sentence(event.sources[0]).text[lang]);
        await explainer.sources().getByTestId('source-link').first().click();
        await expect(explainer.page).toHaveURL(new RegExp(`#sentence-${event.sources[0]}$`));
        await expect(explainer.articleView()).toBeVisible();
        await expect(explainer.timeline()).toBeHidden();
        await expect(explainer.citedBy()).toBeVisible();
        await expect(explainer.citedBy()).toHaveAttribute('data-sentence-id', event.sources[0]);
        await expect(explainer.citedBy().locator(`[data-testid="cited-event"][data-event-id="${event.id}"]`)).toBeVisible();
        // From what cites it, back to the event.
        await explainer.citedBy().locator(`[data-testid="cited-event"][data-event-id="${event.id}"]`).click();
        await expect(explainer.card()).toHaveAttribute('data-event-id', event.id);
        await expect(explainer.articleView()).toBeHidden();
        await explainer.page.context().close();
      });

      test('the org chart: details and #node- links, members folded and unfolded', async ({ browser }) => {
        const explainer = await openStatic(browser, mode, pagePath(lang));
        await expect(explainer.orgDetails()).toHaveCount(1);
        await expect(explainer.orgDetails()).not.toHaveAttribute('data-node-id');
        const team = organizations.find((o) => o.id === 'team-environment') ?? organizations.find((o) => organizations.some((c) => c.parent === o.id && o.parent))!;
        await explainer.nodeBox(team.id).click();
        await expect(explainer.page).toHaveURL(new RegExp(`#node-${team.id}$`));
        await expect(explainer.orgDetails()).toHaveAttribute('data-node-id', team.id);
        await expect(explainer.orgDetails().locator('h3').first()).toHaveText(team.name[lang]);
        // The chart still shows the title card's timeline beside it, and the event links lead there.
        const related = explainer.orgDetails().getByTestId('org-event').first();
        const id = await related.getAttribute('data-event-id');
        await related.click();
        await expect(explainer.card()).toHaveAttribute('data-event-id', id!);
        // Folding the committee hides its teams; unfolding shows them again.
        const parent = organizations.find((o) => o.id === team.parent)!;
        const fold = explainer.node(parent.id).locator('> .org-box input[type="checkbox"]');
        await expect(explainer.node(team.id)).toBeVisible();
        await fold.click();
        await expect(explainer.node(team.id)).toBeHidden();
        await fold.click();
        await expect(explainer.node(team.id)).toBeVisible();
        // A deep link to an organization.
        await explainer.page.goto(`${pagePath(lang)}#node-${parent.id}`);
        await expect(explainer.orgDetails()).toHaveAttribute('data-node-id', parent.id);
        await explainer.page.context().close();
      });

      test('an event marks its organizations in the chart, and a #node- link its box, as the app does', async ({ browser }) => {
        const event = events.find((e) => (e.organizations ?? []).length > 0)!;
        const explainer = await openStatic(browser, mode, `${pagePath(lang)}#event-${event.id}`);
        const marked = explainer.page.locator('.related-mark:visible');
        await expect(marked).toHaveCount(event.organizations!.length);
        for (const org of event.organizations!) await expect(explainer.nodeBox(org).locator('.related-mark')).toBeVisible();
        const org = event.organizations![0];
        await expect(explainer.nodeBox(org)).not.toHaveCSS('box-shadow', /inset/);
        await explainer.page.goto(`${pagePath(lang)}#node-${org}`);
        await expect(explainer.nodeBox(org)).toHaveCSS('box-shadow', /inset/);
        await expect(marked).toHaveCount(0);
        await explainer.page.context().close();
      });

      test('the views and the language pages', async ({ browser }) => {
        const explainer = await openStatic(browser, mode, pagePath(lang));
        await explainer.viewButton('org').click();
        await expect(explainer.timeline()).toBeHidden();
        await expect(explainer.orgChart()).toBeVisible();
        await explainer.viewButton('timeline').click();
        await expect(explainer.orgChart()).toBeHidden();
        await expect(explainer.timeline()).toBeVisible();
        await explainer.viewButton('article').click();
        await expect(explainer.articleView()).toBeVisible();
        await expect(explainer.timeline()).toBeHidden();
        for (const s of article.paragraphs[0].sentences) await expect(explainer.articleView()).toContainText(s.text[lang]);
        await explainer.viewButton('both').click();
        await expect(explainer.timeline()).toBeVisible();
        await expect(explainer.orgChart()).toBeVisible();
        // The language switch leads to the other languages' pages.
        for (const other of LANGS.filter((l) => l !== lang)) {
          await explainer.langButton(other).click();
          await expect(explainer.page.locator('html')).toHaveAttribute('lang', other);
          await expect(explainer.headline()).toHaveText(article.headline[other]);
          await explainer.page.goBack();
          await expect(explainer.page.locator('html')).toHaveAttribute('lang', lang);
        }
        await explainer.page.context().close();
      });
    });
  }
}

test('with the wasm blocked the controls that need it hold their place unseen, and nothing is dead', async ({ browser }) => {
  const explainer = await openStatic(browser, 'wasm blocked', '/en/');
  for (const id of ['search', 'lang2-toggle', 'embed-button', 'expand-all']) await expect(explainer.page.getByTestId(id)).toBeHidden();
  // Every visible link or control leads somewhere.
  const dead = await explainer.page.locator('a:visible, button:visible, summary:visible').evaluateAll((all) =>
    all.filter((e) => e.tagName === 'A' && !(e as HTMLAnchorElement).getAttribute('href')).map((e) => e.outerHTML.slice(0, 80)));
  expect(dead).toEqual([]);
  await explainer.page.context().close();
});
