import { parseHTML } from 'linkedom';
import type { DocumentMetadataInput } from '../import/document-metadata';

/** A page parsed by linkedom, as extract-main-text.ts parses it. */
export type ParsedPage = ReturnType<typeof parseHTML>['document'];

/** What a news page says about itself, from its own markup. Every field may be missing. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date-time (or date) as the page gives it. */
  published: string | null;
  modified: string | null;
  language: string | null;
  /** Absolute http(s) URL of the page's canonical link (or og:url). */
  canonical: string | null;
}

type Json = unknown;

function clean(value: string | null | undefined, max = 500): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text.slice(0, max) : null;
}

function asArray(value: Json): Json[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function field(node: Json, key: string): Json {
  return typeof node === 'object' && node !== null ? (node as Record<string, Json>)[key] : undefined;
}

function text(node: Json): string | null {
  if (typeof node === 'string') return clean(node);
  if (typeof node === 'number') return String(node);
  return null;
}

function nameOf(node: Json): string | null {
  return text(node) ?? text(field(node, 'name'));
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'WebPage']);

/** The first NewsArticle-like node of the page's JSON-LD blocks (top level, arrays or @graph). */
function jsonLdArticle(blocks: string[]): Record<string, Json> | null {
  const nodes: Json[] = [];
  for (const block of blocks) {
    try {
      const parsed: Json = JSON.parse(block);
      for (const n of asArray(parsed)) nodes.push(n, ...asArray(field(n, '@graph')));
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources of metadata still count.
    }
  }
  const typed = (n: Json) => asArray(field(n, '@type')).some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t));
  const article = nodes.find((n) => typed(n) && asArray(field(n, '@type')).some((t) => t !== 'WebPage')) ?? nodes.find(typed);
  return typeof article === 'object' && article !== null ? (article as Record<string, Json>) : null;
}

function isoish(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  return /^\d{4}-\d{2}-\d{2}/.test(trimmed) && !Number.isNaN(Date.parse(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed)) ? trimmed.slice(0, 40) : null;
}

function absoluteHttp(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Reads title, outlet, author, dates, language and canonical URL from og:*, article:*, JSON-LD, <time> and <link>. */
export function readPageMetadata(html: string, pageUrl: string): PageMetadata {
  return pageMetadataOf(parseHTML(html).document, pageUrl);
}

/**
 * The same from a page already parsed (before Readability changes it): the URL import reads it in the worker thread
 * that takes the page's main text, so a page is parsed once, off the event loop, under the HTML limits.
 */
export function pageMetadataOf(document: ParsedPage, pageUrl: string): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = clean(el?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? ''));
  const ldAuthors = asArray(ld?.author).map(nameOf).filter((n): n is string => n !== null);
  const time = document.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]');
  const htmlLang = clean(document.documentElement?.getAttribute('lang'), 35);
  const ogLocale = meta('og:locale');
  const host = new URL(pageUrl).hostname.replace(/^www\./, '');
  const metaAuthor = meta('author', 'article:author', 'parsely-author', 'dc.creator');
  return {
    title: meta('og:title', 'twitter:title') ?? text(ld?.headline) ?? clean(document.querySelector('title')?.textContent),
    outlet: meta('og:site_name', 'application-name') ?? nameOf(ld?.publisher) ?? host,
    author: (ldAuthors.length > 0 ? ldAuthors.join(', ') : null) ?? (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null),
    published: isoish(meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date')) ?? isoish(text(ld?.datePublished)) ?? isoish(clean(time?.getAttribute('datetime'))),
    modified: isoish(meta('article:modified_time', 'og:updated_time', 'dateModified')) ?? isoish(text(ld?.dateModified)),
    language: htmlLang ?? (ogLocale ? ogLocale.replace('_', '-') : null) ?? text(ld?.inLanguage) ?? meta('content-language'),
    canonical: absoluteHttp(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, pageUrl) ?? absoluteHttp(meta('og:url'), pageUrl),
  };
}

/** The day of an ISO date-time, when it starts with one. */
export const dateOf = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined);

/** A page's metadata as the import's document metadata (checked per file by prepareFile). */
export function documentMetadataOfPage(meta: PageMetadata, pageUrl: string): DocumentMetadataInput {
  return {
    title: meta.title ?? undefined,
    outlet: meta.outlet?.slice(0, 200) ?? undefined,
    url: (meta.canonical ?? pageUrl).slice(0, 2000),
    publishedDate: dateOf(meta.published),
    language: meta.language?.slice(0, 60) ?? undefined,
  };
}
