// HTTP load on the workflow API: simulated reviewers arriving evenly at random (Poisson) at 150 requests/s, 20 % writes,
// then saturation throughput compared with a bare node:http server measured in the same run.
// The server is the app router over tRPC's standalone adapter in a child process (packages/api/test/support/
// standalone-server.ts), not yet the dashboard's Next.js server. Run: pnpm bench workflow-http. Writes results/workflow-http.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@claimdesk/db';
import { machineLine } from './machine';

const RATE = 150;
const SECONDS = 20;
const WRITE_SHARE = 0.2;
const REVIEWERS = 100;
const DISPUTES = 5000;
const SATURATION_CONNECTIONS = 32;

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-http-bench-'));
const dbPath = join(dir, 'http.db');
const db = openDatabase({ path: dbPath });
const raw = db.$client;
const now = Date.now();
const caseId = 'http-case';
raw.prepare(`INSERT INTO cases (id, name, created_at) VALUES (?, 'HTTP bench', ?)`).run(caseId, now);
const reviewers = Array.from({ length: REVIEWERS }, (_, i) => `r${i}`);
raw.transaction(() => {
  for (const id of reviewers) {
    raw.prepare(`INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, 'reviewer', 'x', ?, ?)`).run(id, `${id}@bench.test`, id, now, now);
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

function startChild(args: string[]): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolve({ port: Number(match[1]), child });
    });
    child.once('exit', () => reject(new Error('server exited')));
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function send(port: number, path: string, body: string | null, userId: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: body === null ? 'GET' : 'POST', agent, headers: { 'content-type': 'application/json', 'x-test-user': userId } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}
const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

function oneRequest(port: number) {
  const user = pick(reviewers);
  if (Math.random() < WRITE_SHARE) {
    const kind = Math.random();
    if (kind < 0.5) return send(port, '/api/trpc/comment.add', JSON.stringify({ json: { itemType: 'dispute', itemId: `p${Math.floor(Math.random() * DISPUTES)}`, body: `note ${randomUUID()}` } }), user);
    if (kind < 0.75) return send(port, '/api/trpc/presence.heartbeat', JSON.stringify({ json: { caseId, disputeId: `p${Math.floor(Math.random() * DISPUTES)}` } }), user);
    return send(port, '/api/trpc/evidence.add', JSON.stringify({ json: { itemType: 'dispute', itemId: `p${Math.floor(Math.random() * DISPUTES)}`, stance: 'context', source: { kind: 'url', url: 'https://example.org/a' } } }), user);
  }
  const kind = Math.random();
  if (kind < 0.5) return send(port, `/api/trpc/dispute.list${q({ caseId, assignee: 'me', status: ['assigned', 'in_review'], limit: 50 })}`, null, user);
  if (kind < 0.8) return send(port, `/api/trpc/dispute.byId${q({ disputeId: `p${Math.floor(Math.random() * DISPUTES)}` })}`, null, user);
  return send(port, `/api/trpc/dispute.list${q({ caseId, q: `band${Math.floor(Math.random() * 20)}`, limit: 20 })}`, null, user);
}

async function poisson(port: number) {
  const latencies: number[] = [];
  let errors = 0;
  let busy = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let next = start;
  while (next - start < SECONDS * 1000) {
    next += -Math.log(1 - Math.random()) * (1000 / RATE);
    const wait = next - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    pending.push(
      oneRequest(port).then(
        (res) => {
          latencies.push(performance.now() - sent);
          if (res.status >= 400) errors += 1;
          if (/busy|locked/i.test(res.text)) busy += 1;
        },
        () => void (errors += 1),
      ),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { requests: latencies.length, rate: latencies.length / SECONDS, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors, busy };
}

async function saturation(port: number, path: string, userId: string, seconds = 5) {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: SATURATION_CONNECTIONS }, async () => {
      while (performance.now() < end) {
        await send(port, path, null, userId);
        done += 1;
      }
    }),
  );
  return done / seconds;
}

const api = await startChild(['--import', 'tsx', join(import.meta.dirname, '..', '..', 'packages', 'api', 'test', 'support', 'standalone-server.ts'), dbPath]);
await saturation(api.port, `/api/trpc/dispute.list${q({ caseId, limit: 50 })}`, 'r1', 2);
const load = await poisson(api.port);
const apiSaturation = await saturation(api.port, `/api/trpc/dispute.list${q({ caseId, assignee: 'me', limit: 50 })}`, 'r1');
api.child.kill();
const bare = await startChild(['-e', `const s = require('node:http').createServer((q, r) => { r.setHeader('content-type', 'application/json'); r.end('{"ok":true}'); }); s.listen(0, '127.0.0.1', () => console.log('listening ' + s.address().port));`]);
const bareSaturation = await saturation(bare.port, '/', 'r1');
bare.child.kill();
agent.destroy();

const ms = (n: number) => `${n.toFixed(1)} ms`;
const report = `# Workflow API over HTTP

${machineLine()}
Load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores shared with the rest of the team (the load generator runs on the same cores).

Server: the app router over tRPC's standalone adapter in one child process (the Next.js route handler is not wired yet), one SQLite file,
${DISPUTES.toLocaleString('en')} disputes, ${REVIEWERS} reviewers, authenticated by a test header (no next-auth cost).

| Poisson arrivals at ${RATE}/s for ${SECONDS} s, ${WRITE_SHARE * 100} % writes | value | target |
|---|---|---|
| requests completed | ${load.requests} (${load.rate.toFixed(0)}/s) | — |
| p50 | ${ms(load.p50)} | — |
| p95 | ${ms(load.p95)} | < 50 ms |
| p99 | ${ms(load.p99)} | < 150 ms |
| errors (4xx/5xx) | ${load.errors} | 0 |
| "database is busy" seen | ${load.busy} | 0 |

| saturation, ${SATURATION_CONNECTIONS} connections, 5 s | requests/s |
|---|---|
| dispute.list (page of 50, my queue) | ${apiSaturation.toFixed(0)} |
| bare node:http, trivial JSON, same client | ${bareSaturation.toFixed(0)} |
| ratio | ${(apiSaturation / bareSaturation).toFixed(3)} |
`;
writeFileSync(join(import.meta.dirname, 'results', 'workflow-http.md'), report);
console.log(report);
rmSync(dir, { recursive: true, force: true });
