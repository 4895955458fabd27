import { setTimeout as pause } from 'node:timers/promises';
import { and, asc, eq, feedItems, feeds, inArray, lte, whenNotBusy, writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { DomainError } from '../errors';
import { feedPolicy, pagePolicy } from '../sources/fetch-policy';
import { LEASE_MS, nextPollAfter } from '../sources/feed-schedule';
import { readFeed, type FeedEntry } from '../sources/read-feed';
import { safeFetch, type FetchPolicy } from '../sources/safe-fetch';
import { importUrls, type UrlImportResult } from './import-urls';
import { requireFeedAccess } from './feed-access';

type Feed = typeof feeds.$inferSelect;

export interface PollOptions {
  /** Who holds the lease: one id per server process. */
  owner: string;
  /** The scheduler's clock, injected so tests drive polls without waiting. */
  now: number;
  feedPolicy?: FetchPolicy;
  pagePolicy?: FetchPolicy;
  /** Feeds leased per round. */
  limit?: number;
}

export interface FeedPollReport {
  feedId: string;
  status: 'polled' | 'not_modified' | 'failed';
  imported: number;
  duplicates: number;
  skipped: number;
  rejected: number;
  error: string | null;
}

const BUSY_PATIENCE_MS = 30_000;
/** How often a waiting "poll now" looks whether the other poll let go of the lease. */
const LEASE_WAIT_MS = 250;

/**
 * One round of the scheduler: takes the lease on every due feed nobody else holds (in one write transaction, so of
 * two processes sharing the database only one gets each feed), polls them one after another and lets go.
 */
export async function pollDueFeeds(db: Db, options: PollOptions): Promise<FeedPollReport[]> {
  const leased = await whenNotBusy(() => writeTransaction(db, (tx) => leaseDue(tx, options)), BUSY_PATIENCE_MS);
  const reports: FeedPollReport[] = [];
  for (const feed of leased) {
    reports.push(await pollLeased(db, feed, options));
    await yieldToEventLoop();
  }
  return reports;
}

/**
 * Lets the requests that arrived meanwhile run before the poll goes on: a feed's items are imported from the
 * server's own event loop, so without a turn between them the reviewers' requests queue behind a whole feed.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function leaseDue(tx: Db, { owner, now, limit = 20 }: PollOptions): Feed[] {
  const due = tx
    .select()
    .from(feeds)
    .where(and(eq(feeds.paused, false), lte(feeds.nextPollAt, now), lte(feeds.leaseUntil, now)))
    .orderBy(asc(feeds.nextPollAt))
    .limit(limit)
    .all();
  for (const feed of due) tx.update(feeds).set({ leaseOwner: owner, leaseUntil: now + LEASE_MS }).where(eq(feeds.id, feed.id)).run();
  return due;
}

/**
 * A lead's "poll now": takes the feed's lease whatever its schedule. If another process (or this one's scheduler)
 * is polling it, waits for that poll to let go first, then polls again, so the answer is always a fresh poll.
 */
export async function pollFeedNow({ db, actor }: { db: Db; actor: Actor }, input: { feedId: string }, options: PollOptions): Promise<FeedPollReport> {
  const giveUpAt = Date.now() + LEASE_MS;
  for (;;) {
    const now = Date.now();
    const feed = await whenNotBusy(
      () =>
        writeTransaction(db, (tx) => {
          const found = requireFeedAccess(tx, actor, input.feedId);
          if (found.leaseUntil > now) return null;
          tx.update(feeds).set({ leaseOwner: options.owner, leaseUntil: now + LEASE_MS }).where(eq(feeds.id, found.id)).run();
          return found;
        }),
      BUSY_PATIENCE_MS,
    );
    if (feed) return pollLeased(db, feed, { ...options, now });
    if (now > giveUpAt) throw new DomainError('RULE_VIOLATION', 'This feed is being polled right now; its new items appear as soon as it finishes.');
    await pause(LEASE_WAIT_MS);
  }
}

const feedActor = (feed: Feed): Actor => ({ id: null, name: `feed ${feed.title ?? feed.url}`, role: 'admin' });

function mentions(entry: FeedEntry, words: readonly string[]): boolean {
  const text = `${entry.title}\n${entry.summary}`.toLowerCase();
  return words.some((w) => text.includes(w));
}

async function pollLeased(db: Db, feed: Feed, options: PollOptions): Promise<FeedPollReport> {
  const report: FeedPollReport = { feedId: feed.id, status: 'polled', imported: 0, duplicates: 0, skipped: 0, rejected: 0, error: null };
  try {
    const outcome = await safeFetch(options.feedPolicy ?? feedPolicy(), feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    if (!outcome.ok) return await finish(db, feed, options, { ...report, status: 'failed', error: outcome.reason }, []);
    if (!('body' in outcome)) return await finish(db, feed, options, { ...report, status: 'not_modified' }, []);
    const reading = readFeed(outcome.body, outcome.charset, outcome.contentType, outcome.url);
    if (!reading.ok) return await finish(db, feed, options, { ...report, status: 'failed', error: reading.reason }, []);

    const keys = reading.entries.map((e) => e.key);
    const known = new Set(keys.length === 0 ? [] : db.select({ key: feedItems.itemKey }).from(feedItems).where(and(eq(feedItems.feedId, feed.id), inArray(feedItems.itemKey, keys))).all().map((r) => r.key));
    const fresh = reading.entries.filter((e) => !known.has(e.key));
    // Items whose title or summary already has a required word are imported as they are; the others only if their page has one.
    const words = feed.requiredWords;
    const plain = words.length === 0 ? fresh : fresh.filter((e) => mentions(e, words));
    const checked = words.length === 0 ? [] : fresh.filter((e) => !mentions(e, words));
    const ctx = { db, actor: feedActor(feed) };
    const policy = options.pagePolicy ?? pagePolicy();
    const results: [FeedEntry, UrlImportResult][] = [];
    // One item at a time, each through the URL import on its own: its page stored in its own short transaction and
    // grouped on its own, and recorded as seen at once (so a crash mid-poll never imports it twice), with a turn of
    // the event loop between items. A whole feed in one import held the event loop for the feed's grouping at once.
    for (const entry of [...plain, ...checked]) {
      const mustContain = words.length > 0 && !mentions(entry, words) ? words : undefined;
      const r = await importUrls(ctx, { caseId: feed.caseId, urls: [entry.url], policy, ...(mustContain ? { mustContain } : {}) });
      const result = r.results[0] ?? { url: entry.url, status: 'rejected' as const, reason: 'not imported' };
      await whenNotBusy(() => writeTransaction(db, (tx) => recordItems(tx, feed, [[entry, result]], options.now)), BUSY_PATIENCE_MS);
      results.push([entry, result]);
      await yieldToEventLoop();
    }
    for (const [, r] of results) {
      if (r.status === 'imported' || r.status === 'revision') report.imported += 1;
      else if (r.status === 'duplicate') report.duplicates += 1;
      else if (r.status === 'skipped') report.skipped += 1;
      else report.rejected += 1;
    }
    return await finish(db, feed, options, { ...report, title: reading.title, etag: outcome.etag, lastModified: outcome.lastModified }, results);
  } catch (error) {
    console.error(`[feeds] polling ${feed.url} failed:`, error);
    return finish(db, feed, options, { ...report, status: 'failed', error: 'The poll failed because of a server error; it will be tried again.' }, []);
  }
}

interface Finished extends FeedPollReport {
  title?: string | null;
  etag?: string | null;
  lastModified?: string | null;
}

/** Records the poll: each item seen, the feed's state and schedule (backing off after errors), the lease let go. */
async function finish(db: Db, feed: Feed, options: PollOptions, done: Finished, results: [FeedEntry, UrlImportResult][]): Promise<FeedPollReport> {
  const { now } = options;
  await whenNotBusy(
    () =>
      writeTransaction(db, (tx) => {
        const current = tx.select({ id: feeds.id, itemsImported: feeds.itemsImported, failures: feeds.failures }).from(feeds).where(eq(feeds.id, feed.id)).get();
        if (!current) return; // removed while it was polled
        recordItems(tx, feed, results, now);
        const failed = done.status === 'failed';
        const failures = failed ? current.failures + 1 : 0;
        tx.update(feeds)
          .set({
            lastPolledAt: now,
            lastError: done.error,
            failures,
            itemsImported: current.itemsImported + done.imported,
            nextPollAt: nextPollAfter(now, feed.intervalSeconds, failures),
            leaseOwner: null,
            leaseUntil: 0,
            ...(done.title ? { title: done.title } : {}),
            ...(done.status === 'polled' ? { etag: done.etag ?? null, lastModified: done.lastModified ?? null } : {}),
          })
          .where(eq(feeds.id, feed.id))
          .run();
        if (done.imported > 0 || done.error !== feed.lastError) {
          recordActivity(tx, feedActor(feed), { caseId: feed.caseId, action: failed ? 'feed.failed' : 'feed.polled', entityType: 'feed', entityId: feed.id, after: { imported: done.imported, error: done.error } }, Date.now());
        }
      }),
    BUSY_PATIENCE_MS,
  );
  const { feedId, status, imported, duplicates, skipped, rejected, error } = done;
  return { feedId, status, imported, duplicates, skipped, rejected, error };
}

/** Each item seen, with its outcome: an item recorded once is never imported again from this feed. */
function recordItems(tx: Db, feed: Feed, results: readonly [FeedEntry, UrlImportResult][], now: number): void {
  if (results.length === 0) return;
  tx.insert(feedItems)
    .values(
      results.map(([entry, r]) => ({
        feedId: feed.id,
        itemKey: entry.key,
        url: entry.url,
        title: entry.title || null,
        outcome: r.status,
        reason: r.status === 'rejected' || r.status === 'skipped' ? r.reason : null,
        documentId: 'documentId' in r ? r.documentId : null,
        seenAt: now,
      })),
    )
    .onConflictDoNothing()
    .run();
}
