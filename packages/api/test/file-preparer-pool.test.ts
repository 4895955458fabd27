import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLexicon } from '@claimdesk/claim-model/lexicon';
import { startFilePreparerPool } from '../src/import/file-preparer-pool';
import { utf8 } from './support/seed';

// The fixture's thread never finishes a file named "hang.*": however long the limit, such a file passes it; the limit
// is generous so that a real file never reaches it, even on a busy machine.
const pool = startFilePreparerPool({ threads: 1, fileTimeLimitMs: 20_000, workerPath: join(import.meta.dirname, 'fixtures/hanging-preparer.mjs') });
afterAll(() => pool.close());
const file = (name: string, text: string) => ({ file: { name, bytes: utf8(text) } });

// A thread loads its TypeScript at lowered priority: on a busy machine that takes a while. Awaited, never timed.
const STARTING = 400_000;

describe('the pool of file-preparing threads', () => {
  it('stops a file past its time limit, rejects it with the reason, and prepares the next file on a fresh thread', async () => {
    const preparer = pool.forImport(defaultLexicon);
    const [hung, next] = await Promise.all([
      preparer.prepare(0, file('hang.html', '<p>never read</p>')),
      preparer.prepare(1, file('next.txt', 'At least 13 police officers were killed in Almaty, officials said.')),
    ]);
    expect(hung).toEqual({ name: 'hang.html', status: 'rejected', reason: expect.stringContaining('took longer than 20 s') });
    expect(next).toMatchObject({ position: 1, name: 'next.txt', doc: { text: expect.stringContaining('At least 13') } });
  }, STARTING);

  it('keeps each import to its own lexicon when imports share the threads', async () => {
    const custom = { ...defaultLexicon, metrics: [] };
    const text = 'At least 13 police officers were killed in Almaty, officials said.';
    const [withDefault, withCustom] = await Promise.all([pool.forImport(defaultLexicon).prepare(0, file('a.txt', text)), pool.forImport(custom).prepare(0, file('b.txt', text))]);
    const metrics = (prepared: typeof withDefault) => ('claims' in prepared ? prepared.claims.map((c) => c.frame?.metric ?? null) : 'rejected');
    expect(metrics(withDefault)).not.toEqual(metrics(withCustom));
    expect(metrics(withCustom)).not.toBe('rejected');
  }, STARTING);
});
