import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { horizontalOverflow } from './support/overflow';
import { E2E_PASSWORD, findDispute, putInReview, retireTeam, seedTeam, type SeededTeam } from './support/seed';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;
let team: SeededTeam;
let disputeId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  team = await seedTeam(dbPath, { label: 'Phone', articles: ['cnn.txt', 'dailybeast.txt', 'lemonde.txt', 'newscomau.txt'] });
  const dispute = await findDispute(dbPath, team, 'deaths');
  disputeId = dispute.id;
  await putInReview(dbPath, team, dispute.id, team.ana);
});
afterAll(async () => {
  await retireTeam(dbPath, team);
  await browser.close();
});

/** The read-only screens a person opens on a phone, each with what shows it has finished loading. */
const screens: { name: string; path: () => string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'queue', path: () => `/cases/${team.caseId}/disputes`, ready: (p) => p.getByTestId('queue-table').locator('tbody tr .row-link').first().waitFor() },
  { name: 'dispute', path: () => `/cases/${team.caseId}/disputes/${disputeId}`, ready: (p) => p.getByRole('heading', { name: 'Sources' }).waitFor() },
  { name: 'reader', path: () => `/cases/${team.caseId}/documents/${team.documentIds[0] ?? ''}`, ready: (p) => p.locator('.reader mark').first().waitFor() },
  { name: 'lead-dashboard', path: () => `/cases/${team.caseId}/lead`, ready: (p) => p.locator('.recharts-surface').first().waitFor() },
  { name: 'report', path: () => `/cases/${team.caseId}/report`, ready: (p) => p.frameLocator('iframe[title="Report preview"]').locator('h1').first().waitFor() },
];

describe('on a phone', () => {
  it('queue, dispute, reader, lead dashboard and report fit a 390 px screen with the navigation in reach', async () => {
    // The same screens at 1440 px are taken by each screen's own test; this one is about the phone.
    const context = await newContext(browser, baseUrl, { width: 390, height: 844 });
    const page = await context.newPage();
    await signIn(page, team.lead.email, E2E_PASSWORD);
    for (const screen of screens) {
      await page.goto(screen.path());
      await screen.ready(page);
      await screenshot(page, `phone-${screen.name}-390`);
      // What a person sees first, at the phone's own scale (the full-page shot is scaled down to look at).
      await page.screenshot({ path: `${import.meta.dirname}/artifacts/phone-${screen.name}-390-top.png` });
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `${screen.name} scrolls sideways: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.innerWidth);
      // Every section of the case is one tap away: no tab hidden off the screen.
      for (const link of await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link').all()) {
        const box = await link.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390, `${await link.textContent()} is off the screen on ${screen.name}`).toBe(true);
      }
      // Phone layouts add their own risks (a chart that scrolls must be reachable by keyboard).
      await expectNoSeriousA11yViolations(page, `${screen.name} at 390 px`);
    }
    await context.close();
  });
});
