import type { PageMetadata } from '../sources/page-metadata';
import { extractMainText } from './extract-main-text';
import { fileNameProblem } from './file-name';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export type ReadUploadResult =
  | { ok: true; text: string; format: 'text' | 'html'; title: string | null; siteName: string | null; page?: PageMetadata }
  | { ok: false; reason: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot).toLowerCase();
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}

/**
 * Turns an uploaded file into the exact text to store, or a reason a person can act on.
 * Pasted text comes through here too, as a `.txt` file. `pageUrl`: an HTML file is a fetched page, whose own
 * metadata is read too (extractMainText).
 */
export function readUpload(file: UploadedFile, pageUrl?: string): ReadUploadResult {
  const badName = fileNameProblem(file.name);
  if (badName) return { ok: false, reason: badName };
  const ext = extensionOf(file.name);
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return { ok: false, reason: `Unsupported file type "${ext || 'none'}": import .txt, .md or .html files.` };
  }
  if (file.bytes.byteLength === 0) return { ok: false, reason: 'The file is empty.' };
  if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
    const mb = (file.bytes.byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, reason: `The file is ${mb} MB; the limit is 5 MB. Split it or import the article text only.` };
  }
  if (looksBinary(file.bytes)) return { ok: false, reason: 'The file is binary, not text: import .txt, .md or .html articles.' };
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file.bytes);
  } catch {
    return { ok: false, reason: 'The file is not valid UTF-8 text. Save it as UTF-8 and import it again.' };
  }
  if (ext === '.html' || ext === '.htm') {
    const article = extractMainText(decoded, pageUrl);
    if (!article.ok) return article;
    return { ok: true, text: article.text, format: 'html', title: article.title, siteName: article.siteName, ...(article.page ? { page: article.page } : {}) };
  }
  if (decoded.trim().length === 0) return { ok: false, reason: 'The file holds only whitespace.' };
  return { ok: true, text: decoded, format: 'text', title: null, siteName: null };
}
