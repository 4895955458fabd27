// Dashboard benchmark: JavaScript the queue and dispute pages load (gzip), time to a usable queue of 10,000
// disputes, and frame times while scrolling it. Needs the production build (`pnpm --filter @claimdesk/dashboard build`).
// Run: pnpm bench dashboard. Writes results/dashboard.md.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { createCase, listDisputes } from '@claimdesk/api/use-cases';
import { cases, eq, openDatabase } from '@claimdesk/db';
import { startAppServer } from '../e2e/support/app-server';
import { launchBrowser, newContext, signIn } from '../e2e/support/browser';
import { seedVolumeDisputes } from '../e2e/support/seed-disputes';
import { machineLine } from './machine';

const ROWS = 10_000;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every script the page loads, gzip-compressed as a server would send it (level 6), summed. */
async function scriptWeight(page: Page, path: string): Promise<{ raw: number; gzip: number; files: number }> {
  const bodies: Promise<Buffer>[] = [];
  const onResponse = (res: Response) => {
    if (res.request().resourceType() === 'script') bodies.push(res.body().catch(() => Buffer.alloc(0)));
  };
  page.on('response', onResponse);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const all = await Promise.all(bodies);
  return { raw: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gzipSync(b).length, 0), files: all.length };
}

/** From navigation to a queue that shows rows and answers the keyboard (j moves the active row). */
async function timeToUsable(page: Page, path: string): Promise<number> {
  const start = performance.now();
  await page.goto(path);
  const rows = page.getByTestId('queue-table').locator('tbody tr:not([aria-hidden])');
  await rows.nth(1).waitFor();
  await page.keyboard.press('j');
  await rows.nth(1).and(page.locator('[data-active="true"]')).waitFor();
  return performance.now() - start;
}

/** Loads rows by scrolling until `target` are in the table, then measures frame times of a steady scroll. */
async function scrollFrames(page: Page, target: number): Promise<{ loadMs: number; p50: number; p95: number; max: number; domRows: number }> {
  const scroller = page.locator('.queue-scroll');
  const start = performance.now();
  for (;;) {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const n = Number((await page.getByTestId('queue-count').textContent())?.replace(/\D/g, '') ?? 0);
    if (n >= target) break;
    await page.waitForTimeout(20);
  }
  const loadMs = performance.now() - start;
  // Passed as source text: tsx would wrap named inner functions in a helper the page does not have.
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('.queue-scroll');
    const times = [];
    let last = performance.now();
    let step = 0;
    el.scrollTo(0, 0);
    requestAnimationFrame(function tick(now) {
      times.push(now - last);
      last = now;
      el.scrollTop += 120;
      if (++step < 240) requestAnimationFrame(tick);
      else resolve(times.slice(1));
    });
  })`)) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const domRows = await page.getByTestId('queue-table').locator('tbody tr:not([aria-hidden])').count();
  return { loadMs, p50: sorted[Math.floor(sorted.length * 0.5)] ?? NaN, p95: sorted[Math.floor(sorted.length * 0.95)] ?? NaN, max: sorted.at(-1) ?? NaN, domRows };
}

const load = loadavg().map((n) => n.toFixed(1)).join(', ');
const server = await startAppServer();
try {
  const db = openDatabase({ path: server.dbPath });
  const volume = createCase({ db, actor: COMMAND_LINE_ACTOR }, { name: 'Benchmark volume case' });
  const demo = db.select({ id: cases.id }).from(cases).where(eq(cases.name, 'Kazakhstan unrest, January 2022')).get();
  const top = demo ? listDisputes({ db, actor: COMMAND_LINE_ACTOR }, { caseId: demo.id, sort: 'severity', limit: 1 }).items[0] : undefined;
  db.$client.close();
  if (!demo || !top) throw new Error('The demo case has no disputes to open');
  seedVolumeDisputes(server.dbPath, 'Benchmark volume case', ROWS, 'bench');

  const browser = await launchBrowser();
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  await signIn(page, 'lead@claimdesk.test');
  // A fresh context per weight so no script comes from the cache.
  const weigh = async (path: string) => {
    const c = await newContext(browser, server.baseUrl);
    const p = await c.newPage();
    await signIn(p, 'lead@claimdesk.test');
    const w = await scriptWeight(p, path);
    await c.close();
    return w;
  };
  const queueWeight = await weigh(`/cases/${demo.id}/disputes`);
  const disputeWeight = await weigh(`/cases/${demo.id}/disputes/${top.id}`);
  const leadWeight = await weigh(`/cases/${demo.id}/lead`);

  const path = `/cases/${volume.id}/disputes`;
  await timeToUsable(page, path); // warm the server's code paths
  const usable: number[] = [];
  for (let i = 0; i < RUNS; i++) usable.push(await timeToUsable(page, path));
  const scroll = await scrollFrames(page, 2_000);
  await browser.close();

  const lines = [
    '# Dashboard benchmark',
    '',
    `- ${machineLine()}; run at ${new Date().toISOString()}`,
    `- Load average at start: ${load} (the machine is shared; browser and server run on the same 2 cores)`,
    '- Production build (`next build`, Turbopack), served by `claimdesk serve`; headless Debian Chromium via playwright-core; no network throttling.',
    '',
    '| what | measured | target |',
    '|---|---|---|',
    `| JavaScript loaded by All disputes (queue), gzip | ${kb(queueWeight.gzip)} (${kb(queueWeight.raw)} raw, ${queueWeight.files} files) | < 250 KB |`,
    `| JavaScript loaded by a dispute page, gzip | ${kb(disputeWeight.gzip)} (${kb(disputeWeight.raw)} raw, ${disputeWeight.files} files) | < 250 KB |`,
    `| JavaScript loaded by the lead dashboard (recharts), gzip | ${kb(leadWeight.gzip)} (${kb(leadWeight.raw)} raw, ${leadWeight.files} files) | — |`,
    `| time to a usable queue of ${ROWS.toLocaleString('en')} disputes (navigation → rows shown → \`j\` answered), median of ${RUNS} | ${median(usable).toFixed(0)} ms (runs: ${usable.map((u) => u.toFixed(0)).join(', ')}) | < 1500 ms |`,
    `| scroll-loading 2,000 rows (20 pages of 100) | ${scroll.loadMs.toFixed(0)} ms | — |`,
    `| frame time while scrolling 2,000 loaded rows, 240 frames | p50 ${scroll.p50.toFixed(1)} ms · p95 ${scroll.p95.toFixed(1)} ms · max ${scroll.max.toFixed(1)} ms | p95 < 33 ms |`,
    `| table rows in the DOM with 2,000 loaded | ${scroll.domRows} | < 100 |`,
    '',
    'The queue fetches 100 rows per page (keyset pagination) and loads the next page when the person scrolls within 40 rows of the end, so the first rows show after one small request whatever the case size; only the rows in view (plus 16 overscan) are rendered. Gzip sizes are of the bodies the page downloaded, compressed here at level 6 (`next start` serves them compressed the same way).',
    '',
    'Frame times: headless Chromium here has no GPU and shares 2 cores with the server and the rest of the team (load average above), so a p50 of one 30 Hz frame (33 ms) is the floor of this set-up, not the table; rows are memoised, so a scroll step re-renders only the rows that come into view. Compare runs on a quiet machine before reading the p95.',
    '',
  ];
  writeFileSync(join(import.meta.dirname, 'results', 'dashboard.md'), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await server.stop();
}
