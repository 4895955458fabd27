import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'claimdesk-cli-'));
const env = { ...process.env, CLAIMDESK_DB_PATH: join(work, 'cli.db'), INIT_CWD: work };

function claimdesk(args: string[], input?: string) {
  return spawnSync(tsx, ['apps/cli/src/main.ts', ...args], { cwd: root, env, input, encoding: 'utf8' });
}

describe('claimdesk import', () => {
  it('imports the good article, names each rejected file with its reason, and exits non-zero', () => {
    const folder = join(work, 'articles');
    execFileSync('mkdir', ['-p', folder]);
    copyFileSync(join(root, 'demo/kazakhstan-2022/cnn.txt'), join(folder, 'good.txt'));
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(folder, 'empty.txt'), '');
    expect(claimdesk(['case', 'create', '--name', 'CLI case']).status).toBe(0);

    const run = claimdesk(['import', '--case', 'CLI case', '--outlet', 'CNN', '--date', '2022-01-06', 'articles']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/imported\s+\S*good\.txt/);
    expect(run.stdout).toMatch(/rejected\s+\S*binary\.txt — The file is binary/);
    expect(run.stdout).toMatch(/rejected\s+\S*empty\.txt — The file is empty\./);
    expect(run.stdout).toContain('1 imported, 0 duplicate, 2 rejected');

    const again = claimdesk(['import', '--case', 'CLI case', join(folder, 'good.txt')]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('duplicate');
  });

  it('imports a folder of many articles with worker threads and reports every file, in folder order, with its claims', () => {
    const folder = join(work, 'many');
    execFileSync('mkdir', ['-p', folder]);
    const demo = ['cnn.txt', 'dailybeast.txt', 'lemonde.txt', 'newscomau.txt'];
    const names: string[] = [];
    for (let i = 0; i < 24; i += 1) {
      const name = `article-${String(i).padStart(2, '0')}.txt`;
      const text = readFileSync(join(root, 'demo/kazakhstan-2022', demo[i % demo.length] ?? 'cnn.txt'), 'utf8');
      writeFileSync(join(folder, name), `${text}\n\nUpdate ${i}: at least ${13 + i} police officers were killed, the ministry said.\n`);
      names.push(name);
    }
    writeFileSync(join(folder, 'broken.html'), Buffer.from([0x00, 0x01, 0x02]));
    expect(claimdesk(['case', 'create', '--name', 'Many articles']).status).toBe(0);
    const run = claimdesk(['import', '--case', 'Many articles', '--outlet', 'Wire', '--date', '2022-01-07', 'many']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toContain('24 imported, 0 duplicate, 1 rejected');
    const imported = [...run.stdout.matchAll(/^imported\s+\S*(article-\d+\.txt) — .*\((\d+) claims/gm)];
    expect(imported.map((m) => m[1])).toEqual(names);
    expect(imported.every((m) => Number(m[2]) > 10)).toBe(true);
    const listed = claimdesk(['case', 'list']);
    expect(listed.stdout).toMatch(/Many articles/);
  });

  it('refuses an unknown case with a sentence, not a stack trace', () => {
    const run = claimdesk(['import', '--case', 'No such case', work]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The case "No such case" was not found');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('claimdesk user add', () => {
  it('reads the password from stdin and rejects a short one', () => {
    const short = claimdesk(['user', 'add', '--email', 'x@example.test', '--name', 'X', '--role', 'reviewer'], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 12 characters');
    const ok = claimdesk(['user', 'add', '--email', 'x@example.test', '--name', 'X', '--role', 'reviewer'], 'a-good-long-password\n');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('added x@example.test (reviewer)');
  });
});
