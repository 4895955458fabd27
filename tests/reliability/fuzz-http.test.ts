import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@claimdesk/db';
import { FUZZ_RUNS, FUZZ_SEED } from '../../packages/api/test/fuzz/hostile-values';
import { internalLeak } from '../../packages/api/test/fuzz/internal-leak';
import { routerProcedures } from '../../packages/api/test/fuzz/router-procedures';
import { inputFor, type IdPools } from '../../packages/api/test/fuzz/schema-arbitrary';
import { REPO_ROOT, startAppServer, type AppServer } from '../e2e/support/app-server';
import { E2E_PASSWORD, findDispute, seedTeam, type SeededTeam } from '../e2e/support/seed';
import { encodeLoosely, hostileComponent, hostileCookie, hostileQuery } from './support/http-arbitraries';
import { rawRequest, type RawAnswer, type RawRequest } from './support/raw-http';

/** HTTP cases per run: a third of FUZZ_RUNS (a request to the built server costs several calls through the caller). */
const RUNS = Math.max(300, Math.ceil(FUZZ_RUNS / 3));

/** A long run is allowed the time it needs: the limit grows with the cases, it measures nothing. */
const FUZZ_TIMEOUT_MS = Math.max(120_000, RUNS * 200);

let server: AppServer;
let base: URL;
let db: Db;
let team: SeededTeam;
let disputeId: string;
/** Session cookies by who holds them; null is signed out. */
const sessions: [string, string | null][] = [['signed out', null]];

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
  const csrfCookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${server.baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookies.join('; '), origin: server.baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: server.baseUrl, json: 'true' }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return session;
}

/** The tables a request could change, each as a hash of its rows; failed sign-ins are counted by design. */
function fingerprint(): string {
  const tables = db.$client
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_text_%' AND name <> 'sign_in_failures' ORDER BY name`)
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) hash.update(table).update(JSON.stringify(db.$client.prepare(`SELECT * FROM "${table}"`).raw().all()));
  return hash.digest('hex');
}
/** Changes when another connection (the server) commits: a cheap check before the full fingerprint. */
const dataVersion = () => db.$client.pragma('data_version', { simple: true }) as number;
let lastVersion = 0;
let lastFingerprint = '';

/** The body as a person would read it: scripts (the page's code and its React payload) left out. */
const visibleText = (answer: RawAnswer) => (answer.contentType.includes('html') ? answer.body.replace(/<script[\s\S]*?<\/script>/g, '') : answer.body);

/** Sends one request and checks the promise: no 5xx, no internals in the answer, nothing changed by a refusal. */
async function check(req: RawRequest): Promise<RawAnswer> {
  const answer = await rawRequest(base, req).catch(async (error: unknown) => {
    // A route that refuses the method answers before reading the body, and Node refuses a request line over its
    // 16 KiB header limit (431), each closing the connection under a client still sending: no answer to judge,
    // but the server must still be there.
    const unread = req.body !== undefined || req.path.length > 16_000;
    if (!unread || !(error instanceof Error && 'code' in error && error.code === 'ECONNRESET')) throw error;
    expect((await rawRequest(base, { method: 'GET', path: '/api/health' })).status).toBe(200);
    return { status: 0, contentType: '', body: '' };
  });
  const what = `${req.method} ${req.path.slice(0, 300)} → ${answer.status} ${answer.body.slice(0, 300)}`;
  expect(answer.status, what).toBeLessThan(500);
  expect(internalLeak(visibleText(answer)), what).toBeNull();
  const version = dataVersion();
  if (version !== lastVersion) {
    const now = fingerprint();
    if (answer.status >= 400) expect(now, `a refused request changed rows: ${what}`).toBe(lastFingerprint);
    lastVersion = version;
    lastFingerprint = now;
  }
  return answer;
}

beforeAll(async () => {
  server = await startAppServer();
  base = new URL(server.baseUrl);
  team = await seedTeam(server.dbPath, { label: 'Fuzz', articles: ['cnn.txt'] });
  disputeId = (await findDispute(server.dbPath, team, 'deaths')).id;
  sessions.push(
    ['a reviewer', await signIn(team.ana.email, E2E_PASSWORD)],
    ['a lead', await signIn(team.lead.email, E2E_PASSWORD)],
    ['an admin', await signIn('lead@claimdesk.test', 'claimdesk-demo')],
    ['a non-member', await signIn(team.outsider.email, E2E_PASSWORD)],
  );
  db = openDatabase({ path: server.dbPath });
  lastVersion = dataVersion();
  lastFingerprint = fingerprint();
}, 180_000);

afterAll(async () => {
  db?.$client.close();
  await server?.stop();
  if (server) rmSync(dirname(server.dbPath), { recursive: true, force: true });
});

const origin = () => server.baseUrl;
const cookieOf = (who: string) => sessions.find(([name]) => name === who)?.[1] ?? '';

describe('the four reproductions of issue 19, over HTTP', () => {
  it('a session cookie that is not valid percent-encoding is signed out: user.me answers 401, not 500', async () => {
    for (const cookie of ['next-auth.session-token=%', `${cookieOf('a lead')}%`, 'next-auth.session-token=%E0%A4%A']) {
      const answer = await check({ method: 'GET', path: '/api/trpc/user.me', headers: { cookie } });
      expect(answer.status).toBe(401);
      expect(answer.body).toContain('Sign in to continue.');
    }
  });

  it('the PDF download refuses an as-of moment with control characters: 400 with the reason', async () => {
    for (const asOf of ['2022-01-01%20%28%0D%0A%29', '2022-01-01%20%28%00%29']) {
      const answer = await check({ method: 'GET', path: `/cases/${team.caseId}/report/pdf?asOf=${asOf}`, headers: { cookie: cookieOf('a lead') } });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({ message: expect.stringContaining('ISO date or timestamp') });
    }
  });

  it('a case page with an over-long id is the not-found page, as are its sub-pages', async () => {
    const long = 'x'.repeat(300);
    for (const path of [`/cases/${long}`, `/cases/${long}/queue`, `/cases/${team.caseId}/disputes/${long}`, `/cases/${team.caseId}/documents/${long}`]) {
      const answer = await check({ method: 'GET', path, headers: { cookie: cookieOf('a reviewer') } });
      expect(answer.status, path).toBe(404);
      // The not-found page, which the browser renders from the page's payload.
      expect(answer.body).toContain('This page does not exist, or you do not have access to it.');
    }
  });

  it('document.import over HTTP refuses file names with a NUL or path separators and stores the rest of the batch', async () => {
    const items = [
      { name: 'a.txt\u0000.html', contentBase64: Buffer.from('Some 2,000 people were detained.').toString('base64') },
      { name: '../../../../tmp/x.txt', contentBase64: Buffer.from('Some 2,298 people were detained.').toString('base64') },
      { name: 'fine.txt', contentBase64: Buffer.from(`At least 16 police officers were killed, the ministry said. ${team.tag}`).toString('base64') },
    ];
    const before = db.$client.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const answer = await check({
      method: 'POST',
      path: '/api/trpc/document.import',
      headers: { cookie: cookieOf('a lead'), origin: origin(), 'content-type': 'application/json' },
      body: JSON.stringify({ json: { caseId: team.caseId, items } }),
    });
    expect(answer.status).toBe(200);
    const report = (JSON.parse(answer.body) as { result: { data: { json: { results: { name: string; status: string; reason?: string }[] } } } }).result.data.json;
    expect(report.results.map((r) => [r.status, r.reason ?? ''])).toEqual([
      ['rejected', expect.stringContaining('control character')],
      ['rejected', expect.stringContaining('path separator')],
      ['imported', ''],
    ]);
    expect(db.$client.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(before + 1);
  });
});

describe('what the long fuzzer runs found, over HTTP', () => {
  it('a return address next-auth cannot parse is made safe (query) or refused with a 400 that clears it (cookie), never a 500', async () => {
    for (const query of ['callbackUrl=1', '__proto__=x&callbackUrl=1', 'callbackUrl=%20x']) {
      const answer = await check({ method: 'GET', path: `/api/auth/providers?${query}` });
      expect(answer.status, query).toBe(200);
    }
    const answer = await check({ method: 'GET', path: '/api/auth/providers', headers: { cookie: 'next-auth.callback-url=1' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('sign in again');
  });
});

/** Every page and route handler of the build, as route patterns, read from the build's own manifest. */
const routes = (() => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'apps/dashboard/.next/app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return [...new Set(Object.values(manifest))].filter((r) => !r.startsWith('/_')).sort();
})();
const fuzzedRoutes = new Set<string>();

/** A route with its parameters filled: a known id, a foreign one, or a hostile segment. */
function fillArbitrary(pattern: string): fc.Arbitrary<string> {
  const params = [...pattern.matchAll(/\[(\.\.\.)?(\w+)\]/g)];
  const known = (name: string): string[] => ({ caseId: [team.caseId], disputeId: [disputeId], documentId: team.documentIds, trpc: ['user.me', 'case.list'], nextauth: ['session', 'csrf', 'providers', 'signin', 'signout', 'callback/credentials', 'error', 'signin/credentials'] })[name] ?? ['no-such-id'];
  return fc.tuple(...params.map((m) => fc.oneof(fc.constantFrom(...known(m[2] ?? '')), hostileComponent, fc.array(hostileComponent, { minLength: 2, maxLength: 3 }).map((parts) => parts.join('/'))))).map((values) => {
    let i = 0;
    return pattern.replace(/\[(?:\.\.\.)?\w+\]/g, () => values[i++] ?? 'x');
  });
}

describe(`every page and route handler under hostile requests (${RUNS} requests in all, seed ${FUZZ_SEED})`, () => {
  it('pages and route handlers (PDF download, auth callbacks, health): never a 5xx or internals, a refusal changes nothing', async () => {
    const request = fc.record({
      route: fc.constantFrom(...routes),
      method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'HEAD', 'PUT', 'DELETE'),
      who: fc.constantFrom(...sessions.map(([w]) => w)),
      tamper: fc.boolean(),
      query: hostileQuery,
      form: fc.array(fc.tuple(fc.constantFrom('email', 'password', 'csrfToken', 'callbackUrl', 'json', 'redirect'), hostileComponent), { maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(request.chain((r) => fillArbitrary(r.route).chain((path) => (r.tamper ? hostileCookie(cookieOf(r.who) || null) : fc.constant(cookieOf(r.who))).map((cookie) => ({ ...r, path, cookie })))), async (r) => {
        fuzzedRoutes.add(r.route);
        const headers: Record<string, string> = { cookie: r.cookie, origin: origin() };
        const withBody = r.method === 'POST' || r.method === 'PUT';
        if (withBody) headers['content-type'] = 'application/x-www-form-urlencoded';
        await check({ method: r.method, path: `${r.path}${r.query}`, headers, body: withBody ? r.form.map(([k, v]) => `${k}=${v}`).join('&') : undefined });
      }),
      { seed: FUZZ_SEED, numRuns: Math.ceil(RUNS / 2), endOnFailure: true },
    );
    expect([...fuzzedRoutes].sort()).toEqual(routes);
  }, FUZZ_TIMEOUT_MS);

  const procedures = routerProcedures();
  const envelope = fc.oneof(
    { weight: 6, arbitrary: fc.constant('plain') },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"json":', 'null', '[]', '"x"', '{"json":{},"meta":{"values":{"caseId":["Date"]}}}', '{"json":1,"meta":{"values":["undefined"]}}', '{"json":{"a":1},"meta":{"referentialEqualities":{"a":["__proto__.polluted"]}}}', `{"json":${'['.repeat(5000)}${']'.repeat(5000)}}`, '\u0000') },
  );
  it.each(procedures.map((p) => [p.path, p] as const))('tRPC over HTTP, %s (as a query, mutation or SSE feed, alone or batched): never a 5xx or internals, a refusal changes nothing', async (_, procedure) => {
    const pools: IdPools = {
      caseId: [team.caseId],
      disputeId: [disputeId],
      documentId: team.documentIds,
      itemId: [disputeId],
      userId: [team.ana.id, team.outsider.id],
      assigneeId: [team.ana.id, team.ben.id],
      contentBase64: [Buffer.from('At least 13 police officers were killed in Almaty.').toString('base64'), Buffer.from('no tags at all').toString('base64')],
    };
    const input = procedure.jsonSchema ? inputFor(procedure.jsonSchema, pools) : fc.constant(undefined);
    const call = fc.record({ who: fc.constantFrom(...sessions.map(([w]) => w)), tamper: fc.boolean(), envelope, malformed: fc.boolean(), batch: fc.nat({ max: 2 }), value: input, junk: hostileComponent }).chain((r) =>
      (r.tamper ? hostileCookie(cookieOf(r.who) || null) : fc.constant(cookieOf(r.who))).map((cookie) => ({ ...r, cookie })),
    );
    const isQuery = procedure.type !== 'mutation';
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        const payload = c.envelope === 'plain' ? JSON.stringify({ json: c.value }) : c.envelope;
        const batched = c.batch > 0;
        const paths = batched ? Array.from({ length: c.batch + 1 }, () => procedure.path).join(',') : procedure.path;
        const body = batched ? `{${Array.from({ length: c.batch + 1 }, (_, i) => `"${i}":${payload}`).join(',')}}` : payload;
        const inputParam = c.malformed ? `${encodeLoosely(body).slice(0, 40)}${c.junk}` : encodeURIComponent(body);
        const query = `${batched ? 'batch=1&' : ''}input=${inputParam}`;
        const headers: Record<string, string> = { cookie: c.cookie, 'content-type': 'application/json' };
        if (!isQuery) headers.origin = origin();
        await check(isQuery ? { method: 'GET', path: `/api/trpc/${paths}?${query}`, headers } : { method: 'POST', path: `/api/trpc/${paths}${batched ? '?batch=1' : ''}`, headers, body });
      }),
      { seed: FUZZ_SEED, numRuns: Math.max(5, Math.ceil(RUNS / 2 / procedures.length)), endOnFailure: true },
    );
  }, FUZZ_TIMEOUT_MS);
});
