import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageMetadataOf, type PageMetadata } from '../sources/page-metadata';
import { measureHtml } from './html-limits';

export interface MainText {
  text: string;
  title: string | null;
  siteName: string | null;
  /** What the page says about itself (page-metadata.ts), when its address was given. */
  page?: PageMetadata;
}

export type MainTextResult = ({ ok: true } & MainText) | { ok: false; reason: string };

const NO_TEXT = 'No article text could be found in this HTML page.';

/**
 * The article's main text from an HTML page (Firefox Reader View's algorithm), paragraphs separated by blank lines.
 * A page too deep or too large is refused before it is parsed (html-limits.ts); anything else that goes wrong is
 * this file's reason to be rejected, never the batch's. Given the page's address, its metadata is read from the same
 * parse, before Readability rewrites the document.
 */
export function extractMainText(html: string, pageUrl?: string): MainTextResult {
  const shape = measureHtml(html);
  if (!shape.ok) return shape;
  try {
    let { document } = parseHTML(html);
    const page = pageUrl === undefined ? undefined : pageMetadataOf(document, pageUrl);
    // Text without a single tag parses to a document without a root element, which Readability refuses.
    if (!document.documentElement) ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (!article?.content) return { ok: false, reason: NO_TEXT };
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    const blocks = Array.from(content.querySelectorAll('h1,h2,h3,h4,p,li,blockquote,pre'))
      .filter((el) => !el.querySelector('p,li,blockquote'))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0);
    const text = blocks.length > 0 ? blocks.join('\n\n') : (article.textContent ?? '').trim();
    if (text.length === 0) return { ok: false, reason: NO_TEXT };
    return { ok: true, text, title: article.title?.trim() || null, siteName: article.siteName?.trim() || null, ...(page ? { page } : {}) };
  } catch (error) {
    console.error('[import] reading an HTML page failed:', error);
    return { ok: false, reason: 'This HTML page could not be read. Save the article text as a .txt file and import that.' };
  }
}
