import { createHash, randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { and, documents, eq, insertClaims, isDatabaseBusy, whenNotBusy, writeTransaction, type Db } from '@claimdesk/db';
import type { ExtractedClaim } from '@claimdesk/claim-model';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireCaseAccess } from '../case-access';
import { documentMetadataInput, type DocumentMetadataInput } from '../import/document-metadata';
import { readUpload, type UploadedFile } from '../import/read-upload';
import { keepIndex, readGeneration, takeIndex } from '../analysis/case-dispute-index';
import { caseLexicon } from '../analysis/case-lexicon';
import { claimRow } from '../analysis/claim-row';
import { extractDocumentClaims } from '../analysis/extract-document-claims';
import { applyDisputeUpdate, bumpGeneration, joinsDisputes, updateCaseDisputes } from '../analysis/update-case-disputes';

export interface ImportItem {
  file: UploadedFile;
  /** Checked per file: a bad field rejects this file only. */
  metadata?: DocumentMetadataInput | Record<string, unknown>;
}

export type ImportResult =
  | { name: string; status: 'imported'; documentId: string; title: string; claimCount: number; disputeCount: number }
  | { name: string; status: 'duplicate'; documentId: string; title: string }
  | { name: string; status: 'rejected'; reason: string };

export interface ImportReport {
  results: ImportResult[];
  imported: number;
  duplicates: number;
  rejected: number;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0) ?? '';
  return line.trim().slice(0, 200);
}

function fieldErrorSentence(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${String(i.path[0] ?? 'metadata')}: ${i.message}`).join('; ');
}

/**
 * Files are stored in small batches, one write transaction each, so a large import neither holds the write
 * lock long (other people's changes wait at most one batch) nor pays a transaction per file. PERFORMANCE.md:
 * 200-row chunks with a yield between them kept everyone else's p99 at 31–55 ms during a 100k-claim import.
 */
const BATCH_DOCUMENTS = 32;
const BATCH_CLAIMS = 1000;
const IMPORT_BUSY_PATIENCE_MS = 60_000;

/** A file that passed every check, with its claims extracted, waiting for its batch's transaction. */
interface PreparedFile {
  position: number;
  name: string;
  doc: typeof documents.$inferInsert & { id: string; title: string };
  claims: ExtractedClaim[];
}

/**
 * Imports files into a case: a bad file is rejected with its reason and the rest still go through; identical
 * text already in the case is a duplicate and changes nothing. Each file is read, checked and run through the
 * claim engine before any lock is taken; then batches of files are stored with their claims and the case's
 * disputes updated, each batch in one transaction (if a batch fails, its files are retried one by one, so a
 * single bad file cannot sink the others). Between batches the loop yields, so an import does not freeze others.
 */
export async function importDocuments(
  { db, actor }: { db: Db; actor: Actor },
  input: { caseId: string; items: ImportItem[]; onProgress?: (done: number, total: number) => void },
): Promise<ImportReport> {
  requireCaseAccess(db, actor, input.caseId);
  const lexicon = caseLexicon(db, input.caseId);
  const results: ImportResult[] = new Array<ImportResult>(input.items.length);
  let batch: PreparedFile[] = [];
  let batchClaims = 0;
  let done = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const files = batch;
    // Another process may be importing into the same file: wait for the lock without blocking this one.
    const stored = await whenNotBusy(() => storeBatch(db, actor, input.caseId, files, lexicon), IMPORT_BUSY_PATIENCE_MS).catch((error: unknown) => {
      if (!isDatabaseBusy(error)) throw error;
      return files.map((f): [number, ImportResult] => [f.position, { name: f.name, status: 'rejected', reason: 'The database stayed busy with another import; nothing was saved. Import this file again.' }]);
    });
    for (const [position, result] of stored) results[position] = result;
    done += batch.length;
    input.onProgress?.(done, input.items.length);
    batch = [];
    batchClaims = 0;
    await yieldToEventLoop();
  };
  for (const [position, item] of input.items.entries()) {
    const prepared = prepareFile(position, item, lexicon);
    if ('status' in prepared) {
      results[position] = prepared;
      done += 1;
      input.onProgress?.(done, input.items.length);
      continue;
    }
    batch.push(prepared);
    batchClaims += prepared.claims.length;
    if (batch.length >= BATCH_DOCUMENTS || batchClaims >= BATCH_CLAIMS) await flush();
  }
  await flush();
  return {
    results,
    imported: results.filter((r) => r.status === 'imported').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    rejected: results.filter((r) => r.status === 'rejected').length,
  };
}

function prepareFile(position: number, item: ImportItem, lexicon: Lexicon): PreparedFile | ImportResult {
  const name = item.file.name;
  const metadata = documentMetadataInput.safeParse(item.metadata ?? {});
  if (!metadata.success) return { name, status: 'rejected', reason: `Invalid metadata — ${fieldErrorSentence(metadata.error)}` };
  const read = readUpload(item.file);
  if (!read.ok) return { name, status: 'rejected', reason: read.reason };
  const meta = metadata.data;
  const doc = {
    id: randomUUID(),
    caseId: '',
    title: meta.title ?? read.title ?? (firstLine(read.text) || name),
    outlet: meta.outlet ?? read.siteName ?? (meta.url ? new URL(meta.url).hostname : 'Unknown outlet'),
    url: meta.url ?? null,
    publishedDate: meta.publishedDate ?? null,
    publishedApproximate: meta.publishedApproximate,
    language: meta.language ?? null,
    text: read.text,
    contentHash: createHash('sha256').update(read.text).digest('hex'),
    sourceName: name,
    importedBy: null as string | null,
    importedAt: 0,
  };
  return { position, name, doc, claims: extractDocumentClaims(doc, lexicon) };
}

/** Stores a batch in one transaction; on a failure, each file again on its own, so only the bad one is lost. */
function storeBatch(db: Db, actor: Actor, caseId: string, batch: readonly PreparedFile[], lexicon: Lexicon): [number, ImportResult][] {
  try {
    const prepared = groupOutsideTheLock(db, caseId, batch, lexicon);
    const { stored, index } = writeTransaction(db, (tx) => storeFiles(tx, actor, caseId, batch, lexicon, prepared));
    if (index) keepIndex(db, caseId, index);
    return stored;
  } catch (error) {
    // A busy lock is not the files' fault: the caller waits and tries the whole batch again.
    if (isDatabaseBusy(error)) throw error;
    if (batch.length > 1) return batch.flatMap((file) => storeBatch(db, actor, caseId, [file], lexicon));
    const name = batch[0]?.name ?? 'file';
    console.error(`[import] ${name} failed:`, error);
    return [[batch[0]?.position ?? 0, { name, status: 'rejected', reason: 'The file could not be stored because of a server error; nothing was saved. Try again.' }]];
  }
}

/** The batch's files that are new to the case (the first of identical files in the batch), by content hash. */
function newFiles(db: Db, caseId: string, batch: readonly PreparedFile[]): Set<PreparedFile> {
  const fresh = new Set<PreparedFile>();
  const hashes = new Set<string>();
  for (const file of batch) {
    const { contentHash } = file.doc;
    if (hashes.has(contentHash)) continue;
    hashes.add(contentHash);
    const known = db.select({ id: documents.id }).from(documents).where(and(eq(documents.caseId, caseId), eq(documents.contentHash, contentHash))).get();
    if (!known) fresh.add(file);
  }
  return fresh;
}

/**
 * Regrouping is the costly part of an import (a dispute quoted by thousands of articles is rebuilt whenever one
 * joins), so it is done before the write lock, on the index as of a generation; the transaction applies it only if
 * nothing changed meanwhile (same generation, same new files) and otherwise regroups under the lock.
 */
function groupOutsideTheLock(db: Db, caseId: string, batch: readonly PreparedFile[], lexicon: Lexicon) {
  const fresh = newFiles(db, caseId, batch);
  const entry = takeIndex(db, caseId, lexicon);
  const files = batch.filter((f) => fresh.has(f));
  const update = entry.index.add(
    files.flatMap((f) => f.claims).filter(joinsDisputes),
    files.map((f) => ({ id: f.doc.id, outlet: f.doc.outlet, publishedDate: f.doc.publishedDate ?? null })),
  );
  return { fresh, entry, update };
}

function storeFiles(tx: Db, actor: Actor, caseId: string, batch: readonly PreparedFile[], lexicon: Lexicon, prepared: ReturnType<typeof groupOutsideTheLock>) {
  const now = Date.now();
  const stored: [number, ImportResult][] = [];
  const imported: PreparedFile[] = [];
  const seen = new Map<string, { id: string; title: string }>();
  for (const file of batch) {
    const { contentHash } = file.doc;
    const existing =
      seen.get(contentHash) ??
      tx.select({ id: documents.id, title: documents.title }).from(documents).where(and(eq(documents.caseId, caseId), eq(documents.contentHash, contentHash))).get();
    if (existing) {
      stored.push([file.position, { name: file.name, status: 'duplicate', documentId: existing.id, title: existing.title }]);
      continue;
    }
    const doc = { ...file.doc, caseId, importedBy: actor.id, importedAt: now };
    tx.insert(documents).values(doc).run();
    recordActivity(tx, actor, { caseId, action: 'document.imported', entityType: 'document', entityId: doc.id, after: { title: doc.title, outlet: doc.outlet } }, now);
    insertClaims(tx, file.claims.map((c) => claimRow(caseId, c, now)));
    seen.set(contentHash, { id: doc.id, title: doc.title });
    imported.push(file);
  }
  const stillCurrent = readGeneration(tx, caseId) === prepared.entry.generation && imported.length === prepared.fresh.size && imported.every((f) => prepared.fresh.has(f));
  const { changed, index } = stillCurrent
    ? { changed: applyDisputeUpdate(tx, actor, caseId, prepared.update), index: { generation: bumpGeneration(tx, caseId, prepared.entry.generation), index: prepared.entry.index } }
    : updateCaseDisputes(
        tx,
        actor,
        caseId,
        imported.flatMap((f) => f.claims),
        imported.map((f) => ({ id: f.doc.id, outlet: f.doc.outlet, publishedDate: f.doc.publishedDate ?? null })),
        lexicon,
      );
  // Per file: how many of the created or changed disputes hold one of its claims.
  const fileOfClaim = new Map<string, number>();
  imported.forEach((file, i) => file.claims.forEach((c) => fileOfClaim.set(c.id, i)));
  const disputeCounts = imported.map(() => 0);
  for (const dispute of changed) {
    const files = new Set(dispute.claimIds.flatMap((id) => fileOfClaim.get(id) ?? []));
    for (const i of files) disputeCounts[i] = (disputeCounts[i] ?? 0) + 1;
  }
  imported.forEach((file, i) => {
    stored.push([file.position, { name: file.name, status: 'imported', documentId: file.doc.id, title: file.doc.title, claimCount: file.claims.length, disputeCount: disputeCounts[i] ?? 0 }]);
  });
  return { stored, index };
}
