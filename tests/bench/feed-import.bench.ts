// Issue 16's speed target: 200 feed items from 20 feeds imported end to end (each feed fetched from a local news
// site in its own process, each item's page fetched, its main text and metadata read, claims extracted, grouped into
// the case's disputes) while 100 reviewers work, with the reviewers' p99 at the API under 100 ms meanwhile. The
// polling runs in the reviewers' process, as the scheduler runs inside the dashboard's server process, on the same
// connection settings; each reviewer request goes through the tRPC caller as the route handler calls it.
//
// Run: pnpm bench feed-import
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCaller } from '@claimdesk/api';
import { addFeed, pollDueFeeds } from '@claimdesk/api/use-cases';
import { loadSessionUser } from '@claimdesk/auth';
import { getDb, openDatabase, startCheckpointTimer } from '@claimdesk/db';
import { sharedFilePreparerPool } from '../../packages/api/src/import/file-preparer-pool';
import { machineLine } from './machine';
import { loadTable, poissonLoad, SEARCH_BANDS, seedReviewCase, type LoadFigures } from './import-while-reviewing';

const RATE = 150;
const STEADY_SECONDS = 20;
const WRITE_SHARE = 0.2;
const REVIEWERS = 100;
const FEEDS = 20;
const ITEMS = 10;
const ROOT = resolve(import.meta.dirname, '../..');

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-feed-bench-'));
const dbPath = join(dir, 'feeds.db');
const caseId = 'review-case';
const reviewers = Array.from({ length: REVIEWERS }, (_, i) => `r${i}`);
const disputeCount = 5000;
{
  const seed = openDatabase({ path: dbPath });
  seedReviewCase(seed, { caseId, name: 'Feeds while reviewing', reviewers, disputes: disputeCount, passwordHash: 'x', lead: 'lead' });
  seed.$client.close();
}

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const siteProcess = spawn(tsx, [join(import.meta.dirname, 'feed-site.ts'), String(FEEDS), String(ITEMS)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
const port = await new Promise<string>((done) => siteProcess.stdout?.on('data', (d: Buffer) => {
  const m = /listening (\d+)/.exec(d.toString());
  if (m?.[1]) done(m[1]);
}));
process.env.CLAIMDESK_FETCH_ALLOW = `127.0.0.1:${port}`;
process.env.CLAIMDESK_DB_PATH = dbPath;
const db = getDb({ busyTimeoutMs: 0, autoCheckpoint: false, tempStoreInMemory: true });
const stopCheckpoints = startCheckpointTimer(db, 5000, { leaveToOtherWriters: true });
const sessionVersions = new Map((db.$client.prepare(`SELECT id, session_version AS v FROM users`).all() as { id: string; v: number }[]).map((u) => [u.id, u.v]));
const lead = { id: 'lead', name: 'lead', role: 'lead' as const };
console.log(`news site on port ${port}; adding ${FEEDS} feeds`);
for (let f = 0; f < FEEDS; f += 1) await addFeed({ db, actor: lead }, { caseId, url: `http://127.0.0.1:${port}/feeds/feed-${f}.rss`, intervalMinutes: 15 });

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const anyDispute = () => `p${Math.floor(Math.random() * disputeCount)}`;
async function oneRequest(write: boolean): Promise<void> {
  const id = pick(reviewers);
  const user = loadSessionUser(db, id, sessionVersions.get(id) ?? 0);
  if (!user) throw new Error(`no session user ${id}`);
  const api = createCaller({ db, user });
  if (write) {
    const kind = Math.random();
    if (kind < 0.5) await api.comment.add({ itemType: 'dispute', itemId: anyDispute(), body: `note ${Math.random()}` });
    else if (kind < 0.75) await api.presence.heartbeat({ caseId, disputeId: anyDispute() });
    else await api.evidence.add({ itemType: 'dispute', itemId: anyDispute(), stance: 'context', source: { kind: 'url', url: 'https://example.org/a' } });
    return;
  }
  const kind = Math.random();
  if (kind < 0.5) await api.dispute.list({ caseId, assignee: 'me', status: ['assigned', 'in_review'], limit: 50 });
  else if (kind < 0.8) await api.dispute.byId({ disputeId: anyDispute() });
  else await api.dispute.list({ caseId, q: `band${Math.floor(Math.random() * SEARCH_BANDS)}`, limit: 20 });
}
const poisson = (until: Promise<unknown> | number): Promise<LoadFigures> =>
  poissonLoad({ rate: RATE, writeShare: WRITE_SHARE, ...(typeof until === 'number' ? { seconds: until } : { until }), send: (write) => oneRequest(write).then(() => null) });

await poisson(3);
const steady = await poisson(STEADY_SECONDS);
console.log(`steady: p99 ${steady.p99.toFixed(1)} ms; polling`);
const pollStart = performance.now();
// One scheduler round takes every due feed (all 20 are due: added with their first poll due at once).
const polled = pollDueFeeds(db, { owner: 'bench', now: Date.now() });
const duringPolls = await poisson(polled);
const reports = await polled;
const pollSeconds = (performance.now() - pollStart) / 1000;
stopCheckpoints();
const imported = reports.reduce((n, r) => n + r.imported, 0);
const failures = reports.filter((r) => r.status === 'failed').length;
const importedClaims = (db.$client.prepare(`SELECT count(*) AS n FROM claims WHERE case_id = ? AND document_id != 'doc'`).get(caseId) as { n: number }).n;
// The URL import's preparing threads keep the process alive until the pool is closed.
await sharedFilePreparerPool().close();
db.$client.close();
if (siteProcess.pid) process.kill(-siteProcess.pid, 'SIGTERM');

const report = `# 200 feed items from 20 feeds while 100 reviewers work, at the API

${machineLine()}; run at ${new Date().toISOString()}
Load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores, shared by the reviewers' and poller's process and the news site's.

One case of ${disputeCount.toLocaleString('en')} disputes and ${REVIEWERS} reviewers; the feeds import into the same case. A local news site (its own
process) serves ${FEEDS} RSS feeds of ${ITEMS} items and each item's article page. One scheduler round (\`pollDueFeeds\`, in the
reviewers' process as in the dashboard's) polls every feed and imports its items through the URL import: safe fetch,
metadata and main text from the page, claims, grouping. Reviewers: Poisson arrivals at ${RATE}/s, ${WRITE_SHARE * 100} % writes, each
request the session user read from the database and one tRPC procedure through the caller; latency from each
request's scheduled arrival to its answer.

${loadTable(RATE, steady, duringPolls, importedClaims, '| target | — | — | — | < 100 ms | — | 0 | 0 |').replace('while `claimdesk import` adds', 'while the feeds import')}

Feeds: ${reports.length} polled, ${failures} failed; ${imported} items imported (${importedClaims.toLocaleString('en')} claims) in ${pollSeconds.toFixed(1)} s.
${duringPolls.firstError ?? steady.firstError ? `\nFirst error seen: \`${duringPolls.firstError ?? steady.firstError}\`\n` : ''}`;
writeFileSync(join(import.meta.dirname, 'results', 'feed-import.md'), report);
console.log(report);
rmSync(dir, { recursive: true, force: true });
