import { createHash, randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { and, documents, eq, writeTransaction, type Db } from '@claimdesk/db';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { requireCaseAccess } from '../case-access';
import { documentMetadataInput, type DocumentMetadataInput } from '../import/document-metadata';
import { readUpload, type UploadedFile } from '../import/read-upload';
import { analyzeImportedDocument } from '../analysis/analyze-imported-document';

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
 * Imports files into a case, each in its own transaction: a bad file is rejected with its reason and the
 * rest still go through. Identical text already in the case is a duplicate and changes nothing.
 * Between files the loop yields, so a large import does not freeze other users.
 */
export async function importDocuments(
  { db, actor }: { db: Db; actor: Actor },
  input: { caseId: string; items: ImportItem[]; onProgress?: (done: number, total: number) => void },
): Promise<ImportReport> {
  requireCaseAccess(db, actor, input.caseId);
  const results: ImportResult[] = [];
  for (const [index, item] of input.items.entries()) {
    results.push(importOne(db, actor, input.caseId, item));
    input.onProgress?.(index + 1, input.items.length);
    await yieldToEventLoop();
  }
  return {
    results,
    imported: results.filter((r) => r.status === 'imported').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    rejected: results.filter((r) => r.status === 'rejected').length,
  };
}

function importOne(db: Db, actor: Actor, caseId: string, item: ImportItem): ImportResult {
  const name = item.file.name;
  const metadata = documentMetadataInput.safeParse(item.metadata ?? {});
  if (!metadata.success) return { name, status: 'rejected', reason: `Invalid metadata — ${fieldErrorSentence(metadata.error)}` };
  const read = readUpload(item.file);
  if (!read.ok) return { name, status: 'rejected', reason: read.reason };

  const contentHash = createHash('sha256').update(read.text).digest('hex');
  try {
    return writeTransaction(db, (tx): ImportResult => {
      const existing = tx
        .select({ id: documents.id, title: documents.title })
        .from(documents)
        .where(and(eq(documents.caseId, caseId), eq(documents.contentHash, contentHash)))
        .get();
      if (existing) return { name, status: 'duplicate', documentId: existing.id, title: existing.title };

      const meta = metadata.data;
      const now = Date.now();
      const doc = {
        id: randomUUID(),
        caseId,
        title: meta.title ?? read.title ?? (firstLine(read.text) || name),
        outlet: meta.outlet ?? read.siteName ?? (meta.url ? new URL(meta.url).hostname : 'Unknown outlet'),
        url: meta.url ?? null,
        publishedDate: meta.publishedDate ?? null,
        publishedApproximate: meta.publishedApproximate,
        language: meta.language ?? null,
        text: read.text,
        contentHash,
        sourceName: name,
        importedBy: actor.id,
        importedAt: now,
      };
      tx.insert(documents).values(doc).run();
      recordActivity(tx, actor, { caseId, action: 'document.imported', entityType: 'document', entityId: doc.id, after: { title: doc.title, outlet: doc.outlet } }, now);
      const analysis = analyzeImportedDocument(tx, actor, doc);
      return { name, status: 'imported', documentId: doc.id, title: doc.title, claimCount: analysis.claimCount, disputeCount: analysis.disputeCount };
    });
  } catch (error) {
    console.error(`[import] ${name} failed:`, error);
    return { name, status: 'rejected', reason: 'The file could not be stored because of a server error; nothing was saved. Try again.' };
  }
}
