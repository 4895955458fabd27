import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { findWorkspaceRoot, getDb, readDbEnv } from '@claimdesk/db';
import { seedDemoIfEmpty, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/seed-demo';
import { childEnv, readCliEnv } from '../env';
import { action, CliError } from '../fail';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('migrate the database, load the demo case when it is empty (unless CLAIMDESK_DEMO=0), and serve the dashboard')
    .option('--dev', 'run the dashboard in development mode (hot reload)')
    .option('--port <port>', 'port to listen on (default: $PORT or 3000)')
    .action(
      action(async (options: { dev?: boolean; port?: string }) => {
        const env = readCliEnv();
        const port = options.port ? Number(options.port) : env.PORT;
        if (!Number.isInteger(port) || port < 1 || port > 65535) throw new CliError(`--port must be a port number, not "${options.port}".`);
        const db = getDb();
        const { dbPath } = readDbEnv();
        console.log(`database: ${dbPath} (migrated)`);
        if (env.CLAIMDESK_DEMO === '1' && (await seedDemoIfEmpty(db))) {
          console.log('demo: loaded "Kazakhstan unrest, January 2022" with 4 articles; accounts:');
          for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email} (${a.role}) password: ${DEMO_PASSWORD}`);
        }
        db.$client.close();

        const dashboard = join(findWorkspaceRoot(), 'apps', 'dashboard');
        // server.mjs is Next behind a plain Node server that stamps each request with its socket's address.
        const server = join(dashboard, 'server.mjs');
        if (!options.dev && !existsSync(join(dashboard, '.next', 'BUILD_ID'))) {
          throw new CliError('The dashboard is not built yet: run `pnpm build` (or `pnpm start`, which builds first).');
        }
        const url = env.NEXTAUTH_URL ?? `http://localhost:${port}`;
        console.log(`dashboard: ${url}`);
        const child = spawn(process.execPath, [server, ...(options.dev ? ['--dev'] : []), '--port', String(port), '--hostname', env.HOSTNAME], {
          cwd: dashboard,
          stdio: 'inherit',
          env: childEnv({ NEXTAUTH_URL: url, CLAIMDESK_DB_PATH: dbPath, PORT: String(port), NODE_ENV: options.dev ? 'development' : 'production' }),
        });
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
        await new Promise<void>((resolve) => child.on('exit', (code) => {
          process.exitCode = code ?? 0;
          resolve();
        }));
      }),
    );
}
