import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importDocuments } from '@claimdesk/api/use-cases';
import { CONFLICTING_ARTICLE } from '../fixtures/files';
import { launchBrowser } from '../support/browser';
import { commentBox } from '../support/comment-box';
import { actorOf, findDispute, retireTeam, seedTeam, withDb, type SeededTeam } from '../support/seed';
import { openStage } from '../support/team';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const banner = (page: Page) => page.getByTestId('new-since-last-look');

/**
 * Opens the dispute and waits until the page has recorded this visit: the page marks the dispute seen once it has
 * read what is new, so after this the banner shows what it will show for this visit.
 */
async function visit(page: Page, target: string): Promise<void> {
  const seen = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('alert.markSeen'));
  await page.goto(target);
  await commentBox(page);
  expect((await seen).ok()).toBe(true);
}

/** Another desk (a feed poll, a colleague's upload) imports the article that contradicts the dispute. */
async function importConflictingArticle(team: SeededTeam): Promise<void> {
  const bytes = new Uint8Array(await readFile(CONFLICTING_ARTICLE.path));
  const metadata = { title: CONFLICTING_ARTICLE.title, outlet: CONFLICTING_ARTICLE.outlet, url: CONFLICTING_ARTICLE.url, publishedDate: CONFLICTING_ARTICLE.publishedDate, publishedApproximate: false, language: 'en' };
  const report = await withDb(dbPath, (db) => importDocuments({ db, actor: actorOf(team.lead) }, { caseId: team.caseId, items: [{ file: { name: CONFLICTING_ARTICLE.fileName, bytes }, metadata }] }));
  expect(report.imported).toBe(1);
}

describe('new since you last looked', () => {
  it('a reviewer back on a dispute sees which conflicting figure joined it since her last visit, once', async () => {
    const team = await seedTeam(dbPath, { label: 'New since last look', articles: ['cnn.txt'] });
    const dispute = await findDispute(dbPath, team, 'beheaded');
    const target = `/cases/${team.caseId}/disputes/${dispute.id}`;
    const stage = openStage(browser, baseUrl, 'new-since-last-look');
    const ana = await stage.signedIn(team.ana, 'Ana');

    // First visit: nothing to compare with yet, so nothing is "new".
    await visit(ana.page, target);
    expect(await banner(ana.page).count()).toBe(0);

    await importConflictingArticle(team);

    // Back on the dispute: the new outlet's figure is named, with a link that opens the article it came from.
    await visit(ana.page, target);
    await banner(ana.page).waitFor();
    expect(await banner(ana.page).textContent()).toMatch(/New since you last looked:\s*1 conflicting figure joined this dispute/);
    const link = banner(ana.page).getByRole('link', { name: CONFLICTING_ARTICLE.outlet });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^/cases/${team.caseId}/documents/[0-9a-f-]{36}$`));
    await stage.look(ana, 'new since last look');
    await link.click();
    await ana.page.getByTestId('document-text').getByText(CONFLICTING_ARTICLE.sentence, { exact: false }).first().waitFor();

    // The next visit has seen it: the banner is gone. Another reviewer who never looked is not told "new" either.
    await visit(ana.page, target);
    expect(await banner(ana.page).count()).toBe(0);
    const ben = await stage.signedIn(team.ben, 'Ben');
    await visit(ben.page, target);
    expect(await banner(ben.page).count()).toBe(0);
    await retireTeam(dbPath, team);
  });
});
