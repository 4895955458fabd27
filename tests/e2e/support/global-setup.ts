import type { TestProject } from 'vitest/node';
import { startAppServer } from './app-server';

/** One real server per run, on its own fresh database; tests seed their own data on top of the demo case. */
export default async function setup(project: TestProject) {
  const server = await startAppServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('dbPath', server.dbPath);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dbPath: string;
  }
}
