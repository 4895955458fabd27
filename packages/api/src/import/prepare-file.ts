import { createHash, randomUUID } from 'node:crypto';
import type { ExtractedClaim } from '@claimdesk/claim-model';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { documents } from '@claimdesk/db';
import { extractDocumentClaims } from '../analysis/extract-document-claims';
import { joinsDisputes } from '../analysis/joins-disputes';
import { documentMetadataOfPage, type PageMetadata } from '../sources/page-metadata';
import { documentMetadataInput, type DocumentMetadataInput } from './document-metadata';
import { readUpload, type UploadedFile } from './read-upload';

/**
 * Everything an import does to a file before it touches the database: check its metadata, read its text (main
 * text of an HTML page), run the claim engine. Pure CPU work with no database, so it can run ahead of storing,
 * in another thread (the command line's import does, with worker threads).
 */
export interface ImportItem {
  file: UploadedFile;
  /** Checked per file: a bad field rejects this file only. */
  metadata?: DocumentMetadataInput | Record<string, unknown>;
  /**
   * The file is a page fetched from this (final) address: its own metadata (og:*, JSON-LD, <time>, canonical link) is
   * read from the same parse as its main text, fills the fields `metadata` leaves out, and comes back with it.
   */
  page?: { url: string };
}

export type ImportResult =
  | { name: string; status: 'imported'; documentId: string; title: string; claimCount: number; disputeCount: number }
  | { name: string; status: 'duplicate'; documentId: string; title: string }
  | { name: string; status: 'rejected'; reason: string };


function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0) ?? '';
  return line.trim().slice(0, 200);
}

function fieldErrorSentence(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${String(i.path[0] ?? 'metadata')}: ${i.message}`).join('; ');
}

/** A file that passed every check, with its claims extracted, waiting for its chunk's transaction. */
export interface PreparedFile {
  position: number;
  name: string;
  doc: typeof documents.$inferInsert & { id: string; title: string };
  claims: ExtractedClaim[];
  /** The claims that can join disputes: a file without any is stored as already grouped. */
  joining: ExtractedClaim[];
  /** A fetched page's own metadata (the item's `page`). */
  page?: PageMetadata;
}

export function prepareFile(position: number, item: ImportItem, lexicon: Lexicon): PreparedFile | ImportResult {
  const name = item.file.name;
  // A plain file's metadata is checked before it is read; a page's once its own metadata has been read with it.
  const given = item.page ? null : documentMetadataInput.safeParse(item.metadata ?? {});
  if (given && !given.success) return { name, status: 'rejected', reason: `Invalid metadata — ${fieldErrorSentence(given.error)}` };
  const read = readUpload(item.file, item.page?.url);
  if (!read.ok) return { name, status: 'rejected', reason: read.reason };
  const page = item.page ? read.page : undefined;
  const fromPage = page && item.page ? documentMetadataOfPage(page, item.page.url) : {};
  const metadata = given ?? documentMetadataInput.safeParse({ ...fromPage, ...item.metadata });
  if (!metadata.success) return { name, status: 'rejected', reason: `Invalid metadata — ${fieldErrorSentence(metadata.error)}` };
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
  const claims = extractDocumentClaims(doc, lexicon);
  return { position, name, doc, claims, joining: claims.filter(joinsDisputes), ...(page ? { page } : {}) };
}

/** Prepares files somewhere else (worker threads), in any order; `importDocuments` stores them in file order. */
export interface FilePreparer {
  prepare(position: number, item: ImportItem): Promise<PreparedFile | ImportResult>;
  close(): Promise<void>;
}
