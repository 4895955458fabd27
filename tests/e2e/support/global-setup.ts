import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startAppServer } from './app-server';

/** One real server per run, on its own fresh database; tests seed their own data on top of the demo case. */
export default async function setup(project: TestProject) {
  // The live-sources tests serve a local news site on this port; the server may fetch from it (and nothing else local).
  const sitePort = await freePort();
  process.env.CLAIMDESK_FETCH_ALLOW = `127.0.0.1:${sitePort}`;
  const server = await startAppServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('dbPath', server.dbPath);
  project.provide('sitePort', sitePort);
  return async () => {
    await server.stop();
    // The run's database (and its WAL files) lives in a temp folder of its own: leave nothing behind.
    rmSync(dirname(server.dbPath), { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dbPath: string;
    sitePort: number;
  }
}
