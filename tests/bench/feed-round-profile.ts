// Where the polling process's event loop stalls during one feed round, without the reviewers: the same case (5,000
// disputes), news site (its own process) and round as feed-import.bench.ts, with the event-loop delay measured over
// the round and every main-thread slice longer than SLICE_MS logged with when it happened. Then each synchronous step
// of one item's import is timed on its own, on the site's real pages. It closes its server, pool and database, so it
// exits and can run under `--cpu-prof` (feed-round-slices.ts reads the profile's long slices).
//
// Run: node --import tsx [--cpu-prof --cpu-prof-dir DIR] tests/bench/feed-round-profile.ts
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { addFeed, pollDueFeeds } from '@claimdesk/api/use-cases';
import { getDb, openDatabase, startCheckpointTimer } from '@claimdesk/db';
import { sharedFilePreparerPool } from '../../packages/api/src/import/file-preparer-pool';
import { decodeBody } from '../../packages/api/src/sources/decode-body';
import { readPageMetadata } from '../../packages/api/src/sources/page-metadata';
import { readFeed } from '../../packages/api/src/sources/read-feed';
import { seedReviewCase } from './import-while-reviewing';

const FEEDS = Number(process.env.FEEDS ?? 20);
const ITEMS = Number(process.env.ITEMS ?? 10);
const SLICE_MS = 20;
const ROOT = resolve(import.meta.dirname, '../..');

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-feed-round-'));
const dbPath = join(dir, 'feeds.db');
const caseId = 'review-case';
{
  const seed = openDatabase({ path: dbPath });
  seedReviewCase(seed, {
    caseId,
    name: 'Feeds',
    reviewers: ['r0'],
    disputes: 5000,
    passwordHash: 'x',
    lead: 'lead',
  });
  seed.$client.close();
}
const site = spawn(
  join(ROOT, 'node_modules', '.bin', 'tsx'),
  [join(import.meta.dirname, 'feed-site.ts'), String(FEEDS), String(ITEMS)],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
);
const port = await new Promise<string>((done) =>
  site.stdout?.on('data', (d: Buffer) => {
    const m = /listening (\d+)/.exec(d.toString());
    if (m?.[1]) done(m[1]);
  }),
);
process.env.CLAIMDESK_FETCH_ALLOW = `127.0.0.1:${port}`;
process.env.CLAIMDESK_DB_PATH = dbPath;
const db = getDb({ busyTimeoutMs: 0, autoCheckpoint: false, tempStoreInMemory: true });
const stopCheckpoints = startCheckpointTimer(db, 5000, { leaveToOtherWriters: true });
const lead = { id: 'lead', name: 'lead', role: 'lead' as const };
for (let f = 0; f < FEEDS; f += 1)
  await addFeed(
    { db, actor: lead },
    { caseId, url: `http://127.0.0.1:${port}/feeds/feed-${f}.rss`, intervalMinutes: 15 },
  );

// Slices: a 1 ms timer that notes every gap between its turns longer than SLICE_MS (the main thread was busy), with
// the main thread's own CPU time over the gap (Linux schedstat, ns on the CPU): on a loaded machine a gap is also time
// the thread waited for a core, or for the disk, and only its CPU time is the work that ran.
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const sched = () =>
  readFileSync(schedstat, 'utf8')
    .split(' ')
    .map((n) => Number(n) / 1e6);
const threadCpuMs = () => sched()[0] ?? 0;
const slices: { at: number; ms: number; cpuMs: number; queuedMs: number }[] = [];
let last = performance.now();
let [lastCpu = 0, lastQueued = 0] = sched();
const start = last;
const startCpu = lastCpu;
const ticker = setInterval(() => {
  const now = performance.now();
  const [cpuNow = 0, queuedNow = 0] = sched();
  if (now - last > SLICE_MS)
    slices.push({
      at: last - start,
      ms: now - last,
      cpuMs: cpuNow - lastCpu,
      queuedMs: queuedNow - lastQueued,
    });
  last = now;
  lastCpu = cpuNow;
  lastQueued = queuedNow;
}, 1);
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
const cpuBefore = process.cpuUsage();
const roundFrom = process.hrtime.bigint() / 1000n;
const reports = await pollDueFeeds(db, { owner: 'profile', now: Date.now() });
const cpu = process.cpuUsage(cpuBefore);
const roundTo = process.hrtime.bigint() / 1000n;
delay.disable();
clearInterval(ticker);
const roundMs = performance.now() - start;
const mainCpuMs = threadCpuMs() - startCpu;
const ms = (ns: number) => (ns / 1e6).toFixed(1);
const imported = reports.reduce((n, r) => n + r.imported, 0);
console.log(
  `round: ${FEEDS} feeds, ${imported} items imported in ${(roundMs / 1000).toFixed(1)} s; CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms in all threads, ${mainCpuMs.toFixed(0)} ms in the main thread; load ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')}`,
);
console.log(`round window (µs, the profile's clock): ${roundFrom} ${roundTo}`);
console.log(
  `event-loop delay: p50 ${ms(delay.percentile(50))} p90 ${ms(delay.percentile(90))} p99 ${ms(delay.percentile(99))} max ${ms(delay.max)} ms`,
);
slices.sort((a, b) => b.ms - a.ms);
console.log(
  `slices > ${SLICE_MS} ms (wall): ${slices.length}; longest (wall = CPU + waiting for a core + blocked): ${slices
    .slice(0, 10)
    .map(
      (s) =>
        `${s.ms.toFixed(0)} = ${s.cpuMs.toFixed(0)} + ${s.queuedMs.toFixed(0)} + ${(s.ms - s.cpuMs - s.queuedMs).toFixed(0)} ms @${(s.at / 1000).toFixed(1)} s`,
    )
    .join(', ')}`,
);
const byCpu = [...slices].sort((a, b) => b.cpuMs - a.cpuMs);
console.log(
  `slices by main-thread CPU: ${byCpu.filter((s) => s.cpuMs > SLICE_MS).length} over ${SLICE_MS} ms CPU; longest (CPU/wall): ${byCpu
    .slice(0, 10)
    .map((s) => `${s.cpuMs.toFixed(0)}/${s.ms.toFixed(0)} ms @${(s.at / 1000).toFixed(1)} s`)
    .join(', ')}`,
);

// Each synchronous step of an item's import, on the site's own first pages: median and max over the pages.
const timed = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
};
const steps = new Map<string, number[]>();
const note = (step: string, t: number) => steps.set(step, [...(steps.get(step) ?? []), t]);
for (let f = 0; f < Math.min(FEEDS, 5); f += 1) {
  const feedBody = Buffer.from(
    await (await fetch(`http://127.0.0.1:${port}/feeds/feed-${f}.rss`)).arrayBuffer(),
  );
  const [reading, feedMs] = timed(() =>
    readFeed(feedBody, null, 'application/rss+xml', `http://127.0.0.1:${port}/feeds/feed-${f}.rss`),
  );
  note('readFeed (one feed)', feedMs);
  if (!reading.ok) continue;
  for (const entry of reading.entries) {
    const body = Buffer.from(await (await fetch(entry.url)).arrayBuffer());
    const [html, decodeMs] = timed(() => decodeBody(body, 'utf-8'));
    note('decodeBody', decodeMs);
    note('sha256 of the page', timed(() => createHash('sha256').update(body).digest('hex'))[1]);
    note('readPageMetadata', timed(() => readPageMetadata(html ?? '', entry.url))[1]);
    note('TextEncoder of the page', timed(() => new TextEncoder().encode(html ?? ''))[1]);
    note(`page size (KB)`, body.length / 1024);
  }
}
for (const [step, list] of steps) {
  list.sort((a, b) => a - b);
  console.log(
    `  ${step}: median ${(list[Math.floor(list.length / 2)] ?? 0).toFixed(2)}, max ${(list.at(-1) ?? 0).toFixed(2)} (n=${list.length})`,
  );
}

stopCheckpoints();
await sharedFilePreparerPool().close();
db.$client.close();
if (site.pid) process.kill(-site.pid, 'SIGTERM');
rmSync(dir, { recursive: true, force: true });
