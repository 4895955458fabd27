// The workflow API over HTTP through the real dashboard server (`claimdesk serve`: Next.js production build,
// next-auth sessions, the tRPC route handler), as issue 5 asks:
//  1. 100 signed-in reviewers arriving evenly at random (Poisson) at 150 requests/s, 20 % writes;
//  2. the same load while `claimdesk import` (another process, as a desk does bulk imports) adds 100,000 claims;
//  3. saturation throughput of a page of 50 disputes, against a bare node:http server measured in the same run.
// Run: pnpm bench workflow-http (builds the dashboard first if it is not built). Writes results/workflow-http.md.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hashPassword } from '@claimdesk/auth';
import { openDatabase } from '@claimdesk/db';
import { machineLine } from './machine';
import { syntheticArticle } from './synthetic-articles';

const RATE = 150;
const SECONDS = 30;
const WRITE_SHARE = 0.2;
const REVIEWERS = 100;
const DISPUTES = 5000;
const IMPORT_ARTICLES = Number(process.env.IMPORT_ARTICLES ?? 2800);
const SATURATION_CONNECTIONS = 32;
const PASSWORD = 'bench-password-long-enough';
const ROOT = resolve(import.meta.dirname, '../..');

if (!existsSync(join(ROOT, 'apps/dashboard/.next/BUILD_ID'))) {
  console.log('building the dashboard (next build)…');
  const built = spawnSync('pnpm', ['turbo', 'run', 'build', '--filter=@claimdesk/dashboard'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the dashboard build failed');
}

// --- a case with 5,000 disputes and 100 reviewers with real argon2id password hashes -----------------------
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-http-bench-'));
const dbPath = join(dir, 'http.db');
const db = openDatabase({ path: dbPath });
const raw = db.$client;
const now = Date.now();
const caseId = 'http-case';
const passwordHash = await hashPassword(PASSWORD);
const reviewers = Array.from({ length: REVIEWERS }, (_, i) => `r${i}`);
raw.transaction(() => {
  raw.prepare(`INSERT INTO cases (id, name, created_at) VALUES (?, 'HTTP bench', ?)`).run(caseId, now);
  raw.prepare(`INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at) VALUES ('lead', 'lead@bench.test', 'Lead', 'lead', ?, ?, ?)`).run(passwordHash, now, now);
  raw.prepare(`INSERT INTO case_members (case_id, user_id, added_at) VALUES (?, 'lead', ?)`).run(caseId, now);
  for (const id of reviewers) {
    raw.prepare(`INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, 'reviewer', ?, ?, ?)`).run(id, `${id}@bench.test`, id, passwordHash, now, now);
    raw.prepare(`INSERT INTO case_members (case_id, user_id, added_at) VALUES (?, ?, ?)`).run(caseId, id, now);
  }
  raw.prepare(`INSERT INTO documents (id, case_id, title, outlet, text, content_hash, imported_at) VALUES ('doc', ?, 'Doc', 'Wire', 'At least 13 police officers were killed.', 'h', ?)`).run(caseId, now);
  const statuses = ['new', 'triaged', 'assigned', 'in_review', 'resolved'];
  for (let i = 0; i < DISPUTES; i += 1) {
    const status = statuses[i % statuses.length] ?? 'new';
    raw.prepare(`INSERT INTO claims (id, case_id, document_id, kind, span_start, span_end, text, score, payload, created_at, updated_at) VALUES (?, ?, 'doc', 'quantity', 0, 11, ?, 1, '{}', ?, ?)`).run(`k${i}`, caseId, `At least ${i} officers killed band${i % 20}`, now, now);
    raw.prepare(`INSERT INTO disputes (id, case_id, key, metric, primary_relation, severity, claim_count, independent_source_count, analysis, status, assignee_id, created_at, updated_at, last_activity_at) VALUES (?, ?, ?, 'deaths', 'conflict', ?, 1, 1, '{}', ?, ?, ?, ?, ?)`)
      .run(`p${i}`, caseId, `p${i}`, (i % 100) / 100, status, status === 'new' || status === 'triaged' ? null : reviewers[i % REVIEWERS], now - i * 1000, now - i * 1000, now - i * 1000);
    raw.prepare(`INSERT INTO dispute_claims (dispute_id, claim_id) VALUES (?, ?)`).run(`p${i}`, `k${i}`);
  }
})();
db.$client.close();

// --- the real server -----------------------------------------------------------------------------------------
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const env = { ...process.env, CLAIMDESK_DB_PATH: dbPath, CLAIMDESK_DEMO: '0', HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' };

async function startServer(): Promise<{ base: string; port: number; child: ChildProcess }> {
  const port = 3900 + Math.floor(Math.random() * 900);
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(tsx, ['apps/cli/src/main.ts', 'serve', '--port', String(port)], { cwd: ROOT, env: { ...env, NEXTAUTH_URL: base }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error('the server exited');
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { base, port, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not start in 90 s');
}

function stop(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return Promise.resolve();
  process.kill(-child.pid, 'SIGTERM');
  return new Promise((r) => child.once('exit', () => r()));
}

/** Signs in through next-auth's credentials flow, as the sign-in page does; returns the session cookie. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const csrfCookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookies.join('; '), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: base, json: 'true' }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return session;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });
let resentOnClosedSocket = 0;
function send(port: number, path: string, body: string | null, cookie: string, origin: string, retried = false): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', cookie };
    if (body !== null) headers.origin = origin;
    const req = request({ host: '127.0.0.1', port, path, method: body === null ? 'GET' : 'POST', agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed for idling (Node's 5 s keep-alive timeout) just as it was reused: the
      // request never reached the server. Browsers resend it on a new connection; so does this client, once.
      if (error.code === 'ECONNRESET' && req.reusedSocket && !retried) {
        resentOnClosedSocket += 1;
        send(port, path, body, cookie, origin, true).then(done, fail);
      } else fail(error);
    });
    req.end(body ?? undefined);
  });
}
const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const anyDispute = () => `p${Math.floor(Math.random() * DISPUTES)}`;

/** One reviewer's request: 80 % reads (my queue, a dispute, a search), 20 % writes (comment, presence, evidence). */
function oneRequest(server: { port: number; base: string }, cookies: Map<string, string>): { write: boolean; sent: Promise<{ status: number; text: string }> } {
  const write = Math.random() < WRITE_SHARE;
  return { write, sent: sendOne(server, cookies, write) };
}

function sendOne(server: { port: number; base: string }, cookies: Map<string, string>, write: boolean) {
  const user = pick(reviewers);
  const cookie = cookies.get(user) ?? '';
  const post = (path: string, input: unknown) => send(server.port, `/api/trpc/${path}`, JSON.stringify({ json: input }), cookie, server.base);
  const get = (path: string, input: unknown) => send(server.port, `/api/trpc/${path}${q(input)}`, null, cookie, server.base);
  if (write) {
    const kind = Math.random();
    if (kind < 0.5) return post('comment.add', { itemType: 'dispute', itemId: anyDispute(), body: `note ${randomUUID()}` });
    if (kind < 0.75) return post('presence.heartbeat', { caseId, disputeId: anyDispute() });
    return post('evidence.add', { itemType: 'dispute', itemId: anyDispute(), stance: 'context', source: { kind: 'url', url: 'https://example.org/a' } });
  }
  const kind = Math.random();
  if (kind < 0.5) return get('dispute.list', { caseId, assignee: 'me', status: ['assigned', 'in_review'], limit: 50 });
  if (kind < 0.8) return get('dispute.byId', { disputeId: anyDispute() });
  return get('dispute.list', { caseId, q: `band${Math.floor(Math.random() * 20)}`, limit: 20 });
}

interface LoadFigures {
  /** The same figures for reads alone and writes alone (only writes ever wait for the write lock). */
  reads?: LoadFigures;
  writes?: LoadFigures;
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  busy: number;
  firstError?: string;
}

/** Poisson arrivals at RATE/s until `until` resolves (or for SECONDS); latency from send to full answer. */
async function poisson(server: { port: number; base: string }, cookies: Map<string, string>, until?: Promise<unknown>): Promise<LoadFigures> {
  const latencies: number[] = [];
  const byKind = { reads: [] as number[], writes: [] as number[] };
  let errors = 0;
  let busy = 0;
  let firstError: string | undefined;
  let finished = false;
  void until?.then(() => (finished = true));
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let next = start;
  while (until ? !finished : next - start < SECONDS * 1000) {
    next += -Math.log(1 - Math.random()) * (1000 / RATE);
    const wait = next - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const sent = performance.now();
    const one = oneRequest(server, cookies);
    pending.push(
      one.sent.then(
        (res) => {
          latencies.push(performance.now() - sent);
          (one.write ? byKind.writes : byKind.reads).push(performance.now() - sent);
          if (res.status >= 400) {
            errors += 1;
            firstError ??= `${res.status} ${res.text.slice(0, 200)}`;
          }
          if (/database is (busy|locked)/i.test(res.text)) busy += 1;
        },
        (error: unknown) => {
          errors += 1;
          firstError ??= String(error);
        },
      ),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - start) / 1000;
  const figures = (list: number[]) => {
    list.sort((a, b) => a - b);
    const at = (p: number) => list[Math.min(list.length - 1, Math.floor(p * list.length))] ?? 0;
    return { requests: list.length, seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: list.at(-1) ?? 0 };
  };
  return { ...figures(latencies), errors, busy, firstError, reads: { ...figures(byKind.reads), errors: 0, busy: 0 }, writes: { ...figures(byKind.writes), errors: 0, busy: 0 } };
}

/** Closed loop: SATURATION_CONNECTIONS clients each sending the next request as soon as the last is answered. */
async function saturation(port: number, path: string, cookie: string, seconds = 5): Promise<number> {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: SATURATION_CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const res = await send(port, path, null, cookie, '');
        if (res.status !== 200) throw new Error(`saturation request failed: ${res.status} ${res.text.slice(0, 200)}`);
        done += 1;
      }
    }),
  );
  return done / seconds;
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

const server = await startServer();
const cookies = new Map<string, string>();
const signInStart = performance.now();
for (const id of reviewers) cookies.set(id, await signIn(server.base, `${id}@bench.test`));
const signInMs = (performance.now() - signInStart) / REVIEWERS;
const someone = cookies.get('r1') ?? '';
const queuePath = `/api/trpc/dispute.list${q({ caseId, assignee: 'me', limit: 50 })}`;
await saturation(server.port, queuePath, someone, 3); // warm-up: JIT, page cache, Next's route compilation

const steady = await poisson(server, cookies);

const articles = join(dir, 'articles');
writeArticles(articles);
const importStart = performance.now();
const importer = spawn(tsx, ['apps/cli/src/main.ts', 'import', '--case', caseId, articles], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
let importOutput = '';
importer.stdout?.on('data', (d: Buffer) => (importOutput += d.toString()));
const imported = new Promise<number>((r) => importer.once('exit', (code) => r(code ?? 1)));
const duringImport = await poisson(server, cookies, imported);
const importSeconds = (performance.now() - importStart) / 1000;
const importExit = await imported;
const counted = openDatabase({ path: dbPath });
const importedClaims = (counted.$client.prepare(`SELECT count(*) AS n FROM claims WHERE case_id = ? AND document_id != 'doc'`).get(caseId) as { n: number }).n;
const importedDisputes = (counted.$client.prepare(`SELECT count(*) AS n FROM disputes WHERE case_id = ?`).get(caseId) as { n: number }).n - DISPUTES;
counted.$client.close();

const apiSaturation = await saturation(server.port, queuePath, someone);
const healthSaturation = await saturation(server.port, '/api/health', '');
await stop(server.child);
const bare = spawn(process.execPath, ['-e', `const s = require('node:http').createServer((q, r) => { r.setHeader('content-type', 'application/json'); r.end('{"ok":true}'); }); s.listen(0, '127.0.0.1', () => console.log('listening ' + s.address().port));`], { stdio: ['ignore', 'pipe', 'inherit'] });
const barePort = await new Promise<number>((r) => bare.stdout?.on('data', (d: Buffer) => r(Number(/listening (\d+)/.exec(d.toString())?.[1]))));
const bareSaturation = await saturation(barePort, '/', '');
bare.kill();
agent.destroy();

const ms = (n: number) => `${n.toFixed(1)} ms`;
const row = (label: string, f: LoadFigures) =>
  `| ${label} | ${f.requests} (${(f.requests / f.seconds).toFixed(0)}/s over ${f.seconds.toFixed(0)} s) | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${ms(f.max)} | ${f.errors} | ${f.busy} |`;
const report = `# Workflow API over HTTP, through the dashboard's Next.js server

${machineLine()}; run at ${new Date().toISOString()}
Load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores. The load generator, the server and the importer share these cores.

Server: \`claimdesk serve\` (Next.js production build, \`next start\`), the tRPC route handler with next-auth JWT sessions
(each request decrypts its session cookie and reads the user's role, state and session version from the database) and
the same-origin check on writes. One SQLite file: ${DISPUTES.toLocaleString('en')} disputes, ${REVIEWERS} reviewers, each signed in
through next-auth's credentials flow with an argon2id password (${signInMs.toFixed(0)} ms per sign-in).
Requests: 80 % reads (my queue page of 50; a dispute; a text search narrowing the list), 20 % writes (comment, presence, evidence).

| Poisson arrivals at ${RATE}/s | requests | p50 | p95 | p99 | max | errors | "database is busy" |
|---|---|---|---|---|---|---|---|
${row('100 reviewers working', steady)}
${row(`the same, while \`claimdesk import\` adds ${importedClaims.toLocaleString('en')} claims`, duringImport)}
${duringImport.reads ? row('— of which reads (never wait for the write lock)', duringImport.reads) : ''}
${duringImport.writes ? row('— of which writes (wait while the import holds the lock)', duringImport.writes) : ''}
| target | — | — | < 50 ms | < 150 ms (import: < 100 ms) | — | 0 | 0 |

Import (another process, \`claimdesk import\` of ${IMPORT_ARTICLES.toLocaleString('en')} synthetic articles, about 7 KB each, from a folder with a manifest):
${importedClaims.toLocaleString('en')} claims and ${importedDisputes.toLocaleString('en')} disputes in ${importSeconds.toFixed(1)} s (target: 100,000 claims in < 30 s); exit code ${importExit}.
${duringImport.firstError ?? steady.firstError ? `\nFirst error seen: \`${duringImport.firstError ?? steady.firstError}\`\n` : ''}Requests resent once because a kept-alive socket had been closed by the server as they were sent: ${resentOnClosedSocket}.

| saturation, ${SATURATION_CONNECTIONS} connections, 5 s each | requests/s |
|---|---|
| dispute.list (page of 50, my queue), signed in, through Next.js | ${apiSaturation.toFixed(0)} |
| Next.js \`/api/health\` (the framework alone: routing, no session, no query) | ${healthSaturation.toFixed(0)} |
| bare node:http, trivial JSON, same client | ${bareSaturation.toFixed(0)} |
| ratio dispute.list / bare node:http | ${(apiSaturation / bareSaturation).toFixed(3)} |
| ratio dispute.list / Next.js alone | ${(apiSaturation / healthSaturation).toFixed(3)} |
| target | dispute.list ≥ 600 |
${importOutput.trim() ? `\nImporter's last line: \`${importOutput.trim().split('\n').at(-1)}\`\n` : ''}`;
writeFileSync(join(import.meta.dirname, 'results', 'workflow-http.md'), report);
console.log(report);
rmSync(dir, { recursive: true, force: true });
