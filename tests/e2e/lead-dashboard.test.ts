import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { assignItem, listDisputes } from '@claimdesk/api/use-cases';
import { openDatabase } from '@claimdesk/db';
import { seriousViolations } from './support/a11y-scan';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { seedDemoCopy } from './support/demo';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the lead dashboard', () => {
  it('shows progress, workload and conflicts as charts with numbers on hover, and is for leads only', async () => {
    const seeded = await seedDemoCopy(dbPath, 'Lead dashboard');
    const db = openDatabase({ path: dbPath });
    const ctx = { db, actor: COMMAND_LINE_ACTOR };
    const [first, second] = listDisputes(ctx, { caseId: seeded.caseId, sort: 'severity', limit: 2 }).items;
    for (const d of [first, second]) if (d) assignItem(ctx, { itemType: 'dispute', itemId: d.id, expectedVersion: d.version, assigneeId: seeded.userId('ana@claimdesk.test') });
    db.$client.close();

    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'lead@claimdesk.test');
    await page.goto(`/cases/${seeded.caseId}/lead`);
    await page.getByRole('heading', { name: 'Reviewer workload' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    const reviewers = page.getByRole('region', { name: 'Time to verdict' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Time to verdict' }) }));
    expect(await reviewers.first().textContent()).toContain('Ana Reviewer');
    // Numbers on hover.
    const workload = page.getByRole('region', { name: 'Reviewer workload' });
    await workload.locator('.recharts-bar-rectangle').first().hover();
    await workload.locator('.recharts-tooltip-wrapper').getByText(/Open/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'lead-dashboard-1440');

    const phone = await newContext(browser, baseUrl, { width: 390, height: 844 });
    const phonePage = await phone.newPage();
    await signIn(phonePage, 'lead@claimdesk.test');
    await phonePage.goto(`/cases/${seeded.caseId}/lead`);
    await phonePage.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(phonePage, 'lead-dashboard-390');
    await phone.close();

    const reviewer = await newContext(browser, baseUrl);
    const anaPage = await reviewer.newPage();
    await signIn(anaPage, 'ana@claimdesk.test');
    await anaPage.goto(`/cases/${seeded.caseId}/lead`);
    await anaPage.getByText('The lead dashboard is for leads').waitFor();
    await reviewer.close();
    await context.close();
  });
});
