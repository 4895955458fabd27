import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { UploadedFile } from '@claimdesk/api';

export type CollectedFile = { path: string; file: UploadedFile } | { path: string; error: string };

const MANIFEST_NAME = 'manifest.json';

/** Expands files and folders (recursively) into the files to import; a folder's manifest.json is metadata, not a document. */
export async function collectFiles(paths: string[]): Promise<{ files: CollectedFile[]; manifests: string[] }> {
  const files: CollectedFile[] = [];
  const manifests: string[] = [];
  async function visit(path: string): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      files.push({ path, error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
      for (const entry of entries) {
        if (entry === MANIFEST_NAME) manifests.push(join(path, entry));
        else await visit(join(path, entry));
      }
      return;
    }
    try {
      files.push({ path, file: { name: basename(path), bytes: new Uint8Array(await readFile(path)) } });
    } catch (error) {
      files.push({ path, error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
    }
  }
  for (const p of paths) await visit(p);
  return { files, manifests };
}
