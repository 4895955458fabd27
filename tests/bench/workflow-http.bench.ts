// The workflow API over HTTP through the real dashboard server (`claimdesk serve`: Next.js production build,
// next-auth sessions, the tRPC route handler), as issue 5 asks:
//  1. 100 signed-in reviewers arriving evenly at random (Poisson) at 150 requests/s, 20 % writes;
//  2. the same load while `claimdesk import` (another process, as a desk does bulk imports) adds 100,000 claims;
//  3. saturation throughput of a page of 50 disputes, against a bare node:http server measured in the same run.
// Run: pnpm bench workflow-http (builds the dashboard first if it is not built). Writes results/workflow-http.md.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hashPassword } from '@claimdesk/auth';
import { openDatabase } from '@claimdesk/db';
import { machineLine } from './machine';
import { loadTable, poissonLoad, SEARCH_BANDS, seedReviewCase, writeSyntheticArticles, type LoadFigures } from './import-while-reviewing';

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
const caseId = 'http-case';
const passwordHash = await hashPassword(PASSWORD);
const reviewers = Array.from({ length: REVIEWERS }, (_, i) => `r${i}`);
seedReviewCase(db, { caseId, name: 'HTTP bench', reviewers, disputes: DISPUTES, passwordHash, lead: 'lead' });
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
  return get('dispute.list', { caseId, q: `band${Math.floor(Math.random() * SEARCH_BANDS)}`, limit: 20 });
}

/** The reviewers' load: Poisson arrivals until `until` resolves (or for SECONDS), latency until the full answer. */
function poisson(server: { port: number; base: string }, cookies: Map<string, string>, until?: Promise<unknown>): Promise<LoadFigures> {
  return poissonLoad({
    rate: RATE,
    writeShare: WRITE_SHARE,
    ...(until ? { until } : { seconds: SECONDS }),
    send: (write) => sendOne(server, cookies, write).then((res) => (res.status >= 400 || /database is (busy|locked)/i.test(res.text) ? `${res.status} ${res.text}` : null)),
  });
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
writeSyntheticArticles(articles, IMPORT_ARTICLES);
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

const report = `# Workflow API over HTTP, through the dashboard's Next.js server

${machineLine()}; run at ${new Date().toISOString()}
Load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores. The load generator, the server and the importer share these cores.

Server: \`claimdesk serve\` (Next.js production build, \`next start\`), the tRPC route handler with next-auth JWT sessions
(each request decrypts its session cookie and reads the user's role, state and session version from the database) and
the same-origin check on writes. One SQLite file: ${DISPUTES.toLocaleString('en')} disputes, ${REVIEWERS} reviewers, each signed in
through next-auth's credentials flow with an argon2id password (${signInMs.toFixed(0)} ms per sign-in).
Requests: 80 % reads (my queue page of 50; a dispute; a text search narrowing the list), 20 % writes (comment, presence, evidence).

${loadTable(RATE, steady, duringImport, importedClaims, '| target | — | — | < 50 ms | < 150 ms (import: < 100 ms) | — | 0 | 0 |')}

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
