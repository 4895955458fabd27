import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, eq, feedItems, feeds, openDatabase } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { pollDueFeeds } from '../src/use-cases/poll-feeds';
import { STORY, startFixtureSite, type FixtureSite } from './support/fixture-site';
import { callerFor, seedCase, seedUser } from './support/seed';

const { db, path, dispose } = createTestDatabase();
const lead = seedUser(db, 'lead');
const reviewer = seedUser(db, 'reviewer');
const theCase = seedCase(db, [lead, reviewer]);
let site: FixtureSite;
const MINUTE = 60_000;

beforeAll(async () => {
  site = await startFixtureSite();
  process.env.CLAIMDESK_FETCH_ALLOW = site.host;
  const [first, second, third] = STORY;
  if (!first || !second || !third) throw new Error('story');
  for (const a of STORY) site.putArticle(a);
  site.publish('wire', { slug: first.slug, title: first.title, published: first.published });
  site.publish('courier', { slug: second.slug, title: second.title, published: second.published });
  site.publish('times', { slug: third.slug, title: third.title, published: third.published });
});
afterAll(async () => {
  delete process.env.CLAIMDESK_FETCH_ALLOW;
  await site.close();
  dispose();
});

const docCount = () => db.select().from(documents).where(eq(documents.caseId, theCase.id)).all().length;
const feedRow = (id: string) => db.select().from(feeds).where(eq(feeds.id, id)).get();
const ids: Record<string, string> = {};

describe('feeds per case', () => {
  it('a lead adds RSS, Atom and JSON feeds; each address is read once first', async () => {
    const caller = callerFor(db, lead);
    ids.rss = (await caller.feed.add({ caseId: theCase.id, url: site.feedUrl('wire', 'rss'), intervalMinutes: 10 })).id;
    ids.atom = (await caller.feed.add({ caseId: theCase.id, url: site.feedUrl('courier', 'atom'), intervalMinutes: 10 })).id;
    ids.json = (await caller.feed.add({ caseId: theCase.id, url: site.feedUrl('times', 'json'), intervalMinutes: 10 })).id;
    const listed = await callerFor(db, reviewer).feed.list({ caseId: theCase.id });
    expect(listed.map((f) => f.title)).toEqual(['wire', 'courier', 'times (JSON)']);
    expect(listed.every((f) => f.lastPolledAt === null && f.itemsImported === 0)).toBe(true);
  });

  it.each([
    ['a missing feed', () => `${site.base}/feeds/none.xml`, /The feed cannot be added: The page was not found \(HTTP 404\)/],
    ['a web page', () => `${site.base}/articles/almaty-police-toll`, /a web page, not a feed/],
    ['the metadata service', () => 'http://169.254.169.254/feed', /cloud metadata service/],
    ['not an address', () => 'feeds please', /not a web address/],
  ])('refuses %s with its reason', async (_name, url, reason) => {
    await expect(callerFor(db, lead).feed.add({ caseId: theCase.id, url: url() })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(reason) });
  });

  it('is for leads; strict input', async () => {
    await expect(callerFor(db, reviewer).feed.add({ caseId: theCase.id, url: site.feedUrl('wire', 'rss') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callerFor(db, lead).feed.add({ caseId: theCase.id, url: site.feedUrl('wire', 'rss') })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(callerFor(db, lead).feed.add({ caseId: theCase.id, url: site.feedUrl('x', 'rss'), intervalMinutes: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(callerFor(db, reviewer).feed.remove({ feedId: ids.rss ?? '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const outsider = seedUser(db, 'lead');
    await expect(callerFor(db, outsider).feed.setPaused({ feedId: ids.rss ?? '', paused: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  const T0 = Date.now() + MINUTE;

  it('the first poll imports each feed’s items through the URL path', async () => {
    const reports = await pollDueFeeds(db, { owner: 'test', now: T0 });
    expect(reports.map((r) => [r.status, r.imported])).toEqual([['polled', 1], ['polled', 1], ['polled', 1]]);
    expect(docCount()).toBe(3);
    expect(feedRow(ids.rss ?? '')).toMatchObject({ lastPolledAt: T0, lastError: null, itemsImported: 1, nextPollAt: T0 + 10 * MINUTE, leaseUntil: 0 });
  });

  it('polls a feed only when it is due, with a conditional request, and imports only new items', async () => {
    const feedPath = '/feeds/wire.rss';
    const before = site.hits(feedPath);
    expect(await pollDueFeeds(db, { owner: 'test', now: T0 + 5 * MINUTE })).toEqual([]);
    expect(site.hits(feedPath)).toBe(before);

    const unchanged = await pollDueFeeds(db, { owner: 'test', now: T0 + 10 * MINUTE });
    expect(unchanged.map((r) => r.status)).toEqual(['not_modified', 'not_modified', 'not_modified']);
    expect(site.notModified(feedPath)).toBe(1);

    site.putArticle({ slug: 'curfew-extended', title: 'Curfew extended in Almaty', outlet: 'Steppe Courier', author: 'A. S.', published: '2022-01-09T08:00:00+06:00', paragraphs: ['The curfew was extended to 19 January; 164 people have died, officials said.'] });
    site.publish('wire', { slug: 'curfew-extended', title: 'Curfew extended in Almaty', published: '2022-01-09T08:00:00+06:00' });
    const oldArticleHits = site.hits('/articles/almaty-police-toll');
    const grown = await pollDueFeeds(db, { owner: 'test', now: T0 + 20 * MINUTE });
    expect(grown.find((r) => r.feedId === ids.rss)).toMatchObject({ status: 'polled', imported: 1, duplicates: 0 });
    expect(site.hits('/articles/almaty-police-toll')).toBe(oldArticleHits);
    expect(docCount()).toBe(4);
    expect(feedRow(ids.rss ?? '')?.itemsImported).toBe(2);
  });

  it('imports only items with a required word, and records the others as skipped', async () => {
    site.putArticle({ slug: 'football', title: 'Local derby ends in a draw', outlet: 'Sport Daily', author: 'B.', published: '2022-01-09T10:00:00+06:00', paragraphs: ['The two sides drew 2-2 in front of 12,000 fans at the central stadium.'] });
    site.putArticle({ slug: 'quiet-night', title: 'A quiet night', outlet: 'Sport Daily', author: 'B.', published: '2022-01-09T11:00:00+06:00', paragraphs: ['Troops lifted the curfew in two districts; 2,000 soldiers remain deployed.'] });
    site.publish('mixed', { slug: 'football', title: 'Local derby ends in a draw', published: '2022-01-09T10:00:00+06:00' });
    site.publish('mixed', { slug: 'quiet-night', title: 'A quiet night', published: '2022-01-09T11:00:00+06:00' });
    const { id } = await callerFor(db, lead).feed.add({ caseId: theCase.id, url: site.feedUrl('mixed', 'rss'), requiredWords: ['Curfew'] });
    const [report] = await pollDueFeeds(db, { owner: 'test', now: T0 + 21 * MINUTE });
    expect(report).toMatchObject({ feedId: id, imported: 1, skipped: 1 });
    const items = db.select().from(feedItems).where(eq(feedItems.feedId, id)).all();
    expect(items.find((i) => i.title === 'Local derby ends in a draw')).toMatchObject({ outcome: 'skipped', reason: expect.stringContaining('"curfew"') });
  });

  it('backs off after errors, shows the last error, and recovers', async () => {
    const id = ids.json ?? '';
    site.failWith('/feeds/times.json', 500);
    const at = T0 + 30 * MINUTE;
    const [failed] = (await pollDueFeeds(db, { owner: 'test', now: at })).filter((r) => r.feedId === id);
    expect(failed).toMatchObject({ status: 'failed', error: 'The site had an error (HTTP 500 Internal Server Error); try again later.' });
    expect(feedRow(id)).toMatchObject({ failures: 1, lastError: failed?.error, nextPollAt: at + 20 * MINUTE });
    await pollDueFeeds(db, { owner: 'test', now: at + 20 * MINUTE });
    expect(feedRow(id)).toMatchObject({ failures: 2, nextPollAt: at + 20 * MINUTE + 40 * MINUTE });
    site.failWith('/feeds/times.json', null);
    await pollDueFeeds(db, { owner: 'test', now: at + 60 * MINUTE });
    expect(feedRow(id)).toMatchObject({ failures: 0, lastError: null, nextPollAt: at + 70 * MINUTE });
  });

  it('a paused feed is not polled; resuming makes it due; removing it keeps its documents', async () => {
    const id = ids.atom ?? '';
    await callerFor(db, lead).feed.setPaused({ feedId: id, paused: true });
    const hits = site.hits('/feeds/courier.atom');
    await pollDueFeeds(db, { owner: 'test', now: T0 + 1000 * MINUTE });
    expect(site.hits('/feeds/courier.atom')).toBe(hits);
    await callerFor(db, lead).feed.setPaused({ feedId: id, paused: false });
    expect(feedRow(id)?.nextPollAt).toBeLessThanOrEqual(Date.now());
    const before = docCount();
    await callerFor(db, lead).feed.remove({ feedId: id });
    expect(feedRow(id)).toBeUndefined();
    expect(docCount()).toBe(before);
  });

  it('two processes sharing the database poll each due feed once: the lease', async () => {
    site.putArticle({ slug: 'airport', title: 'Airport reopens', outlet: 'Caspian Wire', author: 'D. O.', published: '2022-01-10T08:00:00+06:00', paragraphs: ['Almaty airport reopened after 6 days, with 40 flights scheduled, the operator said.'] });
    site.publish('wire', { slug: 'airport', title: 'Airport reopens', published: '2022-01-10T08:00:00+06:00' });
    const other = openDatabase({ path });
    const feedHits = site.hits('/feeds/wire.rss');
    const pageHits = site.hits('/articles/airport');
    const at = T0 + 2000 * MINUTE;
    const [a, b] = await Promise.all([pollDueFeeds(db, { owner: 'process-a', now: at }), pollDueFeeds(other, { owner: 'process-b', now: at })]);
    other.$client.close();
    const polledWire = [...(a ?? []), ...(b ?? [])].filter((r) => r.feedId === ids.rss);
    expect(polledWire).toHaveLength(1);
    expect(site.hits('/feeds/wire.rss')).toBe(feedHits + 1);
    expect(site.hits('/articles/airport')).toBe(pageHits + 1);
    expect(db.select().from(documents).where(eq(documents.title, 'Airport reopens')).all()).toHaveLength(1);
  });
});
