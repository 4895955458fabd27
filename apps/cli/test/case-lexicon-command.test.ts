import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims, openDatabase } from '@claimdesk/db';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'claimdesk-lexicon-'));
const env = { ...process.env, CLAIMDESK_DB_PATH: join(work, 'cli.db'), INIT_CWD: work };
const claimdesk = (args: string[]) => spawnSync(tsx, ['apps/cli/src/main.ts', ...args], { cwd: root, env, encoding: 'utf8' });

describe('claimdesk case set-lexicon', () => {
  it('gives a case its own place, which the next import uses, and refuses an invalid file with its reason', () => {
    expect(claimdesk(['case', 'create', '--name', 'Lexicon case']).status).toBe(0);
    writeFileSync(join(work, 'bad.json'), JSON.stringify({ places: [{ id: 'x' }] }));
    const bad = claimdesk(['case', 'set-lexicon', '--case', 'Lexicon case', 'bad.json']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/error: The lexicon (is not valid|does not fit the default lexicon)/);

    const lexicon = { places: [{ id: 'zhanaozen_square', name: 'Zhanaozen Square', kind: 'city', within: ['kazakhstan'], terms: ['Zhanaozen Square'] }] };
    writeFileSync(join(work, 'lexicon.json'), JSON.stringify(lexicon));
    const ok = claimdesk(['case', 'set-lexicon', '--case', 'Lexicon case', 'lexicon.json']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);

    writeFileSync(join(work, 'article.txt'), 'Police detained 40 people on Zhanaozen Square on Monday, officials said.\n');
    const imported = claimdesk(['import', '--case', 'Lexicon case', '--outlet', 'Wire', '--date', '2022-01-10', 'article.txt']);
    expect(imported.status).toBe(0);
    const db = openDatabase({ path: env.CLAIMDESK_DB_PATH });
    const places = db.select({ place: claims.place }).from(claims).all().map((c) => c.place);
    db.$client.close();
    expect(places).toContain('zhanaozen_square');
  });
});
