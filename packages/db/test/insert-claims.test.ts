import { afterAll, describe, expect, it } from 'vitest';
import { cases, claims, documents, eq, insertClaims, searchText } from '../src';
import { createTestDatabase } from '../src/testing';

// insertClaims (the import's bulk path) and a plain drizzle insert (tests, seeds) must leave the same rows, rollup
// and search index: both rely on the claims triggers, so a change to either path shows up here.
const { db, dispose } = createTestDatabase();
afterAll(dispose);

const now = Date.UTC(2026, 10, 27, 12);
const DAY = 86_400_000;
db.insert(cases).values([{ id: 'c1', name: 'One', createdAt: now }, { id: 'c2', name: 'Two', createdAt: now }]).run();
db.insert(documents).values({ id: 'd1', caseId: 'c1', title: 'Almaty unrest', outlet: 'Wire', text: 'Curfew declared in Almaty.', contentHash: 'h1', importedAt: now }).run();
db.insert(documents).values({ id: 'd2', caseId: 'c2', title: 'Aktau', outlet: 'Wire', text: 'Protests in Aktau.', contentHash: 'h2', importedAt: now }).run();

type ClaimRow = typeof claims.$inferInsert;

function claim(id: string, overrides: Partial<ClaimRow> = {}): ClaimRow {
  return {
    id,
    caseId: 'c1',
    documentId: 'd1',
    kind: 'quantity',
    spanStart: 3,
    spanEnd: 42,
    text: `At least 13 police officers were killed (${id})`,
    metric: 'deaths',
    subject: 'police',
    place: 'almaty',
    asOf: '2022-01-06',
    low: 13,
    high: null,
    unit: 'person',
    originalSource: 'Ministry',
    score: 0.75,
    payload: { id, figure: { low: 13, high: null }, reasons: ['number', 'attribution'], note: 'é "quoted" \\ back\nline' },
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

function stored(id: string) {
  return db.$client
    .prepare(
      `SELECT case_id, document_id, kind, span_start, typeof(span_start) ts, span_end, hex(text) text, metric, subject, place, as_of,
         low, typeof(low) tl, high, typeof(high) th, unit, original_source, score, typeof(score) tsc, hex(payload) payload, status, assignee_id,
         priority, version, created_at, updated_at FROM claims WHERE id = ?`,
    )
    .get(id);
}

function recount() {
  return db.$client
    .prepare(`SELECT case_id AS caseId, status, coalesce(assignee_id, '') AS assigneeId, count(*) AS n FROM claims GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)
    .all();
}

function rollup() {
  return db.$client
    .prepare(`SELECT case_id AS caseId, status, assignee_id AS assigneeId, n FROM status_counts WHERE item_type = 'claim' AND n <> 0 ORDER BY 1, 2, 3`)
    .all();
}

function dailyNew() {
  return db.$client.prepare(`SELECT case_id AS caseId, day, n FROM status_daily WHERE item_type = 'claim' AND status = 'new' ORDER BY 1, 2`).all();
}

function dailyNewRecount() {
  return db.$client
    .prepare(`SELECT case_id AS caseId, date(updated_at / 1000, 'unixepoch') AS day, count(*) AS n FROM claims GROUP BY 1, 2 ORDER BY 1, 2`)
    .all();
}

const claimIds = (caseId: string, query: string) => searchText(db, { caseId, itemType: 'claim', query, limit: 100, ranked: false }).ids.sort();

describe('insertClaims', () => {
  it('stores exactly what a plain insert stores, payload JSON byte for byte', () => {
    const awkward = { text: 'nul \0 lone \ud800 pair 😀 tab\t', payload: { n: [1e21, 0.1, -5, 1.5e-7, 2 ** 60 + 1], s: 'ü\u2028\\"', nested: { a: null, b: true } } };
    const plain = claim('plain', awkward);
    const bulk = claim('bulk', awkward);
    db.insert(claims).values(plain).run();
    insertClaims(db, [bulk]);
    expect(stored('bulk')).toEqual(stored('plain'));
    expect(db.$client.prepare('SELECT payload FROM claims WHERE id = ?').pluck().get('bulk')).toBe(JSON.stringify(bulk.payload));
    const sparse = claim('sparse-bulk', { metric: null, subject: undefined, place: null, asOf: null, low: null, high: null, unit: null, originalSource: null, spanStart: 0 });
    insertClaims(db, [sparse]);
    db.insert(claims).values({ ...sparse, id: 'sparse-plain' }).run();
    expect(stored('sparse-bulk')).toEqual(stored('sparse-plain'));
  });

  it('leaves a stored claim as it is, and keeps the first of two rows with one id', () => {
    insertClaims(db, [claim('dup', { text: 'first words' }), claim('dup', { text: 'second words' })]);
    insertClaims(db, [claim('dup', { text: 'third words' })]);
    expect(db.$client.prepare('SELECT text FROM claims WHERE id = ?').pluck().get('dup')).toBe('first words');
    expect(claimIds('c1', 'first')).toEqual(['dup']);
    expect(claimIds('c1', 'second')).toEqual([]);
    expect(claimIds('c1', 'third')).toEqual([]);
  });

  it('stores nothing of a batch when one row fails', () => {
    const before = { rollup: rollup(), count: db.$client.prepare('SELECT count(*) FROM claims').pluck().get() };
    expect(() => insertClaims(db, [claim('fine-1'), claim('orphan', { documentId: 'missing' }), claim('fine-2')])).toThrow(/FOREIGN KEY/);
    expect(() => insertClaims(db, [claim('fine-3'), claim('infinite', { high: Number.POSITIVE_INFINITY })])).toThrow(RangeError);
    expect({ rollup: rollup(), count: db.$client.prepare('SELECT count(*) FROM claims').pluck().get() }).toEqual(before);
    expect(() => insertClaims(db, [])).not.toThrow();
  });
});

describe('claims from insertClaims and from a plain insert', () => {
  it('keep the status rollup equal to a full recount through inserts, status and assignee changes, and deletes', () => {
    db.$client.transaction(() => {
      insertClaims(db, Array.from({ length: 40 }, (_, i) => claim(`b${i}`, { caseId: i % 4 === 0 ? 'c2' : 'c1', documentId: i % 4 === 0 ? 'd2' : 'd1', updatedAt: now - (i % 3) * DAY })));
    })();
    for (let i = 0; i < 10; i += 1) db.insert(claims).values(claim(`p${i}`, { caseId: 'c2', documentId: 'd2', updatedAt: now - DAY })).run();
    expect(rollup()).toEqual(recount());
    expect(dailyNew()).toEqual(dailyNewRecount());

    db.$client.exec(`INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at) VALUES ('ana', 'ana@x.test', 'Ana', 'reviewer', 'x', ${now}, ${now})`);
    for (const [i, id] of ['b1', 'b2', 'p3', 'p4', 'b8'].entries()) {
      db.update(claims).set({ status: i % 2 ? 'assigned' : 'triaged', assigneeId: i % 2 ? 'ana' : null, updatedAt: now + i }).where(eq(claims.id, id)).run();
    }
    db.update(claims).set({ assigneeId: null }).where(eq(claims.id, 'b2')).run();
    db.delete(claims).where(eq(claims.id, 'b5')).run();
    db.delete(claims).where(eq(claims.id, 'p6')).run();
    expect(rollup()).toEqual(recount());
  });

  it('are found by search in their own case only, follow text changes, and are forgotten when deleted', () => {
    insertClaims(db, [claim('s-bulk', { text: 'Curfew lifted in Zhanaozen' }), claim('s-bulk2', { caseId: 'c2', documentId: 'd2', text: 'Curfew extended in Aktau' })]);
    db.insert(claims).values(claim('s-plain', { text: 'Curfew ignored in Zhanaozen' })).run();
    expect(claimIds('c1', 'zhanaozen')).toEqual(['s-bulk', 's-plain']);
    expect(claimIds('c2', 'curfew')).toEqual(['s-bulk2']);
    expect(searchText(db, { caseId: 'c1', itemType: 'document', query: 'curfew', limit: 10 }).ids).toEqual(['d1']);

    db.update(claims).set({ text: 'Evacuation ordered' }).where(eq(claims.id, 's-bulk')).run();
    expect(claimIds('c1', 'zhanaozen')).toEqual(['s-plain']);
    expect(claimIds('c1', 'evacuation')).toEqual(['s-bulk']);

    db.delete(claims).where(eq(claims.id, 's-bulk')).run();
    db.delete(claims).where(eq(claims.id, 's-plain')).run();
    expect(claimIds('c1', 'evacuation')).toEqual([]);
    expect(claimIds('c1', 'zhanaozen')).toEqual([]);
    const keys = db.$client.prepare(`SELECT count(*) FROM search_keys WHERE item_type = 'claim'`).pluck().get();
    expect(keys).toBe(db.$client.prepare('SELECT count(*) FROM claims').pluck().get());
  });
});
