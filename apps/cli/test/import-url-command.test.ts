import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY, startFixtureSite, type FixtureSite } from '../../../packages/api/test/support/fixture-site';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'claimdesk-cli-url-'));
let site: FixtureSite;

beforeAll(async () => {
  site = await startFixtureSite();
  for (const a of STORY) site.putArticle(a);
});
afterAll(() => site.close());

// Asynchronous: the fixture site answers from this process while the command runs.
function claimdesk(args: string[]): Promise<{ status: number | null; stdout: string }> {
  const env = { ...process.env, CLAIMDESK_DB_PATH: join(work, 'cli.db'), INIT_CWD: work, CLAIMDESK_FETCH_ALLOW: site.host };
  return new Promise((done) => {
    const child = spawn(tsx, ['apps/cli/src/main.ts', ...args], { cwd: root, env });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (status) => done({ status, stdout }));
  });
}

describe('claimdesk import --url', () => {
  it('imports pages by their address with their metadata, names each refused address with its reason, and exits non-zero', async () => {
    expect((await claimdesk(['case', 'create', '--name', 'URL case'])).status).toBe(0);
    const urls = STORY.map((a) => `${site.base}/articles/${a.slug}`);
    const run = await claimdesk(['import', '--case', 'URL case', '--url', ...urls, `${site.base}/articles/gone`, 'http://169.254.169.254/latest/meta-data/']);
    expect(run.stdout).toContain(`imported   ${urls[0]} — "Police deaths rise in Almaty unrest", Steppe Courier, 2022-01-06`);
    expect(run.stdout).toContain(`rejected   ${site.base}/articles/gone — The page was not found (HTTP 404).`);
    expect(run.stdout).toContain('rejected   http://169.254.169.254/latest/meta-data/ — Refused: 169.254.169.254 is the cloud metadata service.');
    expect(run.stdout).toContain('3 imported, 0 revised, 0 duplicate, 2 rejected into "URL case".');
    expect(run.status).toBe(1);

    const again = await claimdesk(['import', '--case', 'URL case', '--url', `${site.base}/amp/articles/${STORY[0]?.slug ?? ''}`]);
    expect(again.stdout).toContain('duplicate');
    expect(again.status).toBe(0);
  });
});
