import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONFLICTING_ARTICLE } from '../fixtures/files';
import { launchBrowser } from '../support/browser';
import { commentBox } from '../support/comment-box';
import { retireTeam, seedTeam } from '../support/seed';
import { openStage, type Player } from '../support/team';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const region = (page: Page, name: string) => page.getByRole('region', { name });
const queueRows = (page: Page) => page.getByTestId('queue-table').locator('tbody tr:not([aria-hidden])');

/** A headline number of the lead dashboard, by its label ("open", "resolved", "awaiting approval"). */
async function kpi(page: Page, label: string): Promise<string> {
  const tile = page.locator('.kpi').filter({ has: page.getByText(label, { exact: true }) });
  return ((await tile.count()) === 1 ? await tile.locator('.kpi-n').textContent() : null) ?? '';
}

async function download(player: Player, label: string): Promise<Buffer> {
  const [file] = await Promise.all([player.page.waitForEvent('download'), region(player.page, 'Download').getByRole('button', { name: new RegExp(`^${label}`) }).click()]);
  const path = await file.path();
  return readFile(path);
}

describe('the full story', () => {
  it('a lead and two reviewers take a new conflicting figure from import to an approved verdict and a report, seeing each other live', async () => {
    const team = await seedTeam(dbPath, { label: 'Full story', fourEyes: true, articles: ['cnn.txt'] });
    const stage = openStage(browser, baseUrl, 'full-story');
    const lead = await stage.signedIn(team.lead, 'Lead');
    const ana = await stage.signedIn(team.ana, 'Ana');
    const ben = await stage.signedIn(team.ben, 'Ben');

    // Ana waits on her queue; the lead imports the article and finds the new conflict on top.
    await ana.page.goto(`/cases/${team.caseId}/queue`);
    await ana.page.getByRole('heading', { name: 'My queue' }).waitFor();
    await expect.poll(() => queueRows(ana.page).count()).toBe(0);
    await stage.look(ana, 'empty queue');

    await lead.page.goto(`/cases/${team.caseId}`);
    await lead.page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Import' }).click();
    await lead.page.getByLabel('Choose files…').setInputFiles(CONFLICTING_ARTICLE.path);
    const file = CONFLICTING_ARTICLE.fileName;
    await lead.page.getByLabel(`Outlet of ${file}`).fill(CONFLICTING_ARTICLE.outlet);
    await lead.page.getByLabel(`Title of ${file}`).fill(CONFLICTING_ARTICLE.title);
    await lead.page.getByLabel(`URL of ${file}`).fill(CONFLICTING_ARTICLE.url);
    await lead.page.getByLabel(`Published date of ${file}`).fill(CONFLICTING_ARTICLE.publishedDate);
    await stage.look(lead, 'import staged');
    await lead.page.getByRole('button', { name: 'Import 1 article' }).click();
    const imported = lead.page.getByTestId('import-results').getByRole('row').filter({ hasText: file });
    await imported.getByText('Imported', { exact: true }).waitFor();
    await stage.look(lead, 'import result');
    await imported.getByRole('link', { name: 'see disputes' }).click();
    const top = queueRows(lead.page).first();
    await top.getByRole('link', { name: /beheaded/i }).waitFor();
    await expect.poll(() => top.textContent()).toMatch(/conflict/i);
    await stage.look(lead, 'all disputes, new conflict on top');

    // The lead triages and assigns it to Ana.
    await top.getByRole('link', { name: /beheaded/i }).click();
    await lead.page.getByRole('heading', { level: 1, name: /beheaded/i }).waitFor();
    const disputePath = new URL(lead.page.url()).pathname;
    await lead.page.getByRole('button', { name: /triage/i }).click();
    await lead.page.getByText('Triaged', { exact: true }).first().waitFor();
    await lead.page.getByLabel('Assign to').selectOption({ label: team.ana.name });
    await lead.page.getByRole('button', { name: 'Assign', exact: true }).click();
    await lead.page.getByText(`assignee: ${team.ana.name}`).waitFor();
    await stage.look(lead, 'assigned to ana');

    // The lead keeps the lead dashboard open in a second tab.
    const board: Player = { ...lead, label: 'Lead dashboard tab', page: await lead.context.newPage() };
    await board.page.goto(`/cases/${team.caseId}/lead`);
    await expect.poll(() => kpi(board.page, 'resolved')).toBe('0');
    const openBefore = Number(await kpi(board.page, 'open'));
    expect(openBefore).toBeGreaterThan(0);
    await stage.look(board, 'lead dashboard before');

    // Ana sees it arrive without reloading, opens it, starts the review and reads the sources.
    await queueRows(ana.page).getByRole('link', { name: /beheaded/i }).waitFor();
    await stage.shot(ana, 'queue with the new assignment');
    await queueRows(ana.page).getByRole('link', { name: /beheaded/i }).click();
    await ana.page.getByRole('button', { name: 'Start review' }).click();
    const sources = region(ana.page, 'Sources');
    await sources.getByText(CONFLICTING_ARTICLE.outlet).first().waitFor();
    await sources.getByText('CNN').first().waitFor();
    await stage.look(ana, 'dispute in review with its sources');

    // She opens the new article at the figure, in the document reader, and comes back.
    await sources.getByRole('row').filter({ hasText: CONFLICTING_ARTICLE.outlet }).getByRole('link', { name: 'Open in article' }).click();
    await ana.page.getByRole('heading', { level: 1, name: CONFLICTING_ARTICLE.title }).waitFor();
    await ana.page.getByTestId('document-text').getByText(CONFLICTING_ARTICLE.sentence, { exact: false }).first().waitFor();
    await stage.look(ana, 'reader at the conflicting figure');
    await ana.page.goBack();
    await region(ana.page, 'Discussion').waitFor();

    // Ben is on the dispute; Ana mentions him and he sees it live.
    await ben.page.goto(disputePath);
    await region(ben.page, 'Discussion').waitFor();
    const benHandle = team.ben.email.split('@')[0] ?? '';
    const mention = `@${benHandle} the Steppe Courier says only one officer; CNN via Khabar 24 says two. Can you check the commander's office statements?`;
    await (await commentBox(ana.page)).fill(mention);
    await region(ana.page, 'Discussion').getByRole('button', { name: 'Comment', exact: true }).click();
    await region(ben.page, 'Discussion').getByRole('listitem').filter({ hasText: 'says only one officer' }).waitFor();
    await stage.shot(ben, 'mention arrives live');

    // Ana proposes; with four eyes on, Ben agrees; the lead approves.
    const verdict = region(ana.page, 'Verdict');
    await verdict.getByLabel('Rating').selectOption('conflicting');
    await verdict.getByLabel(/Reconciled low/).fill('1');
    await verdict.getByLabel(/Reconciled high/).fill('2');
    await verdict.getByLabel('As of').fill('2022-01-09');
    await verdict.getByLabel('Rationale').fill('One or two officers: the commander’s office is quoted for both figures; no independent confirmation yet.');
    await stage.look(ana, 'verdict form filled');
    await verdict.getByRole('button', { name: 'Propose verdict' }).click();
    await verdict.getByText('Proposed', { exact: true }).waitFor();

    await region(ben.page, 'Verdict').getByRole('button', { name: 'Agree (second reviewer)' }).click();
    await region(ben.page, 'Verdict').getByText(`${team.ben.name} agrees`).waitFor();
    await stage.shot(ben, 'second reviewer agrees');

    await lead.page.goto(disputePath);
    await region(lead.page, 'Verdict').getByText(`${team.ben.name} agrees`).waitFor();
    await region(lead.page, 'Verdict').getByRole('button', { name: 'Approve' }).click();
    await region(lead.page, 'Verdict').getByText('Approved', { exact: true }).waitFor();
    await lead.page.getByText('Resolved', { exact: true }).first().waitFor();
    await stage.look(lead, 'approved and resolved');
    // The lead dashboard does not follow live updates yet (the live feed does not refresh dashboard.get): reload it.
    await board.page.reload();
    await expect.poll(() => kpi(board.page, 'resolved')).toBe('1');
    expect(Number(await kpi(board.page, 'open'))).toBe(openBefore - 1);
    await stage.shot(board, 'lead dashboard after');
    await ana.page.getByText('Resolved', { exact: true }).first().waitFor();
    await stage.shot(ana, 'sees the approval');

    // The lead exports the report: the Markdown and the PDF carry the verdict, the range and the citations.
    await lead.page.goto(`/cases/${team.caseId}/report`);
    await lead.page.getByRole('heading', { name: 'Verified summary report' }).waitFor();
    await lead.page.frameLocator('iframe[title="Report preview"]').getByText(/beheaded/i).first().waitFor();
    await stage.look(lead, 'report preview');
    const markdown = (await download(lead, 'Markdown')).toString('utf8');
    for (const expected of [/conflicting/i, /\b1\s*[–-]\s*2\b/, /Steppe Courier/, /CNN/, /only one police officer was beheaded/, /steppe-courier\.example/]) {
      expect(markdown).toMatch(expected);
    }
    const pdf = await download(lead, 'PDF');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    for (const expected of [/conflicting/i, /\b1\s*[–-]\s*2\b/, /Steppe Courier/, /CNN/, /only one police officer was beheaded/]) {
      expect(text).toMatch(expected);
    }
    await stage.shot(lead, 'report downloaded');
    await retireTeam(dbPath, team);
  });
});
