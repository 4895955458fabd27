import { and, cases, claims, documents, eq, isNotNull, sql, type Db, type SQL } from '@claimdesk/db';
import type { ExtractedClaim } from '@claimdesk/claim-model';
import { DisputeIndex, type DisputeDocument, LEAD_CHARACTERS } from '@claimdesk/claim-model/disputes';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import { joinsDisputes } from './joins-disputes';
import { StoredDisputes } from './stored-disputes';

/**
 * A case's disputes kept in memory between imports (claim-model's DisputeIndex), so adding a document regroups
 * only the buckets its claims fall in instead of every claim of the case. The index is trusted only while the
 * case's analysis generation in the database is the one it was built at: another process importing into the
 * same file, or a lexicon change, bumps the generation and the next import rebuilds the index.
 */
export interface CachedIndex {
  generation: number;
  index: DisputeIndex;
  /** The stored disputes' membership, as far as imports needed it (same generation). */
  stored: StoredDisputes;
}

/** Enough for a desk's open cases; a case's index holds its quantity claims (about 1 KB each). */
const MAX_CASES = 4;
const byConnection = new WeakMap<Db, Map<string, CachedIndex>>();

function cacheOf(db: Db): Map<string, CachedIndex> {
  let cache = byConnection.get(db);
  if (!cache) byConnection.set(db, (cache = new Map()));
  return cache;
}

export function readGeneration(db: Db, caseId: string): number {
  return db.select({ g: cases.analysisGeneration }).from(cases).where(eq(cases.id, caseId)).get()?.g ?? 0;
}

/**
 * What grouping needs from the database: the claims that can join a dispute (of the documents `claimsOf` selects)
 * and the documents' outlets, dates, titles and opening text (of those `documentsOf` selects): the title and the
 * lead tell grouping which event a document is about.
 */
export function readIndexInput(db: Db, claimsOf: SQL | undefined, documentsOf: SQL): { claims: ExtractedClaim[]; documents: DisputeDocument[] } {
  const found = db
    .select({ payload: claims.payload })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(claimsOf, isNotNull(claims.metric)))
    .all()
    .map((r) => r.payload as ExtractedClaim)
    .filter(joinsDisputes);
  const docs = db
    .select({
      id: documents.id,
      outlet: documents.outlet,
      publishedDate: documents.publishedDate,
      title: documents.title,
      lead: sql<string>`substr(${documents.text}, 1, ${LEAD_CHARACTERS})`,
    })
    .from(documents)
    .where(documentsOf)
    .all();
  return { claims: found, documents: docs };
}

// Claims of documents already grouped: a document still pending (stored by an import that has not grouped it
// yet) is added by whoever groups the pending documents next.
function readCaseInput(db: Db, caseId: string): ReturnType<typeof readIndexInput> {
  return readIndexInput(db, and(eq(documents.caseId, caseId), eq(documents.groupingPending, false)), eq(documents.caseId, caseId));
}

function build(db: Db, caseId: string, lexicon: Lexicon): DisputeIndex {
  const input = readCaseInput(db, caseId);
  return new DisputeIndex(input.claims, { lexicon, documents: input.documents });
}

const building = new WeakMap<Db, Map<string, Promise<void>>>();

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Puts the case's index in memory at its current generation if it is not (after a restart, or after another process
 * changed the case), built in slices that yield to the event loop: built at once it holds the server for seconds on
 * a large case (2.8–3.7 s at 100k claims), stalling every reviewer's request. Concurrent callers share one build.
 * The index is kept only if the case did not change meanwhile; `takeIndex` checks the generation as ever.
 */
export function warmIndex(db: Db, caseId: string, lexicon: Lexicon, claimsPerSlice = 2_000): Promise<void> {
  const generation = readGeneration(db, caseId);
  if (cacheOf(db).get(caseId)?.generation === generation) return Promise.resolve();
  let inFlight = building.get(db);
  if (!inFlight) building.set(db, (inFlight = new Map()));
  const running = inFlight.get(caseId);
  if (running) return running;
  const input = readCaseInput(db, caseId);
  const done = DisputeIndex.build(input.claims, { lexicon, documents: input.documents }, yieldToEventLoop, claimsPerSlice)
    .then((index) => {
      // Stale if the case changed meanwhile; not needed if another caller put a current index in the cache.
      if (readGeneration(db, caseId) === generation && cacheOf(db).get(caseId)?.generation !== generation)
        keepIndex(db, caseId, { generation, index, stored: new StoredDisputes() });
    })
    .finally(() => inFlight.delete(caseId));
  inFlight.set(caseId, done);
  return done;
}

/**
 * The case's current index (rebuilt from the database if another process changed the case), taken out of the
 * cache because the caller is about to change it. The caller returns it with `keepIndex` once its transaction has
 * committed; if the transaction fails, the index is simply not returned and the next import rebuilds it.
 */
export function takeIndex(db: Db, caseId: string, lexicon: Lexicon): CachedIndex {
  const generation = readGeneration(db, caseId);
  const cache = cacheOf(db);
  const cached = cache.get(caseId);
  cache.delete(caseId);
  if (cached?.generation === generation) return cached;
  return { generation, index: build(db, caseId, lexicon), stored: new StoredDisputes() };
}

export function keepIndex(db: Db, caseId: string, entry: CachedIndex): void {
  const cache = cacheOf(db);
  if (cache.size >= MAX_CASES) cache.delete(cache.keys().next().value ?? '');
  cache.set(caseId, entry);
}
