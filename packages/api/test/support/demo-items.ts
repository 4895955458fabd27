import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@claimdesk/db';
import { importManifest, metadataFromManifest } from '../../src';
import { base64 } from './seed';

/** The demo case's articles as `document.import` items, each with its manifest metadata. */
export function demoImportItems() {
  const demoDir = join(findWorkspaceRoot(), 'demo', 'kazakhstan-2022');
  const manifest = importManifest.parse(JSON.parse(readFileSync(join(demoDir, 'manifest.json'), 'utf8')));
  return manifest.documents.map((entry) => ({
    name: entry.file,
    contentBase64: base64(readFileSync(join(demoDir, entry.file))),
    metadata: metadataFromManifest(entry),
  }));
}
