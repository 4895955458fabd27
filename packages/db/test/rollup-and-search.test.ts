import { afterAll, describe, expect, it } from 'vitest';
import { cases, claims, disputes, documents, eq, searchText, statusCounts, toFtsQuery, users } from '../src';
import { createTestDatabase } from '../src/testing';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const now = Date.UTC(2026, 10, 27, 12);
db.insert(cases).values([{ id: 'c1', name: 'One', createdAt: now }, { id: 'c2', name: 'Two', createdAt: now }]).run();
for (const id of ['ana', 'ben']) db.insert(users).values({ id, email: `${id}@x.test`, name: id, role: 'reviewer', passwordHash: 'x', createdAt: now, updatedAt: now }).run();
db.insert(documents)
  .values({ id: 'd1', caseId: 'c1', title: 'Almaty unrest', outlet: 'Wire', text: 'At least 13 police officers were killed in Almaty.', contentHash: 'h1', importedAt: now })
  .run();
db.insert(documents)
  .values({ id: 'd2', caseId: 'c2', title: 'Elsewhere', outlet: 'Wire', text: 'Police officers were killed elsewhere.', contentHash: 'h2', importedAt: now })
  .run();

function addDispute(id: string, caseId = 'c1') {
  db.insert(disputes)
    .values({ id, caseId, key: id, metric: 'deaths', primaryRelation: 'conflict', severity: 0.9, claimCount: 2, independentSourceCount: 1, analysis: {}, createdAt: now, updatedAt: now, lastActivityAt: now })
    .run();
}

function recount() {
  return db.$client
    .prepare(`SELECT case_id AS caseId, 'dispute' AS itemType, status, coalesce(assignee_id, '') AS assigneeId, count(*) AS n FROM disputes GROUP BY 1, 2, 3, 4 ORDER BY 1, 3, 4`)
    .all();
}

function rollup() {
  return db.select().from(statusCounts).where(eq(statusCounts.itemType, 'dispute')).all()
    .filter((r) => r.n !== 0)
    .sort((a, b) => `${a.caseId}${a.status}${a.assigneeId}`.localeCompare(`${b.caseId}${b.status}${b.assigneeId}`));
}

describe('the status rollup', () => {
  it('matches a full recount after inserts, status and assignee changes, and deletes', () => {
    for (let i = 0; i < 30; i += 1) addDispute(`p${i}`, i % 3 === 0 ? 'c2' : 'c1');
    const statuses = ['triaged', 'assigned', 'in_review', 'resolved'] as const;
    for (let i = 0; i < 30; i += 1) {
      const status = statuses[i % statuses.length] ?? 'new';
      db.update(disputes).set({ status, assigneeId: i % 2 ? 'ana' : 'ben', updatedAt: now + i }).where(eq(disputes.id, `p${i}`)).run();
    }
    db.update(disputes).set({ assigneeId: null }).where(eq(disputes.id, 'p1')).run();
    db.update(disputes).set({ priority: 5 }).where(eq(disputes.id, 'p2')).run();
    db.delete(disputes).where(eq(disputes.id, 'p5')).run();
    expect(rollup()).toEqual(recount());
  });
});

describe('full-text search', () => {
  it('quotes every term so operators and stray quotes are plain words', () => {
    const rows: [string, string | null][] = [
      ['police killed', '"police" "killed"'],
      ['"unbalanced', '"""unbalanced"'],
      ['NEAR(a b) OR body:x*', '"NEAR(a" "b)" "OR" "body:x*"'],
      ['nul\0byte', '"nulbyte"'],
      ['   ', null],
      ['*** ---', null],
    ];
    for (const [input, expected] of rows) expect(toFtsQuery(input)).toBe(expected);
  });

  it('finds documents and claims of one case only', () => {
    db.insert(claims)
      .values({ id: 'k1', caseId: 'c1', documentId: 'd1', kind: 'quantity', spanStart: 0, spanEnd: 10, text: 'At least 13 police officers were killed', score: 1, payload: {}, createdAt: now, updatedAt: now })
      .run();
    expect(searchText(db, { caseId: 'c1', itemType: 'document', query: 'police killed', limit: 10 }).ids).toEqual(['d1']);
    expect(searchText(db, { caseId: 'c1', itemType: 'document', query: 'almaty', limit: 10 }).ids).toEqual(['d1']);
    expect(searchText(db, { caseId: 'c1', itemType: 'claim', query: 'Officers', limit: 10 }).ids).toEqual(['k1']);
    expect(searchText(db, { caseId: 'c2', itemType: 'claim', query: 'officers', limit: 10 }).ids).toEqual([]);
  });

  it('survives hostile search strings without a SQL error', () => {
    for (const query of ['"', 'a"b', 'AND', 'OR OR', '(', ')', 'NOT x', 'x*', '^x', 'body:police', '{body}: x', 'NEAR(x y, 2)', '\0', "'; DROP TABLE claims; --"]) {
      expect(() => searchText(db, { caseId: 'c1', itemType: 'claim', query, limit: 5 })).not.toThrow();
    }
  });

  it('finds a case’s best hits even when another case has many better ones', () => {
    db.insert(documents).values({ id: 'd3', caseId: 'c2', title: 'Crowd', outlet: 'Wire', text: 'x', contentHash: 'h3', importedAt: now }).run();
    for (let i = 0; i < 40; i += 1) {
      db.insert(claims).values({ id: `crowd${i}`, caseId: 'c2', documentId: 'd3', kind: 'event', spanStart: 0, spanEnd: 1, text: 'curfew curfew curfew', score: 1, payload: {}, createdAt: now, updatedAt: now }).run();
    }
    db.insert(claims).values({ id: 'k2', caseId: 'c1', documentId: 'd1', kind: 'event', spanStart: 0, spanEnd: 1, text: 'a long sentence that mentions the curfew only once among many other words', score: 1, payload: {}, createdAt: now, updatedAt: now }).run();
    expect(searchText(db, { caseId: 'c1', itemType: 'claim', query: 'curfew', limit: 2 })).toEqual({ ids: ['k2'], ranked: true });
    expect(searchText(db, { caseId: 'c2', itemType: 'claim', query: 'curfew', limit: 3 }).ids).toHaveLength(3);
    expect(searchText(db, { caseId: 'c1', itemType: 'claim', query: 'curfew', limit: 5, ranked: false }).ids).toEqual(['k2']);
  });

  it('forgets deleted documents', () => {
    db.delete(documents).where(eq(documents.id, 'd2')).run();
    expect(searchText(db, { caseId: 'c2', itemType: 'document', query: 'elsewhere', limit: 10 }).ids).toEqual([]);
  });
});
