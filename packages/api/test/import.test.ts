import { afterAll, describe, expect, it } from 'vitest';
import { activity, documents, eq } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { base64, callerFor, seedCase, seedUser } from './support/seed';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const lead = seedUser(db, 'lead');
const reviewer = seedUser(db, 'reviewer');
const outsider = seedUser(db, 'reviewer');
const theCase = seedCase(db, [lead, reviewer]);
const article = 'Protests spread.\n\nAt least 13 police officers were killed in Almaty, officials said.';

describe('importing documents', () => {
  it('imports the good file and names each rejected file with its reason', async () => {
    const report = await callerFor(db, lead).document.import({
      caseId: theCase.id,
      items: [
        { name: 'good.txt', contentBase64: base64(article), metadata: { outlet: 'Wire', publishedDate: '2022-01-06' } },
        { name: 'empty.txt', contentBase64: '' },
        { name: 'image.txt', contentBase64: base64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])) },
        { name: 'latin1.txt', contentBase64: base64(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])) },
        { name: 'photo.png', contentBase64: base64('x') },
        { name: 'bad-date.txt', contentBase64: base64('Other text here.'), metadata: { publishedDate: '6 January' } },
      ],
    });
    expect(report).toMatchObject({ imported: 1, duplicates: 0, rejected: 5 });
    const reasons = Object.fromEntries(report.results.map((r) => [r.name, r.status === 'rejected' ? r.reason : r.status]));
    expect(reasons).toMatchObject({
      'good.txt': 'imported',
      'empty.txt': 'The file is empty.',
      'image.txt': expect.stringContaining('binary'),
      'latin1.txt': expect.stringContaining('UTF-8'),
      'photo.png': expect.stringContaining('Unsupported file type'),
      'bad-date.txt': expect.stringContaining('publishedDate'),
    });
  });

  it('stores the text exactly as imported', () => {
    const stored = db.select().from(documents).where(eq(documents.caseId, theCase.id)).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.text).toBe(article);
    expect(stored[0]).toMatchObject({ outlet: 'Wire', publishedDate: '2022-01-06', title: 'Protests spread.' });
  });

  it('reports identical text as a duplicate and changes nothing', async () => {
    const before = db.select().from(activity).all().length;
    const report = await callerFor(db, lead).document.import({ caseId: theCase.id, items: [{ name: 'again.txt', contentBase64: base64(article) }] });
    expect(report.results[0]?.status).toBe('duplicate');
    expect(db.select().from(documents).all()).toHaveLength(1);
    expect(db.select().from(activity).all().length).toBe(before);
  });

  it('extracts the main text of an HTML page', async () => {
    const html = `<html><head><title>Quake toll rises</title></head><body><nav>Home | World</nav><article><h1>Quake toll rises</h1>
      <p>${'The death toll from the earthquake rose to 212 on Tuesday, the civil defence agency said. '.repeat(3)}</p>
      <p>Rescuers pulled more than 40 people from the rubble overnight, according to local officials.</p></article>
      <footer>Leave a Comment</footer></body></html>`;
    const report = await callerFor(db, lead).document.import({ caseId: theCase.id, items: [{ name: 'quake.html', contentBase64: base64(html) }] });
    expect(report.results[0]).toMatchObject({ status: 'imported', title: 'Quake toll rises' });
    const stored = db.select().from(documents).where(eq(documents.title, 'Quake toll rises')).get();
    expect(stored?.text).toContain('rose to 212');
    expect(stored?.text).not.toContain('Home | World');
  }, 180_000); // HTML is parsed in the pool's thread, started by this first HTML import: awaited, never timed

  it('is for leads only', async () => {
    await expect(
      callerFor(db, reviewer).document.import({ caseId: theCase.id, items: [{ name: 'x.txt', contentBase64: base64('Hello world.') }] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('reading a case', () => {
  it('lists documents for members and hides the case from others', async () => {
    expect(await callerFor(db, reviewer).document.list({ caseId: theCase.id })).toHaveLength(2);
    await expect(callerFor(db, outsider).document.list({ caseId: theCase.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await callerFor(db, outsider).case.list()).toEqual([]);
  });

  it('refuses every procedure to a caller who is not signed in', async () => {
    const anonymous = callerFor(db, null);
    await expect(anonymous.case.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(anonymous.document.list({ caseId: theCase.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(anonymous.user.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
