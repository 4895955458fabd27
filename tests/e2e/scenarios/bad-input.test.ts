import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { comments } from '@claimdesk/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONFLICTING_ARTICLE, writeBadUploads } from '../fixtures/files';
import { launchBrowser } from '../support/browser';
import { commentBox } from '../support/comment-box';
import { findDispute, retireTeam, seedTeam, withDb } from '../support/seed';
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

/** Markup that would run if any of it reached the page as HTML. */
const RAW_SCRIPT = 'Checked the Almaty figures <script>window.__claimdeskPwned = "script"</script>';
/** The same words written the Markdown way (entities): allowed, and must come out as text. */
const ESCAPED_SCRIPT = 'The page showed &lt;script&gt;window.__claimdeskPwned = 1&lt;/script&gt; next to **the 5,000 figure**';
/** Stored without passing the API's check (as an older version or a direct import could have): the renderer is the last line. */
const STORED_HTML = 'Legacy note <script>window.__claimdeskPwned = "stored"</script><img src="x" onerror="window.__claimdeskPwned = \'img\'"> end of note';

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __claimdeskPwned?: unknown }).__claimdeskPwned ?? null);
}

describe('bad input through the screens', () => {
  it('uploading an empty, a binary and an oversized file shows each reason and still imports the good article', async () => {
    const team = await seedTeam(dbPath, { label: 'Bad input upload' });
    const bad = writeBadUploads();
    const stage = openStage(browser, baseUrl, 'bad-input-upload');
    const lead = await stage.signedIn(team.lead, 'Lead');
    await lead.page.goto(`/cases/${team.caseId}`);
    await lead.page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Import' }).click();
    await lead.page.getByRole('heading', { name: 'Import articles' }).waitFor();
    await stage.shot(lead, 'import screen');

    await lead.page.getByLabel('Choose files…').setInputFiles([bad.empty, bad.binary, bad.oversized, CONFLICTING_ARTICLE.path]);
    await lead.page.getByLabel(`Outlet of ${CONFLICTING_ARTICLE.fileName}`).fill(CONFLICTING_ARTICLE.outlet);
    await lead.page.getByLabel(`Published date of ${CONFLICTING_ARTICLE.fileName}`).fill(CONFLICTING_ARTICLE.publishedDate);
    await stage.look(lead, 'four files staged');
    await lead.page.getByRole('button', { name: /^Import 4 articles/ }).click();

    const results = lead.page.getByTestId('import-results');
    const row = (name: string) => results.getByRole('row').filter({ hasText: name });
    await expect.poll(() => results.getByRole('row').count()).toBe(5);
    const expected: [string, RegExp][] = [
      ['empty-article.txt', /Rejected.*empty/i],
      ['photo-renamed.txt', /Rejected.*binary/i],
      ['whole-website-dump.txt', /Rejected.*5 MB/i],
      [CONFLICTING_ARTICLE.fileName, /Imported/],
    ];
    for (const [name, outcome] of expected) expect(await row(name).textContent(), name).toMatch(outcome);
    await stage.look(lead, 'results with every reason');

    await row(CONFLICTING_ARTICLE.fileName).getByRole('link', { name: CONFLICTING_ARTICLE.title }).click();
    await lead.page.getByTestId('document-text').getByText(CONFLICTING_ARTICLE.sentence, { exact: false }).first().waitFor();
    await stage.shot(lead, 'the good article was imported');
    rmSync(bad.dir, { recursive: true, force: true });
    await retireTeam(dbPath, team);
  });

  it('a comment with <script> is refused with its reason and kept; escaped markup and stored HTML show as text and run nothing', async () => {
    const team = await seedTeam(dbPath, { label: 'Bad input comment' });
    const dispute = await findDispute(dbPath, team, 'deaths');
    await withDb(dbPath, (db) => {
      db.insert(comments).values({ id: randomUUID(), caseId: team.caseId, itemType: 'dispute', itemId: dispute.id, authorId: team.cara.id, body: STORED_HTML, mentions: [], createdAt: Date.now(), editedAt: null }).run();
    });
    const stage = openStage(browser, baseUrl, 'bad-input-comment');
    const ana = await stage.signedIn(team.ana, 'Ana');
    const target = `/cases/${team.caseId}/disputes/${dispute.id}`;
    await ana.page.goto(target);
    const box = await commentBox(ana.page);
    await box.fill(RAW_SCRIPT);
    await ana.page.getByRole('button', { name: 'Comment', exact: true }).click();
    await ana.page.getByRole('alert').filter({ hasText: 'HTML tags are not allowed' }).waitFor();
    expect(await box.inputValue()).toBe(RAW_SCRIPT);
    await stage.look(ana, 'raw html refused');

    await box.fill(ESCAPED_SCRIPT);
    await ana.page.getByRole('button', { name: 'Comment', exact: true }).click();
    const commentItems = (page: Page) => page.getByRole('region', { name: 'Discussion' }).getByRole('listitem');
    await commentItems(ana.page).filter({ hasText: 'The page showed' }).waitFor();
    await expect.poll(() => box.inputValue()).toBe('');
    await stage.shot(ana, 'escaped markup posted');

    const ben = await stage.signedIn(team.ben, 'Ben');
    await ben.page.goto(target);
    await commentItems(ben.page).filter({ hasText: 'The page showed' }).waitFor();
    await stage.look(ben, 'comments as another reader');

    for (const player of [ana, ben]) {
      const escaped = commentItems(player.page).filter({ hasText: 'The page showed' });
      expect(await escaped.textContent(), player.label).toContain('<script>window.__claimdeskPwned = 1</script>');
      expect(await escaped.locator('strong').filter({ hasText: 'the 5,000 figure' }).count(), player.label).toBe(1);
      const stored = commentItems(player.page).filter({ hasText: 'Legacy note' });
      await stored.waitFor();
      expect(await stored.textContent(), player.label).toContain('end of note');
      const discussion = player.page.getByRole('region', { name: 'Discussion' });
      expect(await discussion.locator('script, img, iframe, [onerror]').count(), player.label).toBe(0);
      expect(await pwned(player.page), player.label).toBeNull();
    }
    await retireTeam(dbPath, team);
  });
});
