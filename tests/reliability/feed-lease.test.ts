// Issue 16: two server processes on one database poll each feed once per interval (the lease) and import each item
// once. Two real child processes, each running the dashboard's feed scheduler on the same SQLite file, are released
// at the same moment on the same due feeds, round after round; the local news site counts every request.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedPollReport } from '@claimdesk/api/use-cases';
import { addFeed } from '@claimdesk/api/use-cases';
import { documents, eq, feedItems, feeds, openDatabase, sql, type Db } from '@claimdesk/db';
import { startFixtureSite, type Article, type FixtureSite } from '../../packages/api/test/support/fixture-site';
import type { PollerCommand, PollerMessage } from './support/feed-poller';
import { seedCase, seedUser } from './support/seed';

const FEEDS = 6;
const ITEMS_PER_ROUND = 2;
const ROUNDS = 3;
const INTERVAL_MINUTES = 10;
const POLLER = join(import.meta.dirname, 'support', 'feed-poller.ts');

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-feed-lease-'));
const dbPath = join(dir, 'feeds.db');
let db: Db;
let site: FixtureSite;
let pollers: Poller[] = [];
let caseId = '';

/** A child process running the scheduler, with its IPC messages in arrival order. */
interface Poller {
  child: ChildProcess;
  stderr: () => string;
  next: () => Promise<PollerMessage>;
  send: (command: PollerCommand) => void;
}

function startPoller(owner: string): Poller {
  const child = spawn(process.execPath, ['--import', 'tsx', POLLER, owner], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, CLAIMDESK_DB_PATH: dbPath, CLAIMDESK_FETCH_ALLOW: site.host },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const inbox: PollerMessage[] = [];
  const waiting: { resolve: (m: PollerMessage) => void; reject: (e: Error) => void }[] = [];
  child.on('message', (message: PollerMessage) => {
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else inbox.push(message);
  });
  child.once('exit', (code) => {
    for (const waiter of waiting.splice(0)) waiter.reject(new Error(`poller ${owner} exited (${code}) before answering: ${stderr}`));
  });
  return {
    child,
    stderr: () => stderr,
    next: () => {
      const queued = inbox.shift();
      if (queued) return Promise.resolve(queued);
      if (child.exitCode !== null) return Promise.reject(new Error(`poller ${owner} has exited: ${stderr}`));
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    send: (command) => child.send(command),
  };
}

async function expectMessage<T extends PollerMessage['type']>(poller: Poller, type: T): Promise<Extract<PollerMessage, { type: T }>> {
  const message = await poller.next();
  if (message.type !== type) throw new Error(`expected "${type}" from a poller, got ${JSON.stringify(message)}`);
  return message as Extract<PollerMessage, { type: T }>;
}

/** Releases both processes on the same round at once (no await between the sends) and waits until both are done. */
async function releaseBoth(round: number, now: number): Promise<FeedPollReport[]> {
  for (const p of pollers) p.send({ type: 'poll', round, now });
  const answers = await Promise.all(pollers.map((p) => expectMessage(p, 'done')));
  for (const answer of answers) expect(answer.round).toBe(round);
  return answers.flatMap((a) => a.reports);
}

const feedName = (f: number) => `feed-${f}`;
const feedPath = (f: number) => `/feeds/${feedName(f)}.rss`;

function article(slug: string, n: number): Article {
  return {
    slug,
    title: `Report ${slug}`,
    outlet: 'Caspian Wire',
    author: 'A. B.',
    published: `2022-01-${String(10 + (n % 18)).padStart(2, '0')}T08:00:00+06:00`,
    paragraphs: [`At least ${20 + n} people were killed and ${100 + n} were injured in the clashes, officials said in report ${slug}.`],
  };
}

beforeAll(async () => {
  db = openDatabase({ path: dbPath });
  site = await startFixtureSite();
  const lead = seedUser(db, 'lead');
  caseId = seedCase(db, [lead.id]);
  process.env.CLAIMDESK_FETCH_ALLOW = site.host;
  for (let f = 0; f < FEEDS; f += 1) {
    site.publish(feedName(f), { ...article(`start-${f}`, f), slug: `start-${f}` });
    await addFeed({ db, actor: lead }, { caseId, url: site.feedUrl(feedName(f), 'rss'), intervalMinutes: INTERVAL_MINUTES });
  }
  pollers = [startPoller('process-a'), startPoller('process-b')];
  await Promise.all(pollers.map((p) => expectMessage(p, 'ready')));
});

afterAll(async () => {
  await Promise.all(
    pollers.map(async (p) => {
      if (p.child.exitCode !== null) return;
      const exited = new Promise((resolve) => p.child.once('exit', resolve));
      p.send({ type: 'stop' });
      await exited;
    }),
  );
  delete process.env.CLAIMDESK_FETCH_ALLOW;
  await site?.close();
  db?.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('two server processes polling the same feeds on one database', () => {
  it(`each feed is fetched once per interval and each item imported once, over ${ROUNDS} intervals`, async () => {
    const start = Date.now();
    const allSlugs: string[] = [];
    for (let f = 0; f < FEEDS; f += 1) {
      site.putArticle(article(`start-${f}`, f));
      allSlugs.push(`start-${f}`);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      // New items for this interval: some per feed, and one article that two feeds both carry.
      const pageHitsExpected = new Map<string, number>();
      if (round > 0) {
        for (let f = 0; f < FEEDS; f += 1) {
          for (let i = 0; i < ITEMS_PER_ROUND; i += 1) {
            const slug = `r${round}-f${f}-${i}`;
            site.putArticle(article(slug, round * 100 + f * 10 + i));
            site.publish(feedName(f), { slug, title: `Report ${slug}`, published: '2022-01-10T08:00:00+06:00' });
            pageHitsExpected.set(slug, 1);
            allSlugs.push(slug);
          }
        }
        const shared = `r${round}-shared`;
        site.putArticle(article(shared, round * 100 + 99));
        for (const f of [0, 1]) site.publish(feedName(f), { slug: shared, title: `Report ${shared}`, published: '2022-01-10T08:00:00+06:00' });
        pageHitsExpected.set(shared, 2);
        allSlugs.push(shared);
      } else {
        for (let f = 0; f < FEEDS; f += 1) pageHitsExpected.set(`start-${f}`, 1);
      }
      const feedHitsBefore = Array.from({ length: FEEDS }, (_, f) => site.hits(feedPath(f)));
      const pageHitsBefore = new Map([...pageHitsExpected.keys()].map((slug) => [slug, site.hits(`/articles/${slug}`)]));

      // The interval's moment: every feed is due; both processes go at once.
      const now = start + round * INTERVAL_MINUTES * 60_000 + 1;
      const reports = await releaseBoth(round * 2, now);
      expect(reports.map((r) => r.feedId).sort()).toEqual(db.select({ id: feeds.id }).from(feeds).all().map((f) => f.id).sort());
      expect(reports.filter((r) => r.status !== 'polled')).toEqual([]);
      expect(reports.reduce((n, r) => n + r.imported, 0)).toBe(pageHitsExpected.size);

      // Later in the same interval: nothing is due, so neither process fetches anything.
      const again = await releaseBoth(round * 2 + 1, now + 60_000);
      expect(again).toEqual([]);

      for (let f = 0; f < FEEDS; f += 1) expect(site.hits(feedPath(f)) - (feedHitsBefore[f] ?? 0), `fetches of feed ${f} in round ${round}`).toBe(1);
      for (const [slug, expected] of pageHitsExpected) expect(site.hits(`/articles/${slug}`) - (pageHitsBefore.get(slug) ?? 0), `fetches of ${slug}`).toBe(expected);
    }

    // Every item once: one document per article, one feed_items row per item of each feed.
    const docs = db.select({ title: documents.title, url: documents.canonicalUrl }).from(documents).where(eq(documents.caseId, caseId)).all();
    expect(docs.map((d) => d.title).sort()).toEqual(allSlugs.map((s) => `Report ${s}`).sort());
    expect(new Set(docs.map((d) => d.url)).size).toBe(docs.length);
    const items = db.select({ feedId: feedItems.feedId, key: feedItems.itemKey, outcome: feedItems.outcome }).from(feedItems).all();
    expect(items).toHaveLength(FEEDS * (1 + (ROUNDS - 1) * ITEMS_PER_ROUND) + 2 * (ROUNDS - 1));
    expect(new Set(items.map((i) => `${i.feedId} ${i.key}`)).size).toBe(items.length);
    expect(items.filter((i) => i.outcome !== 'imported' && i.outcome !== 'duplicate')).toEqual([]);
    const counted = db.select({ n: sql<number>`sum(${feeds.itemsImported})` }).from(feeds).get();
    expect(counted?.n).toBe(allSlugs.length);
    expect(db.select().from(feeds).all().every((f) => f.leaseOwner === null && f.leaseUntil === 0 && f.failures === 0)).toBe(true);
    for (const p of pollers) expect(p.stderr()).not.toMatch(/busy|locked|error/i);
  });
});
