import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface AppServer {
  baseUrl: string;
  dbPath: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real dashboard the way a user does (`claimdesk serve`, demo mode) on a fresh database file.
 * The build must exist (turbo builds the dashboard before this package's tests).
 */
export async function startAppServer(): Promise<AppServer> {
  const port = await freePort();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'claimdesk-e2e-')), 'claimdesk.db');
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['apps/cli/src/main.ts', 'serve', '--port', String(port)], {
    cwd: REPO_ROOT,
    env: { ...process.env, CLAIMDESK_DB_PATH: dbPath, CLAIMDESK_DEMO: '1', NEXTAUTH_URL: baseUrl, HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not become healthy in 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    dbPath,
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        process.kill(-child.pid, 'SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    },
  };
}
