import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentInput } from '../../src/claim';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '../../../../demo/kazakhstan-2022');

interface ManifestEntry {
  file: string;
  title: string;
  outlet: string;
  published: string;
}

/** The four demo articles as the engine sees them, keyed by file stem ("cnn", "lemonde"). */
export function loadDemoCorpus(): Map<string, DocumentInput> {
  const manifest = JSON.parse(readFileSync(join(DEMO, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
  const out = new Map<string, DocumentInput>();
  for (const entry of manifest.documents) {
    const stem = entry.file.replace(/\.txt$/, '');
    out.set(stem, {
      id: stem,
      text: readFileSync(join(DEMO, entry.file), 'utf8'),
      title: entry.title,
      outlet: entry.outlet,
      publishedDate: entry.published,
      publishedApproximate: false,
      language: 'en',
    });
  }
  return out;
}

/** Offset of `text` inside `context` inside the document (first occurrence of each, on word boundaries). */
export function locate(docText: string, text: string, context?: string): number {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const find = (needle: string, from: number) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}`, 'gu');
    re.lastIndex = from;
    return re.exec(docText)?.index ?? -1;
  };
  if (!context) return find(text, 0);
  const at = find(context, 0);
  if (at === -1) return -1;
  const inner = context.indexOf(text);
  return inner === -1 ? -1 : at + inner;
}
