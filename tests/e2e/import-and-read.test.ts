import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { addCaseMember, createCase } from '@claimdesk/api/use-cases';
import { eq, openDatabase, users } from '@claimdesk/db';
import { seriousViolations } from './support/a11y-scan';
import { REPO_ROOT } from './support/app-server';
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

function emptyCase(): string {
  const db = openDatabase({ path: dbPath });
  try {
    const ctx = { db, actor: COMMAND_LINE_ACTOR };
    const theCase = createCase(ctx, { name: `Import ${Date.now()}` });
    const lead = db.select({ id: users.id }).from(users).where(eq(users.email, 'lead@claimdesk.test')).get();
    if (lead) addCaseMember(ctx, { caseId: theCase.id, userId: lead.id });
    return theCase.id;
  } finally {
    db.$client.close();
  }
}

describe('import', () => {
  it('a lead imports a dropped file and pasted text, sees what was found, and every rejected file with its reason', async () => {
    const caseId = emptyCase();
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'lead@claimdesk.test');
    await page.goto(`/cases/${caseId}/import`);
    await page.getByRole('heading', { name: 'Import articles' }).waitFor();

    await page.locator('#files').setInputFiles([
      { name: 'cnn.txt', mimeType: 'text/plain', buffer: readFileSync(join(REPO_ROOT, 'demo/kazakhstan-2022/cnn.txt')) },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 not an article') },
    ]);
    await page.getByLabel('Outlet of cnn.txt').fill('CNN');
    await page.getByLabel('Published date of cnn.txt').fill('2022-01-06');
    await page.getByLabel('Title', { exact: true }).fill('Desk note on Almaty');
    await page.getByLabel('Article text').fill('At least 13 police officers were killed in Almaty, the Interior Ministry said on Thursday. Some 2,000 people were detained, officials said.');
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-staged-1440');

    await page.getByRole('button', { name: 'Import 3 articles' }).click();
    await page.getByText('Imported 3 files.').waitFor();
    const results = page.getByTestId('import-results');
    expect(await results.locator('tbody tr').count()).toBe(3);
    expect(await results.locator('tr', { hasText: 'scan.pdf' }).textContent()).toMatch(/Rejected.+\.pdf|Rejected/);
    expect(await results.locator('tr', { hasText: 'cnn.txt' }).textContent()).toMatch(/Imported.+\d+ claims/);
    await screenshot(page, 'import-results-1440');

    // The reader shows the imported text with its claims marked; a click shows the claim.
    await results.locator('tr', { hasText: 'cnn.txt' }).getByRole('link').first().click();
    await page.getByTestId('document-text').waitFor();
    await expect.poll(() => page.locator('mark.claim-mark').count()).toBeGreaterThan(2);
    await page.locator('mark.claim-mark').first().click();
    await page.getByTestId('claim-detail').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reader-1440');
    await context.close();
  });

  it('"open in article" from a dispute lands on the claim in the reader, and reviewers cannot import', async () => {
    const { caseId } = await seedDemoCopy(dbPath, 'Reader');
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'ana@claimdesk.test');
    await page.goto(`/cases/${caseId}/disputes`);
    await page.getByTestId('queue-table').locator('tbody a.row-link').first().click();
    const open = page.getByRole('link', { name: 'Open in article' }).first();
    await open.click();
    await page.waitForURL(/\/documents\//);
    const claimId = new URL(page.url()).searchParams.get('claim');
    await page.locator(`mark.chosen[data-claims~="${claimId}"]`).waitFor();
    await page.getByTestId('claim-detail').getByRole('link', { name: 'Open its dispute' }).waitFor();

    const phone = await newContext(browser, baseUrl, { width: 390, height: 844 });
    const phonePage = await phone.newPage();
    await signIn(phonePage, 'ana@claimdesk.test');
    await phonePage.goto(page.url());
    await phonePage.getByTestId('document-text').waitFor();
    await screenshot(phonePage, 'reader-390');
    await phone.close();

    await page.goto(`/cases/${caseId}/import`);
    await page.getByText('Only leads import articles').waitFor();
    await context.close();
  });
});
