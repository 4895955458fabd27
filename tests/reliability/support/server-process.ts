import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const here = import.meta.dirname;
const SERVER_SCRIPT = join(here, '..', '..', '..', 'packages', 'api', 'test', 'support', 'standalone-server.ts');

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts the app router over HTTP in a child process on the given database file (see standalone-server.ts). */
export function startServer(dbPath: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_SCRIPT, dbPath], { cwd: join(here, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) {
        resolve({
          url: `http://127.0.0.1:${match[1]}/api/trpc`,
          child,
          exited,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    });
    void exited.then(() => reject(new Error(`server exited before listening: ${stderr}`)));
  });
}

export interface TrpcAnswer {
  status: number;
  data?: unknown;
  error?: { message: string; code: number; data: { code: string; httpStatus: number; domainCode?: string; fieldErrors?: Record<string, string[]>; current?: unknown } };
}

/** Calls a procedure the way the tRPC client does (superjson envelope, which plain JSON satisfies). */
export async function call(url: string, path: string, input: unknown, userId: string | null, kind: 'query' | 'mutation' = 'mutation'): Promise<TrpcAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (userId) headers['x-test-user'] = userId;
  const envelope = JSON.stringify({ json: input });
  const response =
    kind === 'query'
      ? await fetch(`${url}/${path}?input=${encodeURIComponent(envelope)}`, { headers })
      : await fetch(`${url}/${path}`, { method: 'POST', headers, body: envelope });
  const body = (await response.json()) as { result?: { data?: { json?: unknown } }; error?: { json?: TrpcAnswer['error'] } };
  return { status: response.status, data: body.result?.data?.json, error: body.error?.json };
}
