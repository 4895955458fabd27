import { setTimeout as pause } from 'node:timers/promises';
import { and, documents, eq, insertClaims, isDatabaseBusy, RETRY_PAUSE_MAX_MS, whenNotBusy, writeTransaction, type Db } from '@claimdesk/db';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { reportServerError } from '../server-error';
import { requireCaseAccess } from '../case-access';
import { prepareFile, type FilePreparer, type ImportItem, type ImportResult, type PreparedFile } from '../import/prepare-file';
import { keepIndex, takeIndex, warmIndex } from '../analysis/case-dispute-index';
import { caseLexicon } from '../analysis/case-lexicon';
import { claimRow } from '../analysis/claim-row';
import { applyPreparedGrouping, planDisputeWrites, rememberOutcome, splitDisputeWrites, type GroupingOutcome } from '../analysis/update-case-disputes';
import type { ComputedDispute } from '@claimdesk/claim-model/disputes';

export type { ImportItem, ImportResult, FilePreparer } from '../import/prepare-file';

export interface ImportReport {
  results: ImportResult[];
  imported: number;
  duplicates: number;
  rejected: number;
}

/**
 * How an import uses the write lock. Files are stored in short transactions (a chunk: a few files, at most about
 * 200 claims, ~20 ms), and the case's disputes are regrouped once per group of files, the costly regrouping done
 * before the lock and only its result written under it. So other people's changes wait at most one short
 * transaction (PERFORMANCE.md: 200-row chunks with a yield kept others' p99 at 31–55 ms during a 100k-claim
 * import), and the import leaves the lock free for a moment after each (IMPORT_GAP_MS). Regrouping per group rather than per chunk matters: a dispute quoted
 * by thousands of articles is rebuilt whole each time claims join it.
 */
export interface ImportSizes {
  chunkFiles: number;
  chunkClaims: number;
  groupFiles: number;
  groupClaims: number;
  /** A grouping is written in parts of about this much serialised analysis and membership (~10–20 ms each). */
  groupingPartBytes: number;
}
const IMPORT_SIZES: ImportSizes = { chunkFiles: 8, chunkClaims: 200, groupFiles: 256, groupClaims: 8000, groupingPartBytes: 400_000 };
const IMPORT_BUSY_PATIENCE_MS = 60_000;
/**
 * After each transaction the import leaves the lock free this long: SQLite does not queue waiters, so without a
 * gap an import whose files are prepared in other threads would take the lock back at once, again and again, and
 * a reviewer's comment would wait for the whole import. Waiters try at least every RETRY_PAUSE_MAX_MS + 1 ms.
 */
const IMPORT_GAP_MS = RETRY_PAUSE_MAX_MS + 1;
/** Files prepared ahead of storing when a preparer runs elsewhere: enough to keep its threads busy. */
const PREPARE_AHEAD = 64;

/**
 * Imports files into a case: a bad file is rejected with its reason and the rest still go through; identical
 * text already in the case is a duplicate and changes nothing. Each file is read, checked and run through the
 * claim engine before any lock is taken; files are stored chunk by chunk (if a chunk fails, its files are tried
 * one by one, so a single bad file cannot sink the others), then grouped into the case's disputes group by group.
 * A stored file is never lost: if grouping fails, its document stays pending and the next import groups it.
 */
export async function importDocuments(
  { db, actor }: { db: Db; actor: Actor },
  input: {
    caseId: string;
    items: ImportItem[];
    onProgress?: (done: number, total: number) => void;
    sizes?: Partial<ImportSizes>;
    /** Prepares files in other threads while this one stores (given the case's lexicon); inline when absent. */
    startPreparer?: (lexicon: Lexicon) => FilePreparer;
  },
): Promise<ImportReport> {
  requireCaseAccess(db, actor, input.caseId);
  const { caseId } = input;
  const lexicon = caseLexicon(db, caseId);
  const sizes = { ...IMPORT_SIZES, ...input.sizes };
  const results: ImportResult[] = new Array<ImportResult>(input.items.length);
  let done = 0;
  const progress = (files: number) => {
    done += files;
    input.onProgress?.(done, input.items.length);
  };

  const group = fileBatch(sizes.groupFiles, sizes.groupClaims);
  const groupNow = async () => {
    const files = group.take();
    if (files.length > 0) await groupStoredFiles(db, actor, caseId, files, lexicon, results, sizes.groupingPartBytes);
  };

  const chunk = fileBatch(sizes.chunkFiles, sizes.chunkClaims);
  const storeNow = async () => {
    const files = chunk.take();
    if (files.length === 0) return;
    // Another process may be importing into the same file: wait for the lock without blocking this one.
    const stored = await whenNotBusy(() => storeChunk(db, actor, caseId, files), IMPORT_BUSY_PATIENCE_MS).catch((error: unknown) => {
      if (!isDatabaseBusy(error)) throw error;
      return files.map((f): [number, ImportResult] => [f.position, { name: f.name, status: 'rejected', reason: 'The database stayed busy with another import; nothing was saved. Import this file again.' }]);
    });
    for (const [position, result] of stored) results[position] = result;
    for (const file of files) {
      if (results[file.position]?.status === 'imported' && file.joining.length > 0) group.add(file, file.joining.length);
    }
    progress(files.length);
    if (group.full()) await groupNow();
    await pause(IMPORT_GAP_MS);
  };

  const preparer = input.startPreparer?.(lexicon);
  try {
    // With a preparer, files are prepared up to PREPARE_AHEAD ahead, in other threads, and taken in file order.
    const ahead: Promise<PreparedFile | ImportResult>[] = [];
    const prepareAt = (position: number) => {
      const item = input.items[position];
      if (preparer && item) ahead[position] = preparer.prepare(position, item);
    };
    for (let position = 0; position < Math.min(PREPARE_AHEAD, input.items.length); position += 1) prepareAt(position);
    for (const [position, item] of input.items.entries()) {
      const prepared = preparer ? await (ahead[position] ?? preparer.prepare(position, item)) : prepareSafely(position, item, lexicon);
      delete ahead[position];
      prepareAt(position + PREPARE_AHEAD);
      if ('status' in prepared) {
        results[position] = prepared;
        progress(1);
        continue;
      }
      chunk.add(prepared, prepared.claims.length);
      if (chunk.full()) await storeNow();
    }
    await storeNow();
    await groupNow();
  } finally {
    await preparer?.close();
  }
  return {
    results,
    imported: results.filter((r) => r.status === 'imported').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    rejected: results.filter((r) => r.status === 'rejected').length,
  };
}

/** A file whose reading fails in a way no check foresaw is that file's reject with a reference, not the batch's 500. */
function prepareSafely(position: number, item: ImportItem, lexicon: Lexicon): PreparedFile | ImportResult {
  try {
    return prepareFile(position, item, lexicon);
  } catch (error) {
    const ref = reportServerError(`import ${JSON.stringify(item.file.name)}`, error);
    return { name: item.file.name, status: 'rejected', reason: `The file could not be read because of a server error; nothing was saved. If it persists, tell an admin: ref ${ref}.` };
  }
}

/** Files gathered until there are `maxFiles` of them or `maxClaims` claims, then taken all at once. */
function fileBatch(maxFiles: number, maxClaims: number) {
  let files: PreparedFile[] = [];
  let claims = 0;
  return {
    add(file: PreparedFile, claimCount: number) {
      files.push(file);
      claims += claimCount;
    },
    full: () => files.length >= maxFiles || claims >= maxClaims,
    take(): PreparedFile[] {
      const taken = files;
      files = [];
      claims = 0;
      return taken;
    },
  };
}

/** Stores a chunk in one transaction; on a failure, each file again on its own, so only the bad one is lost. */
function storeChunk(db: Db, actor: Actor, caseId: string, files: readonly PreparedFile[]): [number, ImportResult][] {
  try {
    return writeTransaction(db, (tx) => storeFiles(tx, actor, caseId, files));
  } catch (error) {
    // A busy lock is not the files' fault: the caller waits and tries the whole chunk again.
    if (isDatabaseBusy(error)) throw error;
    if (files.length > 1) return files.flatMap((file) => storeChunk(db, actor, caseId, [file]));
    const name = files[0]?.name ?? 'file';
    const ref = reportServerError(`import ${JSON.stringify(name)}`, error);
    return [[files[0]?.position ?? 0, { name, status: 'rejected', reason: `The file could not be stored because of a server error; nothing was saved. Try again; if it persists, tell an admin: ref ${ref}.` }]];
  }
}

/**
 * Inside the chunk's transaction: each new document with its claims, marked pending until its group is grouped.
 * Statements go in an order that keeps the full-text index cheap: the activity entries first, then every document
 * in one statement, then every claim in one. FTS5 keeps new terms in memory and writes them out as a new segment at
 * the start of every later statement of the transaction (a statement savepoint); one statement per document, entry
 * and claim batch made three small segments per document, which FTS5 then had to merge again.
 */
function storeFiles(tx: Db, actor: Actor, caseId: string, files: readonly PreparedFile[]): [number, ImportResult][] {
  const now = Date.now();
  const stored: [number, ImportResult][] = [];
  const seen = new Map<string, { id: string; title: string }>();
  const fresh: PreparedFile[] = [];
  for (const file of files) {
    const { contentHash } = file.doc;
    const existing =
      seen.get(contentHash) ??
      tx.select({ id: documents.id, title: documents.title }).from(documents).where(and(eq(documents.caseId, caseId), eq(documents.contentHash, contentHash))).get();
    if (existing) {
      stored.push([file.position, { name: file.name, status: 'duplicate', documentId: existing.id, title: existing.title }]);
      continue;
    }
    seen.set(contentHash, { id: file.doc.id, title: file.doc.title });
    fresh.push(file);
    stored.push([file.position, { name: file.name, status: 'imported', documentId: file.doc.id, title: file.doc.title, claimCount: file.claims.length, disputeCount: 0 }]);
  }
  if (fresh.length === 0) return stored;
  for (const { doc } of fresh) {
    recordActivity(tx, actor, { caseId, action: 'document.imported', entityType: 'document', entityId: doc.id, after: { title: doc.title, outlet: doc.outlet } }, now);
  }
  tx.insert(documents).values(fresh.map((f) => ({ ...f.doc, caseId, importedBy: actor.id, importedAt: now, groupingPending: f.joining.length > 0 }))).run();
  insertClaims(tx, fresh.flatMap((f) => f.claims.map((c) => claimRow(caseId, c, now))));
  return stored;
}

/**
 * Groups a group of stored files into the case's disputes: regrouped on the case's in-memory index before the
 * lock, written in one short transaction (or regrouped under the lock if another process changed the case
 * meanwhile). Fills in each file's count of created or changed disputes. If it fails, the files stay stored and
 * pending, and the next import into the case groups them.
 */
async function groupStoredFiles(
  db: Db,
  actor: Actor,
  caseId: string,
  files: readonly PreparedFile[],
  lexicon: Lexicon,
  results: ImportResult[],
  partBytes: number,
): Promise<void> {
  try {
    await warmIndex(db, caseId, lexicon);
    const entry = takeIndex(db, caseId, lexicon);
    const update = entry.index.add(
      files.flatMap((f) => f.joining),
      files.map((f) => ({ id: f.doc.id, outlet: f.doc.outlet, publishedDate: f.doc.publishedDate ?? null })),
    );
    // Regrouping, planning and the first write each take tens of ms on a large case: with a turn of the event loop
    // between them, requests wait for one of them, not all three (a feed round groups each item on its own). What
    // another import changes meanwhile is caught under the lock, as between the parts (applyPreparedGrouping).
    await nextTurn();
    const parts = splitDisputeWrites(planDisputeWrites(db, entry, update), partBytes);
    await nextTurn();
    const documentIds = files.map((f) => f.doc.id);
    let generation = entry.generation;
    const outcomes: GroupingOutcome[] = [];
    for (const [i, writes] of parts.entries()) {
      const prepared = { entry, writes, documentIds, generation, first: i === 0, last: i === parts.length - 1 };
      const outcome = await whenNotBusy(() => writeTransaction(db, (tx) => applyPreparedGrouping(tx, actor, caseId, lexicon, prepared)), IMPORT_BUSY_PATIENCE_MS);
      outcomes.push(outcome);
      generation = outcome.entry.generation;
      if (outcome.fellBack) break;
      if (!prepared.last) await pause(IMPORT_GAP_MS);
    }
    const final = outcomes.at(-1);
    if (!final) return;
    // After a fallback only its own outcome describes the rebuilt index; otherwise every part's does.
    const kept = final.fellBack ? [final] : outcomes;
    keepIndex(db, caseId, rememberOutcome({ ...final, stored: kept.flatMap((o) => o.stored), removed: kept.flatMap((o) => o.removed) }));
    countDisputesPerFile(files, outcomes.flatMap((o) => o.changed), results);
  } catch (error) {
    console.error(`[import] grouping ${files.length} stored files into disputes failed; they stay pending for the next import:`, error);
  }
}

/** Lets the requests that arrived meanwhile run (setImmediate: after pending I/O, without a timer's delay). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Fills in each imported file's count of created or changed disputes holding one of its claims. */
function countDisputesPerFile(files: readonly PreparedFile[], changed: readonly ComputedDispute[], results: ImportResult[]): void {
  const fileOfClaim = new Map<string, number>();
  for (const file of files) for (const c of file.joining) fileOfClaim.set(c.id, file.position);
  const disputeCounts = new Map<number, number>();
  for (const dispute of changed) {
    for (const position of new Set(dispute.claimIds.flatMap((id) => fileOfClaim.get(id) ?? []))) disputeCounts.set(position, (disputeCounts.get(position) ?? 0) + 1);
  }
  for (const [position, count] of disputeCounts) {
    const result = results[position];
    if (result?.status === 'imported') results[position] = { ...result, disputeCount: count };
  }
}
