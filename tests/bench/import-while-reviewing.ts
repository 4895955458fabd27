// What both import-while-reviewing benchmarks share (workflow-http.bench.ts over HTTP, import-during-review.bench.ts
// at the API): the case they start from (reviewers with disputes in every status, each dispute quoting one claim
// whose text carries `band<i % 20>` for the searches), the folder of articles the import brings in, and the load.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '@claimdesk/db';
import { syntheticArticle } from './synthetic-articles';

export const SEARCH_BANDS = 20;

/** One case of `disputes` disputes and `reviewers` reviewers (and a lead when `lead` is given), in one transaction. */
export function seedReviewCase(db: Db, options: { caseId: string; name: string; reviewers: readonly string[]; disputes: number; passwordHash: string; lead?: string }): void {
  const raw = db.$client;
  const { caseId, reviewers } = options;
  const now = Date.now();
  const addUser = raw.prepare(`INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const addMember = raw.prepare(`INSERT INTO case_members (case_id, user_id, added_at) VALUES (?, ?, ?)`);
  const addClaim = raw.prepare(`INSERT INTO claims (id, case_id, document_id, kind, span_start, span_end, text, score, payload, created_at, updated_at) VALUES (?, ?, 'doc', 'quantity', 0, 11, ?, 1, '{}', ?, ?)`);
  const addDispute = raw.prepare(
    `INSERT INTO disputes (id, case_id, key, metric, primary_relation, severity, claim_count, independent_source_count, analysis, status, assignee_id, created_at, updated_at, last_activity_at) VALUES (?, ?, ?, 'deaths', 'conflict', ?, 1, 1, '{}', ?, ?, ?, ?, ?)`,
  );
  const addMembership = raw.prepare(`INSERT INTO dispute_claims (dispute_id, claim_id) VALUES (?, ?)`);
  raw.transaction(() => {
    raw.prepare(`INSERT INTO cases (id, name, created_at) VALUES (?, ?, ?)`).run(caseId, options.name, now);
    const people: [string, string][] = [...(options.lead ? [[options.lead, 'lead'] as [string, string]] : []), ...reviewers.map((id): [string, string] => [id, 'reviewer'])];
    for (const [id, role] of people) {
      addUser.run(id, `${id}@bench.test`, id, role, options.passwordHash, now, now);
      addMember.run(caseId, id, now);
    }
    raw.prepare(`INSERT INTO documents (id, case_id, title, outlet, text, content_hash, imported_at) VALUES ('doc', ?, 'Doc', 'Wire', 'At least 13 police officers were killed.', 'h', ?)`).run(caseId, now);
    const statuses = ['new', 'triaged', 'assigned', 'in_review', 'resolved'];
    for (let i = 0; i < options.disputes; i += 1) {
      const status = statuses[i % statuses.length] ?? 'new';
      const at = now - i * 1000;
      addClaim.run(`k${i}`, caseId, `At least ${i} officers killed band${i % SEARCH_BANDS}`, now, now);
      addDispute.run(`p${i}`, caseId, `p${i}`, (i % 100) / 100, status, status === 'new' || status === 'triaged' ? null : reviewers[i % reviewers.length], at, at, at);
      addMembership.run(`p${i}`, `k${i}`);
    }
  })();
}

/** Writes `count` synthetic articles (about 7 KB each) and their manifest to `folder`, as a desk's bulk import. */
export function writeSyntheticArticles(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  const documents = [];
  for (let i = 0; i < count; i += 1) {
    const article = syntheticArticle(i);
    const file = `article-${i}.txt`;
    writeFileSync(join(folder, file), article.text);
    documents.push({ file, title: `${article.title} (${i})`, outlet: `${article.outlet} ${i % 200}`, published: article.publishedDate });
  }
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ documents }));
}

/** Latency figures of one phase of a load: how many requests over how long, and the percentiles in ms. */
export interface LatencyFigures {
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles of the latencies (sorts the list in place). */
function latencyFigures(latencies: number[], seconds: number): LatencyFigures {
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { requests: latencies.length, seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: latencies.at(-1) ?? 0 };
}

/** A row of a results table: requests and rate, p50, p95, p99, max, then errors and "busy" answers if counted. */
function latencyRow(label: string, f: LatencyFigures, counts?: { errors: number; busy: number }): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return `| ${label} | ${f.requests} (${(f.requests / f.seconds).toFixed(0)}/s over ${f.seconds.toFixed(0)} s) | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${ms(f.max)} | ${counts?.errors ?? ''} | ${counts?.busy ?? ''} |`;
}

export interface LoadFigures extends LatencyFigures {
  /** The same figures for reads alone and writes alone (only writes ever wait for the write lock). */
  reads: LatencyFigures;
  writes: LatencyFigures;
  errors: number;
  /** Answers that said the database was busy or locked: the server is meant never to give one. */
  busy: number;
  firstError?: string;
}

/**
 * Simulated reviewers arriving at random (Poisson) at `rate` requests/s, a `writeShare` of them writes, for `seconds`
 * or until `until` settles. `send` makes one request and resolves to null, or to the error it got. Latency counts
 * from each request's scheduled arrival, not from when it was sent, so time spent waiting behind a busy event loop
 * is counted too.
 */
export async function poissonLoad(options: {
  rate: number;
  writeShare: number;
  seconds?: number;
  until?: Promise<unknown>;
  send: (write: boolean) => Promise<string | null>;
}): Promise<LoadFigures> {
  const all: number[] = [];
  const reads: number[] = [];
  const writes: number[] = [];
  let errors = 0;
  let busy = 0;
  let firstError: string | undefined;
  let finished = false;
  void options.until?.then(() => (finished = true));
  const failed = (error: string) => {
    errors += 1;
    if (/database is (busy|locked)/i.test(error)) busy += 1;
    firstError ??= error.slice(0, 200);
  };
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let next = start;
  while (options.until ? !finished : next - start < (options.seconds ?? 30) * 1000) {
    next += -Math.log(1 - Math.random()) * (1000 / options.rate);
    const wait = next - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const arrival = next;
    const write = Math.random() < options.writeShare;
    pending.push(
      options.send(write).then(
        (error) => {
          const ms = performance.now() - arrival;
          all.push(ms);
          (write ? writes : reads).push(ms);
          if (error !== null) failed(error);
        },
        (error: unknown) => failed(String(error)),
      ),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - start) / 1000;
  return { ...latencyFigures(all, seconds), reads: latencyFigures(reads, seconds), writes: latencyFigures(writes, seconds), errors, busy, firstError };
}

/** The results table of a run: the reviewers alone, then during the import, with its reads and writes apart. */
export function loadTable(rate: number, steady: LoadFigures, duringImport: LoadFigures, importedClaims: number, targetRow: string): string {
  return `| Poisson arrivals at ${rate}/s | requests | p50 | p95 | p99 | max | errors | "database is busy" |
|---|---|---|---|---|---|---|---|
${latencyRow('100 reviewers working', steady, steady)}
${latencyRow(`the same, while \`claimdesk import\` adds ${importedClaims.toLocaleString('en')} claims`, duringImport, duringImport)}
${latencyRow('— of which reads (never wait for the write lock)', duringImport.reads)}
${latencyRow('— of which writes (wait while the import holds the lock)', duringImport.writes)}
${targetRow}`;
}
