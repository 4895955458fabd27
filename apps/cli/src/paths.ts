import { isAbsolute, resolve } from 'node:path';
import { readCliEnvPaths } from './env';

/** Paths typed by the user are relative to where they typed the command, not to this package. */
export function fromUserCwd(path: string): string {
  return isAbsolute(path) ? path : resolve(readCliEnvPaths().userCwd, path);
}
