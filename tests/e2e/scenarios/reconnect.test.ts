import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { commentBox } from '../support/comment-box';
import { findDispute, retireTeam, seedTeam } from '../support/seed';
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

const discussion = (page: Page) => page.getByRole('region', { name: 'Discussion' });

async function comment(page: Page, body: string): Promise<void> {
  await (await commentBox(page)).fill(body);
  await discussion(page).getByRole('button', { name: 'Comment', exact: true }).click();
  await discussion(page).getByRole('listitem').filter({ hasText: body }).waitFor();
}

/** A mark on the page's window: it is gone after any reload or full navigation. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
}
async function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

describe('reconnect', () => {
  it("a reviewer whose connection drops sees what she missed when it returns, without reloading", async () => {
    const team = await seedTeam(dbPath, { label: 'Reconnect' });
    const dispute = await findDispute(dbPath, team, 'deaths');
    const target = `/cases/${team.caseId}/disputes/${dispute.id}`;
    const stage = openStage(browser, baseUrl, 'reconnect');
    const ana = await stage.signedIn(team.ana, 'Ana');
    const ben = await stage.signedIn(team.ben, 'Ben');
    await ana.page.goto(target);
    await ben.page.goto(target);
    await discussion(ana.page).getByText('No comments yet').waitFor();
    await markPage(ana.page);

    const before = 'Before the drop: CNN and the police both say dozens.';
    await comment(ben.page, before);
    await discussion(ana.page).getByRole('listitem').filter({ hasText: before }).waitFor();
    await stage.shot(ana, 'live comment while online');

    await ana.context.setOffline(true);
    const missed = [`While Ana was offline: @${team.ana.email.split('@')[0] ?? ''} the ministry's 26 may be a different count.`, 'Second missed note: Khabar 24 relays the police, so that is one source.'];
    for (const body of missed) await comment(ben.page, body);
    await stage.shot(ben, 'comments posted while ana is offline');
    await stage.shot(ana, 'offline');

    await ana.context.setOffline(false);
    for (const body of missed) {
      await discussion(ana.page).getByRole('listitem').filter({ hasText: body.slice(-40) }).waitFor();
    }
    expect(await stillSamePage(ana.page)).toBe(true);
    await expect.poll(() => discussion(ana.page).getByRole('listitem').count()).toBe(3);
    await stage.look(ana, 'caught up after reconnecting');
    await retireTeam(dbPath, team);
  });
});
