import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

describe.runIf(process.platform === 'linux')('a bulk import lowers the priority of every thread but the one that holds the write lock', () => {
  it('keeps the main thread at normal priority and lowers the others, the file preparers started later included', () => {
    const run = spawnSync(tsx, [join(import.meta.dirname, 'fixtures/report-thread-priorities.ts')], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { main: number; started: number; atNormalPriority: string[] };
    expect(report.main).toBe(0);
    expect(report.started).toBeGreaterThanOrEqual(2);
    expect(report.atNormalPriority).toEqual([]);
  });
});
