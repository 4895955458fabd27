import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assignItem, listDisputes } from '@claimdesk/api/use-cases';
import { expectNoSeriousA11yViolations } from './support/axe';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { actorOf, E2E_PASSWORD, retireTeam, seedTeam, withDb } from './support/seed';

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

describe('a reviewer takes work', () => {
  it('takes an unassigned dispute with `a` in the queue and with "Assign to me" on its page, but not one a colleague has', async () => {
    const team = await seedTeam(dbPath, { label: 'Take it', articles: ['cnn.txt', 'newscomau.txt'] });
    // Ana already has the most severe dispute; the rest are new and nobody's.
    const [first, second, third] = await withDb(dbPath, (db) => {
      const lead = { db, actor: actorOf(team.lead) };
      const items = listDisputes(lead, { caseId: team.caseId, sort: 'severity', limit: 3 }).items;
      const top = items[0];
      if (top) assignItem(lead, { itemType: 'dispute', itemId: top.id, expectedVersion: top.version, assigneeId: team.ana.id });
      return items;
    });
    if (!first || !second || !third) throw new Error('The seeded case needs three disputes');

    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, team.ben.email, E2E_PASSWORD);
    await page.goto(`/cases/${team.caseId}/disputes`);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);

    await page.keyboard.press('a');
    await page.getByRole('alert').filter({ hasText: `${team.ana.name} already has this dispute. Ask a lead to hand it to you.` }).waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.getByRole('status').filter({ hasText: 'to you' }).waitFor();
    await expect.poll(() => rows(page).nth(1).textContent()).toContain(team.ben.name);
    await screenshot(page, 'take-it-queue-1440');

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByText('Assign the row to me (reviewers: unassigned new or triaged disputes)').waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`/cases/${team.caseId}/disputes/${third.id}`);
    const actions = page.getByRole('group', { name: 'Workflow actions' });
    await actions.getByRole('button', { name: 'Assign to me' }).click();
    await actions.getByRole('button', { name: 'Start review' }).waitFor();
    expect(await actions.getByRole('button', { name: 'Assign to me' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'dispute page after taking it');
    await screenshot(page, 'take-it-dispute-1440');

    // A dispute a colleague has offers no "Assign to me".
    await page.goto(`/cases/${team.caseId}/disputes/${first.id}`);
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    expect(await actions.getByRole('button', { name: 'Assign to me' }).count()).toBe(0);
    await context.close();
    await retireTeam(dbPath, team);
  });
});
