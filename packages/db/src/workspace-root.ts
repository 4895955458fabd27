import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The monorepo root, found by walking up to pnpm-workspace.yaml. Paths are resolved from here rather
 * than from import.meta.url, because Next bundles this package and its file location moves.
 */
export function findWorkspaceRoot(start: string = process.cwd()): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}
