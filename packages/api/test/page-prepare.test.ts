import { afterAll, describe, expect, it } from 'vitest';
import { defaultLexicon } from '@claimdesk/claim-model/lexicon';
import { startFilePreparerPool } from '../src/import/file-preparer-pool';
import { prepareFile, type ImportItem } from '../src/import/prepare-file';
import { readPageMetadata } from '../src/sources/page-metadata';
import { articleHtml, STORY } from './support/fixture-site';
import { utf8 } from './support/seed';

// A fetched page is prepared with its address: the thread that takes its main text reads its own metadata from the
// same parse and sends it back with the prepared file, so the URL import never parses a page on the event loop.
const base = 'http://news.test';
const article =
  STORY[0] ??
  (() => {
    throw new Error('no fixture story');
  })();
const html = articleHtml(base, article);
const pageUrl = `${base}/articles/${article.slug}?utm_source=feed`;
const page = (metadata?: ImportItem['metadata']): ImportItem => ({
  file: { name: 'news.test-articles.html', bytes: utf8(html) },
  page: { url: pageUrl },
  ...(metadata ? { metadata } : {}),
});

// A thread loads its TypeScript at lowered priority: on a busy machine that takes a while. Awaited, never timed.
const STARTING = 400_000;
const pool = startFilePreparerPool({ threads: 1 });
afterAll(() => pool.close());

describe('preparing a fetched page', () => {
  it.each([
    {
      case: 'the page alone: every document field from the page',
      metadata: undefined,
      doc: {
        title: article.title,
        outlet: article.outlet,
        url: `${base}/articles/${article.slug}`,
        publishedDate: '2022-01-06',
        language: 'en',
      },
    },
    {
      case: 'a field given: it wins over the page (a revision redated to the day it changed)',
      metadata: { publishedDate: '2022-01-09' },
      doc: {
        title: article.title,
        outlet: article.outlet,
        url: `${base}/articles/${article.slug}`,
        publishedDate: '2022-01-09',
        language: 'en',
      },
    },
  ])('$case', ({ metadata, doc }) => {
    const prepared = prepareFile(0, page(metadata), defaultLexicon);
    expect(prepared).toMatchObject({ doc, page: readPageMetadata(html, pageUrl) });
  });

  it(
    'sends the page metadata back from the preparing thread, read as readPageMetadata reads it',
    async () => {
      const prepared = await pool.forImport(defaultLexicon, { htmlOnly: true }).prepare(0, page());
      expect(prepared).toMatchObject({
        page: {
          ...readPageMetadata(html, pageUrl),
          author: article.author,
          canonical: `${base}/articles/${article.slug}`,
        },
        doc: { text: expect.stringContaining('Thirteen police officers') },
      });
    },
    STARTING,
  );

  it('rejects a page whose own metadata is invalid with the field, as a file with invalid metadata', () => {
    const badLanguage = html.replace('<html lang="en"', '<html lang="x"');
    expect(
      prepareFile(0, { ...page(), file: { name: 'bad.html', bytes: utf8(badLanguage) } }, defaultLexicon),
    ).toEqual({
      name: 'bad.html',
      status: 'rejected',
      reason: expect.stringMatching(/^Invalid metadata — language/),
    });
  });

  it('reads no page metadata for a file that is not a fetched page', () => {
    const prepared = prepareFile(0, { file: { name: 'upload.html', bytes: utf8(html) } }, defaultLexicon);
    expect(prepared).not.toHaveProperty('page');
    expect(prepared).toMatchObject({ doc: { title: article.title, url: null, publishedDate: null } });
  });
});
