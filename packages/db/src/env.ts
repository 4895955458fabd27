import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { findWorkspaceRoot } from './workspace-root';

const schema = z.object({
  CLAIMDESK_DB_PATH: z.string().min(1).optional(),
  /** synchronous=FULL also survives power loss; NORMAL (default) survives any process crash. */
  CLAIMDESK_DB_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  INIT_CWD: z.string().optional(),
});

export interface DbEnv {
  dbPath: string;
  migrationsDir: string;
  synchronous: 'NORMAL' | 'FULL';
}

export function readDbEnv(source: Record<string, string | undefined> = process.env): DbEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid database configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const root = findWorkspaceRoot();
  const raw = parsed.data.CLAIMDESK_DB_PATH;
  // A relative path is taken from where the user typed the command (pnpm changes the cwd of scripts).
  const dbPath = raw
    ? isAbsolute(raw)
      ? raw
      : resolve(parsed.data.INIT_CWD ?? process.cwd(), raw)
    : join(root, 'data', 'claimdesk.db');
  return { dbPath, migrationsDir: join(root, 'packages', 'db', 'migrations'), synchronous: parsed.data.CLAIMDESK_DB_SYNCHRONOUS };
}
