// The page object: every locator the specs use, named after what a reader sees. The page the build writes
// holds a copy of each step (shown as its :target) until the app takes over, so the locators of what there
// is one of on screen look at what is visible.
import { expect, type Page } from '@playwright/test';

export type Lang = 'ko' | 'en' | 'zh';
export const LANGS: Lang[] = ['ko', 'en', 'zh'];
/** A language's page: the original (Korean) at the root. */
export const pagePath = (lang: Lang) => (lang === 'ko' ? '/' : `/${lang}/`);

export class ExplainerPage {
  constructor(readonly page: Page) {}

  readonly headline = () => this.page.getByTestId('headline');
  readonly langSwitch = () => this.page.getByTestId('lang-switch');
  readonly langButton = (lang: Lang) => this.langSwitch().locator(`[data-lang="${lang}"]`);
  readonly lang2Toggle = () => this.page.getByTestId('lang2-toggle');
  readonly timeline = () => this.page.getByTestId('timeline').filter({ visible: true });
  /** The markers of the shown navigator (live, its day axes in the window too, hidden but for the current). */
  readonly markers = () => this.timeline().getByTestId('timeline-marker');
  readonly marker = (id: string) => this.timeline().locator(`[data-testid="timeline-marker"][data-event-id="${id}"]`);
  readonly cluster = () => this.timeline().getByTestId('timeline-cluster');
  readonly zoom = () => this.page.getByTestId('zoom').filter({ visible: true });
  readonly card = () => this.page.getByTestId('event-card').filter({ visible: true });
  readonly intro = () => this.page.getByTestId('intro').filter({ visible: true });
  readonly start = () => this.page.getByTestId('start').filter({ visible: true });
  readonly prev = () => this.page.getByTestId('prev-event').filter({ visible: true });
  readonly next = () => this.page.getByTestId('next-event').filter({ visible: true });
  readonly sourcesToggle = () => this.card().getByTestId('sources-toggle');
  readonly sources = () => this.card().getByTestId('sources');
  readonly viewButton = (view: 'timeline' | 'org' | 'both' | 'article') => this.page.getByTestId('view-switch').locator(`[data-view="${view}"]`);
  readonly orgChart = () => this.page.getByTestId('org-chart');
  readonly nodes = () => this.page.getByTestId('org-node');
  readonly node = (id: string) => this.page.locator(`[data-testid="org-node"][data-node-id="${id}"]`);
  readonly nodeBox = (id: string) => this.node(id).locator('> .org-box');
  readonly orgDetails = () => this.page.getByTestId('org-details').filter({ visible: true });
  readonly announcement = () => this.page.getByTestId('announcement');
  readonly articleView = () => this.page.getByTestId('article-view');
  /** The reader's copy of a sentence in the article view (the one `#sentence-<id>` names). */
  readonly articleSentence = (id: string) => this.page.locator(`#sentence-${id}`);
  readonly citedBy = () => this.page.getByTestId('cited-by').filter({ visible: true });
  readonly search = () => this.page.getByTestId('search');
  readonly searchStatus = () => this.page.getByTestId('search-status');
  readonly results = () => this.page.getByTestId('search-result');

  /** Opens the page and waits until the app has taken over with the URL's state (`<html data-ready>`). */
  async open(path = '') {
    await this.page.goto(`/${path}`);
    await expect(this.page.locator('html')).toHaveAttribute('data-ready', 'true');
  }

  async chooseLang(lang: Lang) {
    await this.langButton(lang).click();
    await expect(this.langButton(lang)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Expects the card of the event `id`, or the title card for `null`. */
  async expectShown(id: string | null) {
    if (id === null) await expect(this.intro()).toBeVisible();
    else await expect(this.card()).toHaveAttribute('data-event-id', id);
  }
}
