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
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCaller } from '@claimdesk/api';
import { loadSessionUser } from '@claimdesk/auth';
import { getDb, openDatabase, startCheckpointTimer } from '@claimdesk/db';
import { machineLine } from './machine';
import { loadTable, poissonLoad, SEARCH_BANDS, seedReviewCase, writeSyntheticArticles, type LoadFigures } from './import-while-reviewing';

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
  reviewCase = importCase = 'review-case';
  reviewers = Array.from({ length: REVIEWERS }, (_, i) => `r${i}`);
  disputeCount = claimCount = 5000;
  seedReviewCase(db, { caseId: reviewCase, name: 'Import while reviewing', reviewers, disputes: disputeCount, passwordHash: 'x' });
  db.$client.close();
}
const bands = onLargeCase ? 50 : SEARCH_BANDS;

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

/** The reviewers' load: Poisson arrivals, each request one procedure as above. */
function poisson(until: Promise<unknown> | number): Promise<LoadFigures> {
  return poissonLoad({
    rate: RATE,
    writeShare: WRITE_SHARE,
    ...(typeof until === 'number' ? { seconds: until } : { until }),
    send: (write) => oneRequest(write).then(() => null),
  });
}

await poisson(3); // warm-up: JIT, page cache
const steady = await poisson(STEADY_SECONDS);

const articles = join(dir, 'articles');
writeSyntheticArticles(articles, IMPORT_ARTICLES);
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

${loadTable(RATE, steady, duringImport, importedClaims, '| target | — | — | — | < 100 ms | — | 0 | 0 |')}

Import: ${importedClaims.toLocaleString('en')} claims in ${importSeconds.toFixed(1)} s (target: 100,000 claims in < 30 s); exit code ${importExit}.
${duringImport.firstError ?? steady.firstError ? `\nFirst error seen: \`${duringImport.firstError ?? steady.firstError}\`\n` : ''}${importOutput.trim() ? `Importer's last line: \`${importOutput.trim().split('\n').at(-1)}\`\n` : ''}`;
writeFileSync(join(import.meta.dirname, 'results', onLargeCase ? 'import-during-review-1m.md' : 'import-during-review.md'), report);
console.log(report);
rmSync(dir, { recursive: true, force: true });
