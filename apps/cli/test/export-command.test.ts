import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'claimdesk-cli-export-'));
const env = { ...process.env, CLAIMDESK_DB_PATH: join(work, 'cli.db'), INIT_CWD: work };

function claimdesk(args: string[]) {
  return spawnSync(tsx, ['apps/cli/src/main.ts', ...args], { cwd: root, env, encoding: 'utf8' });
}

describe('claimdesk export', () => {
  it('writes the demo case report as Markdown to stdout and as CSV to a file relative to where it was typed', () => {
    expect(claimdesk(['case', 'create', '--name', 'Demo']).status).toBe(0);
    expect(claimdesk(['import', '--case', 'Demo', join(root, 'demo/kazakhstan-2022')]).status).toBe(0);

    const md = claimdesk(['export', '--case', 'Demo', '--format', 'md', '--as-of', '2030-01-01']);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Verified summary report: Demo\n\n\*\*As of:\*\* 1 Jan 2030/);
    expect(md.stdout).toContain('## Still disputed');

    const csv = claimdesk([
      'export',
      '--case',
      'Demo',
      '--format',
      'csv',
      '--metric',
      'detained',
      '--out',
      'detained.csv',
    ]);
    expect(csv.status).toBe(0);
    const lines = readFileSync(join(work, 'detained.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^section,dispute_id,/);
    expect(
      lines
        .slice(1)
        .filter((l) => l !== '')
        .every((l) => l.includes(',detained,')),
    ).toBe(true);
  });

  it('streams the PDF to the file given with --out, same bytes for the same as-of moment', () => {
    const args = (out: string) => ['export', '--case', 'Demo', '--format', 'pdf', '--as-of', '2030-01-01', '--out', out];
    const first = claimdesk(args('report.pdf'));
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/report\.pdf \(application\/pdf, \d+ pages\)/);
    const bytes = readFileSync(join(work, 'report.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(claimdesk(args('again.pdf')).status).toBe(0);
    expect(readFileSync(join(work, 'again.pdf')).equals(bytes)).toBe(true);
  });

  it('refuses an unknown format and a PDF without --out with a sentence and exit code 1', () => {
    const bad = claimdesk(['export', '--case', 'Demo', '--format', 'xml']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Unknown format "xml"');
    const pdf = claimdesk(['export', '--case', 'Demo', '--format', 'pdf']);
    expect(pdf.status).toBe(1);
    expect(pdf.stderr).toContain('give a file with --out');
  });
});
