import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { createCase } from '@claimdesk/api/use-cases';
import { openDatabase } from '@claimdesk/db';
import { seriousViolations } from './support/a11y-scan';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { seedDemoCopy } from './support/demo';
import { seedVolumeDisputes } from './support/seed-disputes';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const rows = (page: Page) => page.getByTestId('queue-table').locator('tbody tr:not([aria-hidden])');

let caseId = '';
beforeAll(async () => {
  ({ caseId } = await seedDemoCopy(dbPath, 'Queue'));
});

describe('the dispute queue', () => {
  it('a lead filters the demo disputes by URL, moves by keyboard, opens one and assigns two at once', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'lead@claimdesk.test');
    await page.goto(`/cases/${caseId}/disputes`);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(3);
    // Highest severity first: the demo's conflicts lead the queue.
    expect(await rows(page).first().locator('.badge.conflict').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'queue-all-1440');

    await page.getByLabel('Relation').selectOption('conflict');
    await page.waitForURL((url) => url.searchParams.get('relation') === 'conflict');
    await expect.poll(async () => (await rows(page).allTextContents()).every((t) => t.includes('Conflict'))).toBe(true);

    // A shared URL opens the same view.
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await expect.poll(() => other.getByLabel('Relation').inputValue()).toBe('conflict');
    await other.close();

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await expect.poll(() => rows(page).nth(1).getAttribute('data-active')).toBe('true');
    await page.keyboard.press('x');
    await page.keyboard.press('k');
    await page.keyboard.press('x');
    await page.getByText('2 selected').waitFor();
    await page.getByLabel('Assign to').selectOption({ label: 'Ana Reviewer' });
    await page.getByRole('button', { name: 'Assign 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Assigned 2 disputes to Ana Reviewer' }).waitFor();

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/disputes\/[^/]+$/);
    await context.close();
  });

  it('a reviewer finds what was assigned to them in My queue, and an empty state otherwise', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'ana@claimdesk.test');
    await page.goto(`/cases/${caseId}/queue`);
    await expect.poll(() => rows(page).count()).toBe(2);
    await screenshot(page, 'queue-mine-1440');
    expect(await seriousViolations(page)).toEqual([]);

    const ben = await newContext(browser, baseUrl);
    const benPage = await ben.newPage();
    await signIn(benPage, 'ben@claimdesk.test');
    await benPage.goto(`/cases/${caseId}/queue`);
    await benPage.getByText('No disputes assigned to you — pick from All disputes').waitFor();
    await ben.close();

    const phone = await newContext(browser, baseUrl, { width: 390, height: 844 });
    const phonePage = await phone.newPage();
    await signIn(phonePage, 'ana@claimdesk.test');
    await phonePage.goto(`/cases/${caseId}/disputes`);
    await expect.poll(() => rows(phonePage).count()).toBeGreaterThan(3);
    await screenshot(phonePage, 'queue-all-390');
    await phone.close();
    await context.close();
  });

  it('scrolls through 10,000 disputes, loading pages as the reviewer reaches them', async () => {
    const db = openDatabase({ path: dbPath });
    const volume = createCase({ db, actor: COMMAND_LINE_ACTOR }, { name: `Volume ${Date.now()}`, description: '10,000 disputes' });
    db.$client.close();
    seedVolumeDisputes(dbPath, volume.name, 10_000);
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'lead@claimdesk.test');
    await page.goto(`/cases/${volume.id}/disputes`);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(10);
    // Only the rows in view are in the DOM, however many are loaded.
    const scroller = page.locator('.queue-scroll');
    const loaded = async () => {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return Number((await page.getByTestId('queue-count').textContent())?.replace(/\D/g, '') ?? 0);
    };
    await expect.poll(loaded).toBeGreaterThan(500);
    expect(await rows(page).count()).toBeLessThan(100);
    await screenshot(page, 'queue-volume-1440');
    await context.close();
  });
});
