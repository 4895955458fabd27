import { randomUUID } from 'node:crypto';
import { comments } from '@claimdesk/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
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
    const box = ana.page.getByRole('combobox', { name: 'Comment' });
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
    await stage.look(ana, 'escaped markup posted');

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
