// Issue 5's second target, measured where the issue's other case-size targets are measured, at the API: importing
// 100,000 claims (`claimdesk import`, its own process, as a desk runs a bulk import) while 100 reviewers keep
// working, each request going through the tRPC procedures exactly as the dashboard's route handler calls them (the
// session user read from the database, then the procedure with its access check, input parsing, busy-lock retry
// and query) on a connection opened as the dashboard opens its own. HTTP and Next.js are left out on purpose: their
// cost is measured by workflow-http.bench.ts, and on this 2-core machine they share the cores with the importer.
//
// Latency is counted from each request's scheduled arrival (Poisson, 150/s, 20 % writes), not from when the event
// loop got round to sending it, so time spent waiting behind other work is counted too.
//
// Run: pnpm bench import-during-review. With BASE_DB=path (the 1,000,000-claim case workflow.bench.ts keeps when
// given a file), the reviewers work on that case in a copy of that database and the import goes into another case
// of the same file; otherwise both use a fresh case of 5,000 disputes, like workflow-http.bench.ts.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCaller } from '@claimdesk/api';
import { loadSessionUser } from '@claimdesk/auth';
import { getDb, openDatabase, startCheckpointTimer } from '@claimdesk/db';
import { machineLine } from './machine';
import { syntheticArticle } from './synthetic-articles';

const RATE = 150;
const STEADY_SECONDS = 20;
const WRITE_SHARE = 0.2;
const REVIEWERS = 100;
const IMPORT_ARTICLES = Number(process.env.IMPORT_ARTICLES ?? 2800);
const ROOT = resolve(import.meta.dirname, '../..');
const baseDb = process.env.BASE_DB;
const onLargeCase = baseDb !== undefined;

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-import-review-'));
const dbPath = join(dir, 'review.db');
const now = Date.now();
let reviewCase: string;
let importCase: string;
let reviewers: string[];
let disputeCount: number;
let claimCount: number;

if (onLargeCase) {
  if (!existsSync(baseDb)) throw new Error(`BASE_DB ${baseDb} does not exist: run workflow.bench.ts 1000000 ${baseDb} first`);
  copyFileSync(baseDb, dbPath);
  const db = openDatabase({ path: dbPath });
  const raw = db.$client;
  reviewCase = 'bench-case';
  importCase = 'import-case';
  reviewers = Array.from({ length: REVIEWERS }, (_, i) => `reviewer-${i}`);
  raw.transaction(() => {
    for (const id of reviewers) {
      raw.prepare(`INSERT OR IGNORE INTO users (id, email, name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, 'reviewer', 'x', ?, ?)`).run(id, `${id}@bench.test`, id, now, now);
      raw.prepare(`INSERT OR IGNORE INTO case_members (case_id, user_id, added_at) VALUES (?, ?, ?)`).run(reviewCase, id, now);
    }
    // The kept case assigns its open disputes to 20 reviewers; spread them over all 100 (the rollup follows).
    raw.prepare(`UPDATE disputes SET assignee_id = 'reviewer-' || (rowid % ${REVIEWERS}) WHERE case_id = ? AND assignee_id IS NOT NULL`).run(reviewCase);
    raw.prepare(`INSERT INTO cases (id, name, created_at) VALUES (?, 'Import desk', ?)`).run(importCase, now);
  })();
  disputeCount = (raw.prepare(`SELECT count(*) AS n FROM disputes WHERE case_id = ?`).get(reviewCase) as { n: number }).n;
  claimCount = (raw.prepare(`SELECT count(*) AS n FROM claims WHERE case_id = ?`).get(reviewCase) as { n: number }).n;
  raw.close();
} else {
  const db = openDatabase({ path: dbPath });
  const raw = db.$client;
  reviewCase = importCase = 'review-case';
  reviewers = Array.from({ length: REVIEWERS }, (_, i) => `r${i}`);
  disputeCount = 5000;
  claimCount = disputeCount;
  const statuses = ['new', 'triaged', 'assigned', 'in_review', 'resolved'];
  raw.transaction(() => {
    raw.prepare(`INSERT INTO cases (id, name, created_at) VALUES (?, 'Import while reviewing', ?)`).run(reviewCase, now);
    for (const id of reviewers) {
      raw.prepare(`INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, 'reviewer', 'x', ?, ?)`).run(id, `${id}@bench.test`, id, now, now);
      raw.prepare(`INSERT INTO case_members (case_id, user_id, added_at) VALUES (?, ?, ?)`).run(reviewCase, id, now);
    }
    raw.prepare(`INSERT INTO documents (id, case_id, title, outlet, text, content_hash, imported_at) VALUES ('doc', ?, 'Doc', 'Wire', 'At least 13 police officers were killed.', 'h', ?)`).run(reviewCase, now);
    for (let i = 0; i < disputeCount; i += 1) {
      const status = statuses[i % statuses.length] ?? 'new';
      raw.prepare(`INSERT INTO claims (id, case_id, document_id, kind, span_start, span_end, text, score, payload, created_at, updated_at) VALUES (?, ?, 'doc', 'quantity', 0, 11, ?, 1, '{}', ?, ?)`).run(`k${i}`, reviewCase, `At least ${i} officers killed band${i % 20}`, now, now);
      raw.prepare(`INSERT INTO disputes (id, case_id, key, metric, primary_relation, severity, claim_count, independent_source_count, analysis, status, assignee_id, created_at, updated_at, last_activity_at) VALUES (?, ?, ?, 'deaths', 'conflict', ?, 1, 1, '{}', ?, ?, ?, ?, ?)`)
        .run(`p${i}`, reviewCase, `p${i}`, (i % 100) / 100, status, status === 'new' || status === 'triaged' ? null : reviewers[i % REVIEWERS], now - i * 1000, now - i * 1000, now - i * 1000);
      raw.prepare(`INSERT INTO dispute_claims (dispute_id, claim_id) VALUES (?, ?)`).run(`p${i}`, `k${i}`);
    }
  })();
  raw.close();
}
const bands = onLargeCase ? 50 : 20;

// --- the reviewers' side: one connection opened as the dashboard opens its own (apps/dashboard/src/server/db.ts) --
process.env.CLAIMDESK_DB_PATH = dbPath;
const db = getDb({ busyTimeoutMs: 0, autoCheckpoint: false, tempStoreInMemory: true });
const stopCheckpoints = startCheckpointTimer(db, 5000, { leaveToOtherWriters: true });
const sessionVersions = new Map(
  (db.$client.prepare(`SELECT id, session_version AS v FROM users`).all() as { id: string; v: number }[]).map((u) => [u.id, u.v]),
);

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const anyDispute = () => `p${Math.floor(Math.random() * disputeCount)}`;

/** One request as the route handler serves it: the session's user read fresh, then one procedure. */
async function oneRequest(write: boolean): Promise<void> {
  const id = pick(reviewers);
  const user = loadSessionUser(db, id, sessionVersions.get(id) ?? 0);
  if (!user) throw new Error(`no session user ${id}`);
  const api = createCaller({ db, user });
  if (write) {
    const kind = Math.random();
    if (kind < 0.5) await api.comment.add({ itemType: 'dispute', itemId: anyDispute(), body: `note ${Math.random()}` });
    else if (kind < 0.75) await api.presence.heartbeat({ caseId: reviewCase, disputeId: anyDispute() });
    else await api.evidence.add({ itemType: 'dispute', itemId: anyDispute(), stance: 'context', source: { kind: 'url', url: 'https://example.org/a' } });
    return;
  }
  const kind = Math.random();
  if (kind < 0.5) await api.dispute.list({ caseId: reviewCase, assignee: 'me', status: ['assigned', 'in_review'], limit: 50 });
  else if (kind < 0.8) await api.dispute.byId({ disputeId: anyDispute() });
  else await api.dispute.list({ caseId: reviewCase, q: `band${Math.floor(Math.random() * bands)}`, limit: 20 });
}

interface Figures {
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}
interface LoadFigures extends Figures {
  reads: Figures;
  writes: Figures;
  errors: number;
  busy: number;
  firstError?: string;
}

async function poisson(until: Promise<unknown> | number): Promise<LoadFigures> {
  const all: number[] = [];
  const reads: number[] = [];
  const writes: number[] = [];
  let errors = 0;
  let busy = 0;
  let firstError: string | undefined;
  let finished = false;
  if (typeof until !== 'number') void until.then(() => (finished = true));
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let next = start;
  while (typeof until === 'number' ? next - start < until * 1000 : !finished) {
    next += -Math.log(1 - Math.random()) * (1000 / RATE);
    const wait = next - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const scheduled = next;
    const write = Math.random() < WRITE_SHARE;
    pending.push(
      oneRequest(write).then(
        () => {
          const ms = performance.now() - scheduled;
          all.push(ms);
          (write ? writes : reads).push(ms);
        },
        (error: unknown) => {
          errors += 1;
          if (/database is (busy|locked)/i.test(String(error))) busy += 1;
          firstError ??= String(error);
        },
      ),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - start) / 1000;
  const figures = (list: number[]): Figures => {
    list.sort((a, b) => a - b);
    const at = (p: number) => list[Math.min(list.length - 1, Math.floor(p * list.length))] ?? 0;
    return { requests: list.length, seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: list.at(-1) ?? 0 };
  };
  return { ...figures(all), reads: figures(reads), writes: figures(writes), errors, busy, firstError };
}

function writeArticles(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const documents = [];
  for (let i = 0; i < IMPORT_ARTICLES; i += 1) {
    const article = syntheticArticle(i);
    const file = `article-${i}.txt`;
    writeFileSync(join(folder, file), article.text);
    documents.push({ file, title: `${article.title} (${i})`, outlet: `${article.outlet} ${i % 200}`, published: article.publishedDate });
  }
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ documents }));
}

await poisson(3); // warm-up: JIT, page cache
const steady = await poisson(STEADY_SECONDS);

const articles = join(dir, 'articles');
writeArticles(articles);
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const importStart = performance.now();
const importer = spawn(tsx, ['apps/cli/src/main.ts', 'import', '--case', importCase, articles], {
  cwd: ROOT,
  env: { ...process.env, CLAIMDESK_DB_PATH: dbPath },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let importOutput = '';
importer.stdout?.on('data', (d: Buffer) => (importOutput += d.toString()));
const imported = new Promise<number>((r) => importer.once('exit', (code) => r(code ?? 1)));
const duringImport = await poisson(imported);
const importSeconds = (performance.now() - importStart) / 1000;
const importExit = await imported;
stopCheckpoints();
const importedClaims = (db.$client.prepare(`SELECT count(*) AS n FROM claims WHERE case_id = ? AND document_id != 'doc'`).get(importCase) as { n: number }).n;
db.$client.close();

const ms = (n: number) => `${n.toFixed(1)} ms`;
const row = (label: string, f: Figures, errors = '', busy = '') =>
  `| ${label} | ${f.requests} (${(f.requests / f.seconds).toFixed(0)}/s over ${f.seconds.toFixed(0)} s) | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${ms(f.max)} | ${errors} | ${busy} |`;
const where = onLargeCase
  ? `Reviewers work on the synthetic case of ${claimCount.toLocaleString('en')} claims and ${disputeCount.toLocaleString('en')} disputes (a copy of the
database workflow.bench.ts keeps); the import goes into another case of the same database file.`
  : `One case of ${disputeCount.toLocaleString('en')} disputes; the import goes into the same case.`;
const report = `# Importing 100,000 claims while 100 reviewers work, at the API

${machineLine()}; run at ${new Date().toISOString()}
Load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores, shared by the reviewers' process and the importer's.

${where}
Reviewers: ${REVIEWERS}, each request the session user read from the database and one tRPC procedure through the
caller (access check, input parsing, busy-lock retry, query), on one connection opened as the dashboard opens its
own (no synchronous busy wait, checkpoints on a timer). Poisson arrivals at ${RATE}/s, ${WRITE_SHARE * 100} % writes; latency from
each request's scheduled arrival to its answer. Importer: \`claimdesk import\` of ${IMPORT_ARTICLES.toLocaleString('en')} synthetic articles
(another process). Over HTTP through Next.js: results/workflow-http.md.

| Poisson arrivals at ${RATE}/s | requests | p50 | p95 | p99 | max | errors | "database is busy" |
|---|---|---|---|---|---|---|---|
${row('100 reviewers working', steady, String(steady.errors), String(steady.busy))}
${row(`the same, while \`claimdesk import\` adds ${importedClaims.toLocaleString('en')} claims`, duringImport, String(duringImport.errors), String(duringImport.busy))}
${row('— of which reads (never wait for the write lock)', duringImport.reads)}
${row('— of which writes (wait while the import holds the lock)', duringImport.writes)}
| target | — | — | — | < 100 ms | — | 0 | 0 |

Import: ${importedClaims.toLocaleString('en')} claims in ${importSeconds.toFixed(1)} s (target: 100,000 claims in < 30 s); exit code ${importExit}.
${duringImport.firstError ?? steady.firstError ? `\nFirst error seen: \`${duringImport.firstError ?? steady.firstError}\`\n` : ''}${importOutput.trim() ? `Importer's last line: \`${importOutput.trim().split('\n').at(-1)}\`\n` : ''}`;
writeFileSync(join(import.meta.dirname, 'results', onLargeCase ? 'import-during-review-1m.md' : 'import-during-review.md'), report);
console.log(report);
rmSync(dir, { recursive: true, force: true });
