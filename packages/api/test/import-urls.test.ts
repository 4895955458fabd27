import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, claims, disputes, documents, eq } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { importUrls } from '../src/use-cases/import-urls';
import { pagePolicy } from '../src/sources/fetch-policy';
import { STORY, startFixtureSite, type FixtureSite } from './support/fixture-site';
import { callerFor, seedCase, seedUser } from './support/seed';

const { db, dispose } = createTestDatabase();
const lead = seedUser(db, 'lead');
const reviewer = seedUser(db, 'reviewer');
const theCase = seedCase(db, [lead, reviewer]);
let site: FixtureSite;

beforeAll(async () => {
  site = await startFixtureSite();
  for (const a of STORY) site.putArticle(a);
  process.env.CLAIMDESK_FETCH_ALLOW = site.host;
});
afterAll(async () => {
  delete process.env.CLAIMDESK_FETCH_ALLOW;
  await site.close();
  dispose();
});

const stored = () => db.select().from(documents).where(eq(documents.caseId, theCase.id)).all();
const counts = () => ({ documents: stored().length, claims: db.select().from(claims).all().length, activity: db.select().from(activity).all().length, disputes: db.select().from(disputes).all().length });
const url = (path: string) => `${site.base}${path}`;

describe('importing articles by their address', () => {
  it('imports three pages with their real titles, outlets, dates, authors and language, and their claims', async () => {
    const report = await callerFor(db, lead).source.importUrls({ caseId: theCase.id, urls: STORY.map((a) => url(`/articles/${a.slug}`)) });
    expect(report).toMatchObject({ imported: 3, duplicates: 0, rejected: 0 });
    expect(report.results.map((r) => r.status === 'imported' && [r.title, r.outlet, r.publishedDate])).toEqual([
      ['Police deaths rise in Almaty unrest', 'Steppe Courier', '2022-01-06'],
      ['Interior ministry gives new toll', 'Caspian Wire', '2022-01-07'],
      ['Hundreds detained after protests', 'Tien Shan Times', '2022-01-07'],
    ]);
    const first = stored().find((d) => d.title === 'Police deaths rise in Almaty unrest');
    expect(first).toMatchObject({
      outlet: 'Steppe Courier',
      author: 'Aigerim Sadykova',
      language: 'en',
      url: url('/articles/almaty-police-toll'),
      canonicalUrl: `//127.0.0.1:${site.host.split(':')[1]}/articles/almaty-police-toll`,
      revision: 1,
      revisionOf: null,
    });
    expect(first?.htmlHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.text).toContain('Thirteen police officers were killed in Almaty');
    expect(first?.text).not.toContain('Subscribe to our newsletter');
    expect(report.results.every((r) => r.status === 'imported' && r.claimCount > 0)).toBe(true);
  });

  it('treats the same article at another address as a duplicate that changes nothing', async () => {
    const before = counts();
    const report = await callerFor(db, lead).source.importUrls({
      caseId: theCase.id,
      urls: [
        url('/articles/almaty-police-toll?utm_source=twitter&utm_medium=social'),
        url('/amp/articles/almaty-police-toll'),
        url('/hop/3/articles/ministry-gives-toll'),
        url('/articles/hundreds-detained#comments'),
      ],
    });
    expect(report.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(counts()).toEqual(before);
  });

  it('stores a changed article at a known address as a new revision, whose changed figure shows as a revision', async () => {
    const [original] = STORY;
    if (!original) throw new Error('no story');
    site.putArticle({
      ...original,
      modified: '2022-01-08T10:00:00+06:00',
      paragraphs: ['Sixteen police officers were killed in Almaty, city officials said.', original.paragraphs[1] ?? ''],
    });
    const report = await callerFor(db, lead).source.importUrls({ caseId: theCase.id, urls: [url('/articles/almaty-police-toll')] });
    expect(report.results[0]).toMatchObject({ status: 'revision', revision: 2, publishedDate: '2022-01-08', title: 'Police deaths rise in Almaty unrest' });
    const versions = stored().filter((d) => d.title === 'Police deaths rise in Almaty unrest').sort((a, b) => a.revision - b.revision);
    expect(versions.map((v) => [v.revision, v.publishedDate, v.modifiedAt])).toEqual([
      [1, '2022-01-06', '2022-01-06T09:30:00+06:00'],
      [2, '2022-01-08', '2022-01-08T10:00:00+06:00'],
    ]);
    expect(versions[1]?.revisionOf).toBe(versions[0]?.id);
    const relations = db.select().from(disputes).where(eq(disputes.caseId, theCase.id)).all().flatMap((d) => (d.analysis as { relations: { kind: string; reason: string }[] }).relations);
    expect(relations).toContainEqual({ kind: 'revision', reason: 'City officials updated its figure from "Thirteen" on 6 Jan 2022 to "Sixteen" on 8 Jan 2022.' });

    const again = await callerFor(db, lead).source.importUrls({ caseId: theCase.id, urls: [url('/articles/almaty-police-toll?utm_campaign=x')] });
    expect(again.results[0]?.status).toBe('duplicate');
  });

  it('refuses each bad address with its reason, stores nothing for it, and imports the rest', async () => {
    site.putArticle({ slug: 'late-news', title: 'Curfew extended', outlet: 'Steppe Courier', author: 'A. S.', published: '2022-01-09T08:00:00+06:00', paragraphs: ['The curfew was extended to 19 January, officials said.'] });
    const before = counts();
    const bad: [string, RegExp][] = [
      [url('/articles/no-such-story'), /not found \(HTTP 404\)/],
      [url('/huge'), /larger than 5 MB/],
      [url('/image.png'), /serves image\/png/],
      [url('/hop/6/articles/late-news'), /More than 5 redirects/],
      ['http://127.0.0.1/', /127\.0\.0\.1 is a loopback address/],
      ['http://[::1]:8080/', /loopback/],
      ['http://10.0.0.1/', /private network/],
      ['http://169.254.169.254/latest/meta-data/', /cloud metadata/],
      [url('/to-metadata'), /A redirect led to http:\/\/169\.254\.169\.254.*cloud metadata/],
      ['javascript:alert(1)', /Only http/],
      ['yesterday’s story', /not a web address/],
    ];
    const report = await callerFor(db, lead).source.importUrls({ caseId: theCase.id, urls: [...bad.map(([u]) => u), url('/articles/late-news')] });
    for (const [i, [, reason]] of bad.entries()) {
      const result = report.results[i];
      expect(result?.status).toBe('rejected');
      if (result?.status === 'rejected') expect(result.reason).toMatch(reason);
    }
    expect(report.results.at(-1)).toMatchObject({ status: 'imported', title: 'Curfew extended' });
    expect(counts().documents).toBe(before.documents + 1);
  });

  it('gives up on a page that never finishes, storing nothing', async () => {
    const before = counts();
    const report = await importUrls({ db, actor: { id: lead.id, name: lead.name, role: lead.role } }, { caseId: theCase.id, urls: [url('/slow')], policy: pagePolicy({ timeoutMs: 300 }) });
    expect(report.results[0]).toEqual({ url: url('/slow'), status: 'rejected', reason: 'The site took longer than 300 ms to answer; nothing was imported.' });
    expect(counts()).toEqual(before);
  });

  it('is for leads of the case only, with strict input', async () => {
    await expect(callerFor(db, reviewer).source.importUrls({ caseId: theCase.id, urls: [url('/articles/late-news')] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const outsider = seedUser(db, 'lead');
    await expect(callerFor(db, outsider).source.importUrls({ caseId: theCase.id, urls: [url('/articles/late-news')] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(callerFor(db, lead).source.importUrls({ caseId: theCase.id, urls: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(callerFor(db, lead).source.importUrls({ caseId: theCase.id, urls: ['x'.repeat(3000)] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
