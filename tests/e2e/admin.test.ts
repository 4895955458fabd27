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

describe('admin', () => {
  it('an admin adds an account, changes its role, disables it, sets a case up for four eyes, and adds and removes the new member', async () => {
    const seeded = await seedDemoCopy(dbPath, 'Admin');
    const tag = Date.now().toString(36);
    const name = `Cara Checker ${tag}`;
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'lead@claimdesk.test');
    await page.goto('/admin');
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Email', { exact: true }).fill('not-an-email');
    await page.getByLabel('First password').fill('a-long-enough-password-1');
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.locator('#new-email-error').waitFor();
    await page.getByLabel('Email', { exact: true }).fill(`cara-${tag}@claimdesk.test`);
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByRole('status').filter({ hasText: `Added ${name}` }).waitFor();
    const row = page.getByTestId('accounts').locator('tr', { hasText: name });
    await row.waitFor();

    await page.getByLabel(`Role of ${name}`).selectOption('lead');
    await expect.poll(() => page.getByLabel(`Role of ${name}`).inputValue()).toBe('lead');
    await row.getByRole('button', { name: `Disable ${name}` }).click();
    await row.getByText('Disabled').waitFor();
    await row.getByRole('button', { name: `Enable ${name}` }).click();
    await row.getByText('Active').waitFor();

    await page.getByLabel('Case', { exact: true }).selectOption({ label: seeded.name });
    await page.getByLabel(/Four eyes/).check();
    await page.getByLabel(/Stale after/).fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('#stale-error').waitFor();
    await page.getByLabel(/Stale after/).fill('24');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await page.getByLabel('Add', { exact: true }).selectOption({ label: `${name} (cara-${tag}@claimdesk.test)` });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.locator('.members li', { hasText: name }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-1440');
    // Taken off the case again: the member list and the server agree at once.
    await page.getByRole('button', { name: `Remove ${name} from this case` }).click();
    await page.getByRole('status').filter({ hasText: `${name} no longer has access to this case.` }).waitFor();
    await expect.poll(() => page.locator('.members li', { hasText: name }).count()).toBe(0);

    // The case now asks for four eyes on its dispute pages.
    await page.goto(`/cases/${seeded.caseId}/disputes`);
    await page.getByTestId('queue-table').locator('tbody a.row-link').first().click();
    await page.getByText('Four eyes required').waitFor();

    const phone = await newContext(browser, baseUrl, { width: 390, height: 844 });
    const phonePage = await phone.newPage();
    await signIn(phonePage, 'lead@claimdesk.test');
    await phonePage.goto('/admin');
    await phonePage.getByRole('heading', { name: 'Accounts' }).waitFor();
    await screenshot(phonePage, 'admin-390');
    await phone.close();

    const reviewer = await newContext(browser, baseUrl);
    const anaPage = await reviewer.newPage();
    await signIn(anaPage, 'ana@claimdesk.test');
    await anaPage.goto('/admin');
    await anaPage.getByText('Only admins manage accounts').waitFor();
    await reviewer.close();
    await context.close();
  });
});
