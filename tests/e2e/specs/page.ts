// The page object: every locator the specs use, named after what a reader sees.
import { expect, type Page } from '@playwright/test';

export type Lang = 'ko' | 'en' | 'zh';
export const LANGS: Lang[] = ['ko', 'en', 'zh'];

export class ExplainerPage {
  constructor(readonly page: Page) {}

  readonly headline = () => this.page.getByTestId('headline');
  readonly langSwitch = () => this.page.getByTestId('lang-switch');
  readonly langButton = (lang: Lang) => this.langSwitch().locator(`button[data-lang="${lang}"]`);
  readonly lang2Toggle = () => this.page.getByTestId('lang2-toggle');
  readonly timeline = () => this.page.getByTestId('timeline');
  readonly markers = () => this.page.getByTestId('timeline-marker');
  readonly marker = (id: string) => this.page.locator(`[data-testid="timeline-marker"][data-event-id="${id}"]`);
  readonly cluster = () => this.page.getByTestId('timeline-cluster');
  readonly zoom = () => this.page.getByTestId('zoom');
  readonly card = () => this.page.getByTestId('event-card');
  readonly intro = () => this.page.getByTestId('intro');
  readonly prev = () => this.page.getByTestId('prev-event');
  readonly next = () => this.page.getByTestId('next-event');
  readonly sourcesToggle = () => this.card().getByTestId('sources-toggle');
  readonly sources = () => this.card().getByTestId('sources');
  readonly viewButton = (view: 'timeline' | 'org' | 'both' | 'article') => this.page.getByTestId('view-switch').locator(`[data-view="${view}"]`);
  readonly orgChart = () => this.page.getByTestId('org-chart');
  readonly nodes = () => this.page.getByTestId('org-node');
  readonly node = (id: string) => this.page.locator(`[data-testid="org-node"][data-node-id="${id}"]`);
  readonly nodeBox = (id: string) => this.node(id).locator('> .org-box');
  readonly orgDetails = () => this.page.getByTestId('org-details');
  readonly announcement = () => this.page.getByTestId('announcement');
  readonly articleView = () => this.page.getByTestId('article-view');
  /** The reader's copy of a sentence in the article view (the one `#sentence-<id>` names). */
  readonly articleSentence = (id: string) => this.page.locator(`#sentence-${id}`);
  readonly citedBy = () => this.page.getByTestId('cited-by');
  readonly search = () => this.page.getByTestId('search');
  readonly searchStatus = () => this.page.getByTestId('search-status');
  readonly results = () => this.page.getByTestId('search-result');

  /** Opens the page and waits until the app has hydrated and applied the URL (`<html data-ready>`). */
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
