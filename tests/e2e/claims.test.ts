import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

describe('claim triage', () => {
  it('a reviewer marks a new claim check-worthy and a lead dismisses another; each leaves the New list', async () => {
    const { caseId } = await seedDemoCopy(dbPath, 'Claims');
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'ana@claimdesk.test');
    await page.goto(`/cases/${caseId}/claims`);
    const rows = page.getByTestId('claims-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'claims-1440');
    const firstText = await rows.first().locator('td').first().locator('a').textContent();
    expect(await page.getByRole('button', { name: 'Dismiss' }).count()).toBe(0);
    await rows.first().getByRole('button', { name: 'Check-worthy' }).click();
    await expect.poll(() => rows.first().locator('td').first().locator('a').textContent()).not.toBe(firstText);
    await page.getByLabel('Status').selectOption('triaged');
    await page.getByTestId('claims-table').locator('tr', { hasText: firstText ?? '' }).waitFor();
    await context.close();

    const lead = await newContext(browser, baseUrl);
    const leadPage = await lead.newPage();
    await signIn(leadPage, 'lead@claimdesk.test');
    await leadPage.goto(`/cases/${caseId}/claims`);
    const leadRows = leadPage.getByTestId('claims-table').locator('tbody tr');
    await expect.poll(() => leadRows.count()).toBeGreaterThan(5);
    const dismissed = await leadRows.first().locator('td').first().locator('a').textContent();
    await leadRows.first().getByRole('button', { name: 'Dismiss' }).click();
    await leadPage.getByLabel('Status').selectOption('dismissed');
    await leadPage.getByTestId('claims-table').locator('tr', { hasText: dismissed ?? '' }).waitFor();
    await lead.close();
  });
});
