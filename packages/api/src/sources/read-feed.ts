import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { decodeBody } from './decode-body';

/** One item of a feed: its stable key (guid, id, else link) and what the feed says about it. */
export interface FeedEntry {
  key: string;
  url: string;
  title: string;
  summary: string;
}

export type FeedReading = { ok: true; title: string | null; entries: FeedEntry[] } | { ok: false; reason: string };

/** Feeds list newest first; a poll looks at this many at most. */
export const MAX_ENTRIES = 50;

/**
 * Reads an RSS, Atom or JSON Feed body into its entries (through @extractus/feed-extractor, see ADR 0007). Entry
 * links are made absolute against the feed's address; entries without an http(s) link are left out.
 */
export function readFeed(body: Buffer, charset: string | null, contentType: string, feedUrl: string): FeedReading {
  const text = decodeBody(body, charset);
  if (text === null) return { ok: false, reason: 'The feed’s character set cannot be read.' };
  const trimmed = text.trimStart();
  const json = contentType.includes('json') || trimmed.startsWith('{');
  if (!json && /^<!doctype html|^<html/i.test(trimmed)) return { ok: false, reason: 'The address serves a web page, not a feed: give the address of its RSS, Atom or JSON feed.' };
  let feed;
  try {
    feed = json ? extractFromJson(trimmed, { baseUrl: feedUrl, descriptionMaxLen: 500 }) : extractFromXml(trimmed, { baseUrl: feedUrl, descriptionMaxLen: 500 });
  } catch {
    return { ok: false, reason: json ? 'The address does not serve a JSON Feed that can be read.' : 'The address does not serve an RSS or Atom feed that can be read.' };
  }
  const entries: FeedEntry[] = [];
  for (const entry of feed.entries ?? []) {
    let url: string;
    try {
      url = new URL(entry.link ?? '', feedUrl).toString();
    } catch {
      continue;
    }
    if (!/^https?:/.test(url)) continue;
    entries.push({ key: (entry.id || url).slice(0, 500), url, title: (entry.title ?? '').slice(0, 500), summary: (entry.description ?? '').slice(0, 1000) });
    if (entries.length >= MAX_ENTRIES) break;
  }
  return { ok: true, title: feed.title?.trim().slice(0, 200) || null, entries };
}
