import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'claimdesk-cli-users-'));
const env = { ...process.env, CLAIMDESK_DB_PATH: join(work, 'cli.db'), INIT_CWD: work };

function claimdesk(args: string[], input?: string) {
  return spawnSync(tsx, ['apps/cli/src/main.ts', ...args], { cwd: root, env, input, encoding: 'utf8' });
}

describe('claimdesk user and backup', () => {
  it('adds, lists, changes the role of and disables an account', () => {
    expect(claimdesk(['user', 'add', '--email', 'Ana@Example.test', '--name', 'Ana', '--role', 'reviewer'], 'a long enough password\n').status).toBe(0);
    const promoted = claimdesk(['user', 'set-role', '--email', 'ana@example.test', '--role', 'lead']);
    expect(promoted.stdout).toContain('reviewer → lead');
    expect(claimdesk(['user', 'disable', '--email', 'ana@example.test']).stdout).toContain('disabled');
    expect(claimdesk(['user', 'list']).stdout).toMatch(/ana@example\.test\s+lead\s+\(disabled\)/);
  });

  it('refuses an unknown role or account with a sentence', () => {
    const badRole = claimdesk(['user', 'set-role', '--email', 'ana@example.test', '--role', 'owner']);
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('The role must be one of');
    const nobody = claimdesk(['user', 'disable', '--email', 'nobody@example.test']);
    expect(nobody.stderr).toContain('No account for nobody@example.test');
  });

  it('gives an account access to a case and takes it away again', () => {
    expect(claimdesk(['user', 'add', '--email', 'ben@example.test', '--name', 'Ben', '--role', 'reviewer'], 'a long enough password\n').status).toBe(0);
    expect(claimdesk(['case', 'create', '--name', 'Members case']).status).toBe(0);
    expect(claimdesk(['case', 'add-member', '--case', 'Members case', '--email', 'ben@example.test']).stdout).toContain('ben@example.test can now work on "Members case"');
    expect(claimdesk(['case', 'remove-member', '--case', 'Members case', '--email', 'ben@example.test']).stdout).toContain('ben@example.test no longer has access to "Members case"');
    expect(claimdesk(['case', 'remove-member', '--case', 'Members case', '--email', 'ben@example.test']).stdout).toContain('was not a member');
  });

  it('backs up the live database to a new file that passes the integrity check', () => {
    const run = claimdesk(['backup', 'copy.db']);
    expect(run.stdout).toContain('integrity check ok');
    expect(existsSync(join(work, 'copy.db'))).toBe(true);
    expect(claimdesk(['backup', 'copy.db']).stderr).toContain('already exists');
  });
});
