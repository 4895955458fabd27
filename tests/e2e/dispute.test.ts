import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { listDisputes, triageItem } from '@claimdesk/api/use-cases';
import { openDatabase } from '@claimdesk/db';
import { seriousViolations } from './support/a11y-scan';
import { commentBox } from './support/comment-box';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { seedDemoCopy } from './support/demo';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;
let caseId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  ({ caseId } = await seedDemoCopy(dbPath, 'Dispute'));
});
afterAll(async () => {
  await browser.close();
});

/** The case's disputes by severity, read through the list use case as the command line. */
function disputesBySeverity() {
  const db = openDatabase({ path: dbPath });
  try {
    return listDisputes({ db, actor: COMMAND_LINE_ACTOR }, { caseId, sort: 'severity', limit: 20 }).items;
  } finally {
    db.$client.close();
  }
}

async function person(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await newContext(browser, baseUrl, viewport);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

describe('the dispute page', () => {
  it('a lead and a reviewer take a conflict from new to resolved, each seeing the other live', async () => {
    const [top] = disputesBySeverity();
    if (!top) throw new Error('The demo copy has no disputes');
    const url = `/cases/${caseId}/disputes/${top.id}`;
    const lead = await person('lead@claimdesk.test');
    const ana = await person('ana@claimdesk.test');
    await lead.goto(url);
    await ana.goto(url);

    await lead.getByRole('img', { name: /number line/ }).waitFor();
    expect(await lead.locator('table.sources tbody tr').count()).toBe(top.claimCount);
    await lead.getByText(/independent source/).first().waitFor();
    expect(await seriousViolations(lead)).toEqual([]);
    await screenshot(lead, 'dispute-new-1440');

    // The lead assigns; Ana's page follows without a reload.
    await lead.getByLabel('Assign to').selectOption({ label: 'Ana Reviewer' });
    await lead.getByRole('button', { name: 'Assign', exact: true }).click();
    await ana.getByText('assignee: Ana Reviewer').waitFor();
    await ana.getByRole('button', { name: 'Start review' }).click();
    await lead.locator('.dispute-header .badge.status', { hasText: 'In review' }).waitFor();

    // Discussion with an @mention picked from the autocomplete.
    const comment = await commentBox(ana);
    await comment.fill('Two sources say two officers, AP says one. @be');
    await ana.getByRole('option', { name: /Ben Reviewer/ }).waitFor();
    await comment.press('Enter');
    expect(await comment.inputValue()).toContain('@ben ');
    await comment.pressSequentially('**please check** the AFP copy');
    await ana.getByRole('button', { name: 'Comment', exact: true }).click();
    await lead.locator('.comment strong', { hasText: 'please check' }).waitFor();

    await ana.locator('#evidence-url').fill('https://apnews.com/article/kazakhstan-police');
    await ana.getByLabel('Stance').selectOption('refutes');
    await ana.getByRole('button', { name: 'Add evidence' }).click();
    await lead.getByRole('link', { name: 'https://apnews.com/article/kazakhstan-police' }).waitFor();

    await ana.getByLabel('Rating').selectOption('conflicting');
    await ana.getByLabel(/Reconciled low/).fill('1');
    await ana.getByLabel(/Reconciled high/).fill('2');
    await ana.getByLabel('Rationale').fill('AFP and Khabar 24 say two; AP says one. Independent sources disagree.');
    await ana.getByRole('button', { name: 'Propose verdict' }).click();
    await lead.getByRole('button', { name: 'Approve' }).waitFor();
    await screenshot(lead, 'dispute-proposed-1440');
    expect(await seriousViolations(lead)).toEqual([]);
    await lead.getByRole('button', { name: 'Approve' }).click();
    await ana.locator('.dispute-header .badge.status', { hasText: 'Resolved' }).waitFor();
    await ana.locator('.verdict .badge', { hasText: 'Approved' }).waitFor();
    await screenshot(ana, 'dispute-resolved-1440');

    const phone = await person('ben@claimdesk.test', { width: 390, height: 844 });
    await phone.goto(url);
    await phone.getByRole('img', { name: /number line/ }).waitFor();
    await screenshot(phone, 'dispute-390');
    await Promise.all([lead.context().close(), ana.context().close(), phone.context().close()]);
  });

  it('a stale change gets a conflict that shows what changed, and discarding shows the current state', async () => {
    const second = disputesBySeverity().find((d) => d.status === 'new');
    if (!second) throw new Error('No new dispute left');
    const lead = await person('lead@claimdesk.test');
    // This tab misses live updates, as a tab on a flaky connection would.
    await lead.route('**/api/trpc/activity.onCaseActivity**', (route) => route.abort());
    await lead.goto(`/cases/${caseId}/disputes/${second.id}`);
    await lead.getByRole('button', { name: /Mark check-worthy/ }).waitFor();

    const db = openDatabase({ path: dbPath });
    triageItem({ db, actor: COMMAND_LINE_ACTOR }, { itemType: 'dispute', itemId: second.id, expectedVersion: second.version });
    db.$client.close();

    await lead.getByRole('button', { name: /Mark check-worthy/ }).click();
    const notice = lead.getByRole('alert').filter({ hasText: 'Someone else changed this dispute' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('status is now Triaged');
    await screenshot(lead, 'dispute-conflict-1440');
    await lead.getByRole('button', { name: 'Discard mine and show theirs' }).click();
    await lead.locator('.dispute-header .badge.status', { hasText: 'Triaged' }).waitFor();
    await lead.context().close();
  });
});
