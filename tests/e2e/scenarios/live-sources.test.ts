import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORY, startFixtureSite, type FixtureSite } from '../../../packages/api/test/support/fixture-site';
import { launchBrowser } from '../support/browser';
import { retireTeam, seedTeam } from '../support/seed';
import { openStage } from '../support/team';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;
let site: FixtureSite;

beforeAll(async () => {
  browser = await launchBrowser();
  // The server was started allowed to fetch from this port only (global setup's CLAIMDESK_FETCH_ALLOW).
  site = await startFixtureSite(inject('sitePort'));
  for (const a of STORY) site.putArticle(a);
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

describe('live sources', () => {
  it('a lead pastes three addresses and sees the articles with their real titles, outlets and dates; every bad address is refused with its reason', async () => {
    const team = await seedTeam(dbPath, { label: 'Live URLs', articles: [] });
    const stage = openStage(browser, baseUrl, 'live-sources-urls');
    const lead = await stage.signedIn(team.lead, 'Lena');
    await lead.page.goto(`/cases/${team.caseId}/import`);
    const urls = [...STORY.map((a) => `${site.base}/articles/${a.slug}`), `${site.base}/articles/gone`, 'http://169.254.169.254/latest/meta-data/'];
    await lead.page.getByLabel('Article addresses, one per line').fill(urls.join('\n'));
    await stage.look(lead, 'addresses pasted');
    await lead.page.getByRole('button', { name: 'Import 5 addresses' }).click();
    const results = lead.page.getByTestId('url-results');
    await results.waitFor();
    const row = (url: string) => results.locator('tr', { hasText: url });
    expect(await row(urls[0] ?? '').textContent()).toMatch(/Imported.*Police deaths rise in Almaty unrest — Steppe Courier, 2022-01-06 · \d+ claims/);
    expect(await row(urls[1] ?? '').textContent()).toMatch(/Imported.*Interior ministry gives new toll — Caspian Wire, 2022-01-07/);
    expect(await row(urls[2] ?? '').textContent()).toMatch(/Imported.*Hundreds detained after protests — Tien Shan Times, 2022-01-07/);
    expect(await row(`${site.base}/articles/gone`).textContent()).toContain('The page was not found (HTTP 404).');
    expect(await row('169.254.169.254').textContent()).toContain('Refused: 169.254.169.254 is the cloud metadata service.');
    // The refused addresses stay in the box to fix or drop.
    expect(await lead.page.getByLabel('Article addresses, one per line').inputValue()).toBe(`${site.base}/articles/gone\nhttp://169.254.169.254/latest/meta-data/`);
    await stage.look(lead, 'address results');

    await lead.page.goto(`/cases/${team.caseId}/disputes`);
    await lead.page.getByRole('link', { name: /deaths/i }).first().waitFor();
    await stage.shot(lead, 'disputes from the pages');
    await retireTeam(dbPath, team);
  });

  it('a lead follows a feed; a reviewer sees its new items appear in the case on the next poll without a reload; pause and remove work', async () => {
    const team = await seedTeam(dbPath, { label: 'Live feed', articles: [] });
    const tag = team.tag;
    const first = { slug: `curfew-${tag}`, title: `Curfew extended ${tag}`, outlet: 'Steppe Courier', author: 'A. S.', published: '2022-01-09T08:00:00+06:00', paragraphs: ['The curfew in Almaty was extended to 19 January; 164 people have died, the health ministry said.'] };
    const second = { slug: `airport-${tag}`, title: `Airport reopens ${tag}`, outlet: 'Caspian Wire', author: 'D. O.', published: '2022-01-10T08:00:00+06:00', paragraphs: ['Almaty airport reopened after 6 days, with 40 flights scheduled, the operator said.'] };
    site.putArticle(first);
    site.putArticle(second);
    const feedName = `wire-${tag}`;
    site.publish(feedName, first);

    const stage = openStage(browser, baseUrl, 'live-sources-feed');
    const lead = await stage.signedIn(team.lead, 'Lena');
    const ana = await stage.signedIn(team.ana, 'Ana');
    await ana.page.goto(`/cases/${team.caseId}`);
    await ana.page.getByText('No documents yet').waitFor();
    await ana.page.evaluate(() => {
      (window as unknown as { notReloaded?: boolean }).notReloaded = true;
    });

    await lead.page.goto(`/cases/${team.caseId}/feeds`);
    await lead.page.getByLabel('RSS, Atom or JSON Feed address').fill(site.feedUrl(feedName, 'rss'));
    await lead.page.getByLabel('Required words (optional, comma-separated)').fill('Almaty');
    await lead.page.getByRole('button', { name: 'Add feed' }).click();
    await lead.page.getByText(`Added "${feedName}" (1 items listed now)`).waitFor();
    await lead.page.getByRole('button', { name: `Poll now: ${feedName}` }).click();
    await lead.page.getByText(/^Polled:/).waitFor();
    // Ana's page (not reloaded) gains the article, whether the scheduler or "poll now" imported it.
    await ana.page.getByRole('link', { name: first.title }).waitFor();
    await stage.look(ana, 'first feed item arrived');

    site.publish(feedName, second);
    await lead.page.getByRole('button', { name: `Poll now: ${feedName}` }).click();
    await ana.page.getByRole('link', { name: second.title }).waitFor();
    expect(await ana.page.getByTestId('document-count').textContent()).toBe('2 articles');
    expect(await ana.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await stage.shot(ana, 'second feed item arrived');

    const feedRow = lead.page.getByTestId('feeds').locator('tbody tr').first();
    await expect.poll(() => feedRow.locator('td').nth(3).textContent()).toBe('2');
    expect(await feedRow.locator('td').nth(2).textContent()).toBe('none');
    await stage.look(lead, 'feed polled');

    await lead.page.getByRole('button', { name: `Pause: ${feedName}` }).click();
    await feedRow.getByText('Paused').waitFor();
    await stage.shot(lead, 'feed paused');
    await lead.page.getByRole('button', { name: `Remove: ${feedName}` }).click();
    await lead.page.getByText('This case follows no feed yet.').waitFor();
    expect(await ana.page.getByTestId('document-count').textContent()).toBe('2 articles');
    await retireTeam(dbPath, team);
  });
});
