import { createHash } from 'node:crypto';
import { and, desc, documents, eq, type Db } from '@claimdesk/db';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import type { Actor } from '../actor';
import { requireCaseAccess } from '../case-access';
import { type FilePreparer, type ImportItem, type ImportResult, type PreparedFile } from '../import/prepare-file';
import { sharedFilePreparerPool } from '../import/file-preparer-pool';
import { articleKey } from '../sources/article-url';
import { decodeBody } from '../sources/decode-body';
import { pagePolicy } from '../sources/fetch-policy';
import { dateOf, type PageMetadata } from '../sources/page-metadata';
import { safeFetch, urlRefusal, type FetchPolicy } from '../sources/safe-fetch';
import { importDocuments } from './import-documents';

interface StoredPage {
  url: string;
  documentId: string;
  title: string;
  outlet: string;
  publishedDate: string | null;
  revision: number;
  claimCount: number;
  disputeCount: number;
}

export type UrlImportResult =
  | ({ status: 'imported' } & StoredPage)
  | ({ status: 'revision' } & StoredPage)
  | { url: string; status: 'duplicate'; documentId: string; title: string }
  | { url: string; status: 'skipped'; reason: string }
  | { url: string; status: 'rejected'; reason: string };

export interface UrlImportReport {
  results: UrlImportResult[];
  imported: number;
  revisions: number;
  duplicates: number;
  rejected: number;
}

export interface UrlImportOptions {
  caseId: string;
  urls: string[];
  /** A page must contain one of these words (feeds' required words); otherwise it is skipped, nothing stored. */
  mustContain?: readonly string[];
  policy?: FetchPolicy;
}

const FETCH_CONCURRENCY = 4;

interface Revision {
  revision: number;
  changedOn: string;
}

interface FetchedPage {
  url: string;
  finalUrl: string;
  html: string;
  htmlHash: string;
}

/** A fetched page once its thread has read it: its own metadata, and the address it is known by. */
interface ReadPage extends FetchedPage {
  meta: PageMetadata;
  key: string;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
/** Text compared word by word: the same article laid out differently (an AMP copy) is the same text. */
const wordsHash = (text: string) => sha256(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());

async function fetchPage(policy: FetchPolicy, url: string): Promise<FetchedPage | { reason: string }> {
  const outcome = await safeFetch(policy, url);
  if (!outcome.ok) return { reason: outcome.reason };
  if (!('body' in outcome)) return { reason: 'The site answered "not modified" to a plain request.' };
  const html = decodeBody(outcome.body, outcome.charset);
  if (html === null) return { reason: `The page's character set (${outcome.charset ?? 'unknown'}) cannot be read.` };
  return { url, finalUrl: outcome.url, html, htmlHash: sha256(outcome.body) };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function fileName(url: string): string {
  const u = new URL(url);
  return `${`${u.hostname}${u.pathname}`.replace(/[^\w.-]+/g, '-').replace(/-+$/, '').slice(0, 200) || 'page'}.html`;
}

function containsAny(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w.toLowerCase()));
}

/**
 * Imports articles by their address: each page is fetched safely (safeFetch), its main text taken by the file
 * import's own path (prepareFile, in the worker pool), its metadata read from the page. The same article at another address (tracking
 * parameters, AMP, a canonical link) is a duplicate and changes nothing; a changed article at a known address is
 * stored as a new revision of that document, dated when it changed, so its changed figures show as a revision.
 * Each bad address is refused with its reason; the rest still go through.
 */
export async function importUrls({ db, actor }: { db: Db; actor: Actor }, input: UrlImportOptions): Promise<UrlImportReport> {
  requireCaseAccess(db, actor, input.caseId);
  const policy = input.policy ?? pagePolicy();
  const results: UrlImportResult[] = new Array<UrlImportResult>(input.urls.length);
  const fetched = await mapLimited(input.urls, FETCH_CONCURRENCY, async (url) => urlRefusal(policy, url) ?? fetchPage(policy, url));

  const items: ImportItem[] = [];
  const pages: { position: number; page: FetchedPage }[] = [];
  for (const [position, outcome] of fetched.entries()) {
    const url = input.urls[position] ?? '';
    if (typeof outcome === 'string') results[position] = { url, status: 'rejected', reason: outcome };
    else if ('reason' in outcome) results[position] = { url, status: 'rejected', reason: outcome.reason };
    else {
      const known = db.select({ id: documents.id, title: documents.title }).from(documents).where(and(eq(documents.caseId, input.caseId), eq(documents.htmlHash, outcome.htmlHash))).get();
      if (known) {
        results[position] = { url, status: 'duplicate', documentId: known.id, title: known.title };
        continue;
      }
      pages.push({ position, page: outcome });
      // The page's own metadata is read in the preparing thread, from the same parse as its main text (prepareFile).
      items.push({ file: { name: fileName(outcome.finalUrl), bytes: new TextEncoder().encode(outcome.html) }, page: { url: outcome.finalUrl } });
    }
  }
  if (items.length === 0) return summarise(results);

  const revisions = new Map<number, Revision>();
  const read = new Map<number, ReadPage>();
  const inBatch = new Map<string, { id: string; title: string; words: string }>();
  const startPreparer = (lexicon: Lexicon): FilePreparer => {
    // Pages are parsed in the process's worker threads, as uploaded HTML is: a hostile page costs a thread (stopped at
    // its time limit), never the event loop that serves every reviewer.
    const pooled = sharedFilePreparerPool().forImport(lexicon, { htmlOnly: true });
    return {
      prepare: async (index, item) => {
        const entry = pages[index];
        const prepared = await pooled.prepare(index, item);
        if (!entry || 'status' in prepared) return prepared;
        const meta = prepared.page;
        if (!meta) return { name: prepared.name, status: 'rejected', reason: 'The page could not be read because of an internal error; nothing was saved. Try again.' };
        const page: ReadPage = { ...entry.page, meta, key: articleKey(meta.canonical ?? entry.page.finalUrl) };
        read.set(index, page);
        return placeVersion(db, input, page, prepared, inBatch, revisions, (publishedDate) => pooled.prepare(index, { ...item, metadata: { ...item.metadata, publishedDate } }));
      },
      close: () => pooled.close(),
    };
  };
  const report = await importDocuments({ db, actor }, { caseId: input.caseId, items, startPreparer });
  for (const [index, result] of report.results.entries()) {
    const entry = pages[index];
    if (!entry) continue;
    results[entry.position] = urlResult(entry.page, read.get(index), result, revisions.get(index));
  }
  return summarise(results);
}

/**
 * Decides what a fetched article is against the case: a duplicate of a known version (same words), a new
 * revision of the article at its canonical address, or a new document. Sets the columns of a page import.
 */
async function placeVersion(
  db: Db,
  input: UrlImportOptions,
  page: ReadPage,
  prepared: PreparedFile,
  inBatch: Map<string, { id: string; title: string; words: string }>,
  revisions: Map<number, Revision>,
  /** The same file prepared again with another date: a revision's claims are as of the day it changed. */
  redated: (publishedDate: string) => Promise<PreparedFile | ImportResult>,
): Promise<PreparedFile | ImportResult> {
  const name = prepared.name;
  if (input.mustContain && input.mustContain.length > 0 && !containsAny(`${prepared.doc.title}\n${prepared.doc.text}`, input.mustContain)) {
    return { name, status: 'rejected', reason: `skipped: the article contains none of the words ${input.mustContain.map((w) => `"${w}"`).join(', ')}.` };
  }
  const words = wordsHash(prepared.doc.text);
  const twin = inBatch.get(page.key);
  if (twin && twin.words === words) return { name, status: 'duplicate', documentId: twin.id, title: twin.title };
  const versions = db
    .select({ id: documents.id, title: documents.title, text: documents.text, revision: documents.revision, revisionOf: documents.revisionOf })
    .from(documents)
    .where(and(eq(documents.caseId, input.caseId), eq(documents.canonicalUrl, page.key)))
    .orderBy(desc(documents.revision))
    .all();
  const same = versions.find((v) => wordsHash(v.text) === words);
  if (same) return { name, status: 'duplicate', documentId: same.id, title: same.title };
  const latest = versions[0];
  const doc = { ...prepared.doc, canonicalUrl: page.key, htmlHash: page.htmlHash, fetchedAt: Date.now(), author: page.meta.author, modifiedAt: page.meta.modified };
  inBatch.set(page.key, { id: doc.id, title: doc.title, words });
  if (!latest) return { ...prepared, doc };
  // A later version: dated when it changed, so the claim engine sees the outlet's figure change over time.
  const revision = latest.revision + 1;
  const changedOn = dateOf(page.meta.modified) ?? new Date().toISOString().slice(0, 10);
  revisions.set(prepared.position, { revision, changedOn });
  const again = await redated(changedOn);
  if ('status' in again) return again;
  inBatch.set(page.key, { id: again.doc.id, title: again.doc.title, words });
  return { ...again, doc: { ...again.doc, canonicalUrl: page.key, htmlHash: page.htmlHash, fetchedAt: doc.fetchedAt, author: page.meta.author, modifiedAt: page.meta.modified, revisionOf: latest.revisionOf ?? latest.id, revision } };
}

function urlResult(page: FetchedPage, read: ReadPage | undefined, result: ImportResult, revision: Revision | undefined): UrlImportResult {
  const url = page.url;
  if (result.status === 'duplicate') return { url, status: 'duplicate', documentId: result.documentId, title: result.title };
  if (result.status === 'rejected') {
    return result.reason.startsWith('skipped: ') ? { url, status: 'skipped', reason: result.reason.slice('skipped: '.length) } : { url, status: 'rejected', reason: result.reason };
  }
  return {
    status: revision ? ('revision' as const) : ('imported' as const),
    url,
    documentId: result.documentId,
    title: result.title,
    outlet: read?.meta.outlet ?? new URL(page.finalUrl).hostname,
    publishedDate: revision ? revision.changedOn : (dateOf(read?.meta.published ?? null) ?? null),
    revision: revision?.revision ?? 1,
    claimCount: result.claimCount,
    disputeCount: result.disputeCount,
  };
}

function summarise(results: UrlImportResult[]): UrlImportReport {
  const count = (status: UrlImportResult['status']) => results.filter((r) => r.status === status).length;
  return { results, imported: count('imported'), revisions: count('revision'), duplicates: count('duplicate'), rejected: count('rejected') };
}
