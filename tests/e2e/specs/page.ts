// The page object: every locator the specs use, named after what a reader sees.
import { expect, type Page } from '@playwright/test';

export type Lang = 'ko' | 'en' | 'zh';
export const LANGS: Lang[] = ['ko', 'en', 'zh'];

export class ExplainerPage {
  constructor(readonly page: Page) {}

  readonly headline = () => this.page.getByTestId('headline');
  readonly langSwitch = () => this.page.getByTestId('lang-switch');
  readonly langButton = (lang: Lang) => this.langSwitch().locator(`button[data-lang="${lang}"]`);
  readonly events = () => this.page.getByTestId('event-item');

  /** Opens the page and waits until the app has rendered. */
  async open(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.headline()).toBeVisible();
  }

  async chooseLang(lang: Lang) {
    await this.langButton(lang).click();
    await expect(this.langButton(lang)).toHaveAttribute('aria-pressed', 'true');
  }
}
