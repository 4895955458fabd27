import { afterAll, describe, expect, it } from 'vitest';
import { documents, eq } from '@claimdesk/db';
import { createTestDatabase } from '@claimdesk/db/testing';
import { measureHtml } from '../src/import/html-limits';
import { base64, callerFor, seedCase, seedUser } from './support/seed';

const { db, dispose } = createTestDatabase();
afterAll(dispose);

const lead = seedUser(db, 'lead');
const reviewer = seedUser(db, 'reviewer');
const theCase = seedCase(db, [lead, reviewer]);

const nested = (levels: number) => `<html><body>${'<div>'.repeat(levels)}<p>Deep.</p>${'</div>'.repeat(levels)}</body></html>`;
const article = (n: number) => `Report ${n}.\n\nAt least ${13 + n} police officers were killed in Almaty, officials said.`;

describe('measuring an HTML page before it is read', () => {
  it.each([
    ['an ordinary page passes', '<html><body><article><p>One.</p><p>Two.</p></article></body></html>', { ok: true, depth: 4, elements: 5 }],
    ['nesting at the limit passes', nested(250), { ok: true }],
    ['nesting past the limit is refused with the reason', nested(5_000), { ok: false, reason: expect.stringContaining('256 levels deep') }],
    ['too many elements is refused with the reason', `<html><body>${'<p>x</p>'.repeat(70_000)}</body></html>`, { ok: false, reason: expect.stringContaining('60,000 elements') }],
    ['void elements do not deepen the page', `<html><body>${'<br><img src=x>'.repeat(1_000)}</body></html>`, { ok: true, depth: 3 }],
    ['text without tags is zero deep', 'just words, no tags', { ok: true, depth: 0, elements: 0 }],
  ])('%s', (_name, html, expected) => {
    expect(measureHtml(html)).toMatchObject(expected);
  });
});

describe('importing a hostile HTML page through the dashboard', () => {
  it('answers another user while the page is processed, rejects the page with its reason and stores the rest of the batch', async () => {
    const answered: string[] = [];
    const importing = callerFor(db, lead)
      .document.import({
        caseId: theCase.id,
        items: [
          { name: 'before.txt', contentBase64: base64(article(1)) },
          { name: 'nested.html', contentBase64: base64(nested(5_000)) },
          { name: 'deeper.html', contentBase64: base64(nested(50_000)) },
          { name: 'after.txt', contentBase64: base64(article(2)) },
        ],
      })
      .then((report) => {
        answered.push('import');
        return report;
      });
    // Another person's request while the import runs: answered without waiting for the pages to be read.
    const others = await callerFor(db, reviewer).document.list({ caseId: theCase.id });
    answered.push('other user');
    expect(others).toBeDefined();
    const report = await importing;
    expect(answered).toEqual(['other user', 'import']);
    const reasons = Object.fromEntries(report.results.map((r) => [r.name, r.status === 'rejected' ? r.reason : r.status]));
    expect(reasons).toEqual({
      'before.txt': 'imported',
      'nested.html': expect.stringContaining('too deep to read safely'),
      'deeper.html': expect.stringContaining('too deep to read safely'),
      'after.txt': 'imported',
    });
    expect(db.select().from(documents).where(eq(documents.caseId, theCase.id)).all().map((d) => d.sourceName).sort()).toEqual(['after.txt', 'before.txt']);
  }, 180_000); // the first import starts the pool's thread (slow on a busy machine): awaited, never timed

  it('imports an .html file without a single tag as its text, and the rest of the batch with it', async () => {
    const report = await callerFor(db, lead).document.import({
      caseId: theCase.id,
      items: [
        { name: 'no-tags.html', contentBase64: base64('Only a few plain words.') },
        { name: 'third.txt', contentBase64: base64(article(3)) },
      ],
    });
    expect(report.results).toEqual([
      expect.objectContaining({ name: 'no-tags.html', status: 'imported' }),
      expect.objectContaining({ name: 'third.txt', status: 'imported' }),
    ]);
    expect(db.select().from(documents).where(eq(documents.sourceName, 'no-tags.html')).get()?.text).toBe('Only a few plain words.');
  });

  it('rejects an .html file with tags but no text with its reason', async () => {
    const report = await callerFor(db, lead).document.import({ caseId: theCase.id, items: [{ name: 'empty.html', contentBase64: base64('<html><body><div></div></body></html>') }] });
    expect(report.results[0]).toEqual({ name: 'empty.html', status: 'rejected', reason: 'No article text could be found in this HTML page.' });
  });
});
