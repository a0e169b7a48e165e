// The org chart: what it shows, the tree keyboard pattern, selection linked both ways with the timeline,
// #node- deep links, ?view=, expand / collapse, and the layout at phone and desktop widths.
import { expect, test } from '@playwright/test';
import { events, ids, organizations } from './data';
import { ExplainerPage } from './page';

const teams = organizations.filter((o) => o.kind === 'team');
const committee = organizations.find((o) => o.kind === 'committee')!;
const newTeam = teams.find((t) => t.created)!;
const membersOf = (id: string) => organizations.filter((o) => o.parent === id);

test.describe('org chart', () => {
  test('the committee at the top, its teams below, the new one marked in words with its date', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en&view=org');
    await expect(explainer.orgChart()).toHaveAttribute('role', 'tree');
    await expect(explainer.nodes()).toHaveCount(organizations.length);
    const teamNodes = explainer.node(committee.id).locator('> ul > [data-testid="org-node"]');
    await expect(teamNodes).toHaveCount(teams.length);
    for (const [i, team] of teams.entries()) await expect(teamNodes.nth(i)).toHaveAttribute('data-node-id', team.id);
    await expect(explainer.node(newTeam.id).getByTestId('org-new')).toHaveText('New: Nov 4, 2015');
    await expect(page.getByTestId('org-new')).toHaveCount(1);
    // Members on each side, as far as the article names them; elsewhere, what the article says instead.
    for (const member of membersOf(newTeam.id)) {
      await expect(explainer.node(member.id)).toContainText(member.name.en);
      await expect(explainer.node(member.id).locator('.org-side')).toContainText(organizations.find((o) => o.id === member.side)!.name.en);
    }
    await expect(explainer.node(teams[0].id)).toContainText('does not name them');
  });

  test('the tree pattern: one tab stop, arrows, Home / End, Enter, type-ahead', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en&view=org');
    await page.getByTestId('collapse-all').focus();
    await page.keyboard.press('Tab');
    await expect(explainer.node(committee.id)).toBeFocused();
    await expect(page.locator('[data-testid="org-node"][tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await expect(explainer.node(teams[0].id)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(explainer.node(committee.id)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(explainer.node(committee.id)).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(explainer.node(committee.id)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(explainer.node(teams[0].id)).toBeFocused();
    await page.keyboard.press('End');
    await expect(explainer.node(organizations.filter((o) => !o.parent && !membersOf(o.id).length).at(-1)!.id)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(explainer.node(committee.id)).toBeFocused();
    await page.keyboard.type('envi');
    await expect(explainer.node(newTeam.id)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(explainer.node(newTeam.id)).toHaveAttribute('aria-selected', 'true');
    await expect(explainer.orgDetails()).toHaveAttribute('data-node-id', newTeam.id);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    await expect(explainer.node(membersOf(newTeam.id)[0].id)).toHaveAttribute('aria-selected', 'true');
    // Tab leaves the tree in one step.
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-testid="org-node"]:focus')).toHaveCount(0);
  });

  test('selecting a node highlights the events it took part in, and only those', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en');
    await explainer.nodeBox(newTeam.id).click();
    const involved = events.filter((e) => (e.organizations ?? []).some((o) => o === newTeam.id || membersOf(newTeam.id).some((m) => m.id === o)));
    expect(involved.length).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="timeline-marker"][data-highlighted]')).toHaveCount(involved.length);
    for (const e of involved) await expect(explainer.marker(e.id)).toHaveAttribute('data-highlighted', 'true');
    await explainer.nodeBox(committee.id).click();
    await expect(explainer.marker(involved[0].id)).toHaveAttribute('data-highlighted', 'true');
    await explainer.nodeBox(organizations.find((o) => o.id === 'communist-party-of-china')?.id ?? committee.id).click();
    await expect(explainer.marker(involved[0].id)).not.toHaveAttribute('data-highlighted');
  });

  test('the event card lists its organizations; each selects its node, and the event marks them', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const event = events.find((e) => (e.organizations ?? []).length > 2)!;
    await explainer.open(`?lang=ko#event-${event.id}`);
    await expect(page.locator('[data-testid="org-node"][data-highlighted]')).toHaveCount(event.organizations!.length);
    const org = event.organizations![1];
    await explainer.card().locator(`[data-testid="event-org"][data-node-id="${org}"]`).click();
    await expect(explainer.node(org)).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(new RegExp(`#node-${org}$`));
  });

  test('a key that moves nothing in the tree does not pull focus into it at a later selection', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const event = events.find((e) => (e.organizations ?? []).some((o) => o !== committee.id))!;
    await explainer.open(`?lang=en#event-${event.id}`);
    // The committee is the tree's first item: Home there moves nothing.
    await explainer.node(committee.id).focus();
    await page.keyboard.press('Home');
    await expect(explainer.node(committee.id)).toBeFocused();
    const org = event.organizations!.find((o) => o !== committee.id)!;
    const link = explainer.card().locator(`[data-testid="event-org"][data-node-id="${org}"]`);
    await link.click();
    await expect(explainer.node(org)).toHaveAttribute('aria-selected', 'true');
    await expect(explainer.node(org)).not.toBeFocused();
  });

  test('#node-<id> selects a node at load and on hashchange, opening collapsed parents', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const member = membersOf(newTeam.id)[0];
    await explainer.open(`?lang=en#node-${member.id}`);
    await expect(explainer.node(member.id)).toHaveAttribute('aria-selected', 'true');
    await page.getByTestId('collapse-all').click();
    await page.evaluate((id) => { location.hash = `#node-${id}`; }, teams[1].id);
    await expect(explainer.node(teams[1].id)).toHaveAttribute('aria-selected', 'true');
    await expect(explainer.node(teams[1].id)).toBeVisible();
  });

  test('?view= shows one view or both; switching keeps the selection; a bad value falls back to both', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open(`?lang=en&view=timeline#event-${ids[2]}`);
    await expect(explainer.orgChart()).toHaveCount(0);
    await expect(explainer.viewButton('timeline')).toHaveAttribute('aria-pressed', 'true');
    await explainer.viewButton('org').click();
    await expect(explainer.timeline()).toHaveCount(0);
    await explainer.nodeBox(teams[2].id).click();
    await explainer.viewButton('both').click();
    await explainer.expectShown(ids[2]);
    await expect(explainer.node(teams[2].id)).toHaveAttribute('aria-selected', 'true');
    await explainer.open('?lang=en&view=%3Cscript%3E');
    await expect(explainer.timeline()).toBeVisible();
    await expect(explainer.orgChart()).toBeVisible();
  });

  test('expand and collapse one node and all', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    await explainer.open('?lang=en&view=org');
    await explainer.node(newTeam.id).locator('> .org-box .twisty').click();
    await expect(explainer.nodes()).toHaveCount(organizations.length - membersOf(newTeam.id).length);
    await page.getByTestId('expand-all').click();
    await expect(explainer.nodes()).toHaveCount(organizations.length);
    await page.getByTestId('collapse-all').click();
    await expect(explainer.node(committee.id)).toHaveAttribute('aria-expanded', 'false');
    await expect(explainer.node(teams[0].id)).toHaveCount(0);
  });

  test('collapsing the parents of the focused item leaves the tree a tab stop the reader can see', async ({ page }) => {
    const explainer = new ExplainerPage(page);
    const member = membersOf(newTeam.id)[0];
    await explainer.open(`?lang=en&view=org#node-${member.id}`);
    await explainer.node(member.id).focus();
    await page.getByTestId('collapse-all').click();
    await expect(explainer.node(member.id)).toHaveCount(0);
    await expect(page.locator('[data-testid="org-node"][tabindex="0"]')).toHaveCount(1);
    await page.getByTestId('collapse-all').focus();
    await page.keyboard.press('Tab');
    await expect(explainer.node(committee.id)).toBeFocused();
    // The keys go on from there, and Ctrl with a key is not the tree's.
    await page.keyboard.press('Control+End');
    await expect(explainer.node(committee.id)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(explainer.node(committee.id)).toHaveAttribute('aria-expanded', 'true');
  });

  test('a chart on wide screens, an indented tree on phones, never a horizontal scrollbar', async ({ browser }) => {
    for (const width of [320, 375, 650, 768, 1280, 1920]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const explainer = new ExplainerPage(await context.newPage());
      await explainer.open(`?lang=en#node-${newTeam.id}`);
      const boxes = await Promise.all(teams.map((t) => explainer.nodeBox(t.id).boundingBox()));
      const sameRow = boxes.every((b) => Math.abs(b!.y - boxes[0]!.y) < 2);
      expect(sameRow, `teams side by side at ${width}px`).toBe(width >= 650);
      const overflow = await explainer.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});
