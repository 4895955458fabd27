// Synthetic news articles for benchmarks: the demo corpus's articles, varied deterministically (mulberry32)
// so every run measures the same stream and no two documents are identical.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentInput } from '@claimdesk/claim-model';
import { random } from './seeded-random';

const DEMO = join(import.meta.dirname, '../../demo/kazakhstan-2022');

interface ManifestEntry {
  file: string;
  title: string;
  outlet: string;
  published: string;
}

const manifest = JSON.parse(readFileSync(join(DEMO, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
const originals = manifest.documents.map((d) => ({ ...d, text: readFileSync(join(DEMO, d.file), 'utf8') }));

/** The i-th synthetic article: an original with its paragraphs shuffled (headline kept) and its digits changed. */
export function syntheticArticle(i: number): DocumentInput & { title: string; outlet: string; publishedDate: string } {
  const rnd = random(i + 1);
  const base = originals[i % originals.length];
  if (!base) throw new Error('demo corpus missing');
  const [headline = '', ...paragraphs] = base.text.split(/\n\s*\n/);
  for (let k = paragraphs.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    const tmp = paragraphs[k] ?? '';
    paragraphs[k] = paragraphs[j] ?? '';
    paragraphs[j] = tmp;
  }
  const text = [headline, ...paragraphs].join('\n\n').replace(/\d/g, (d) => (rnd() < 0.3 ? String(Math.floor(rnd() * 10)) : d));
  return { id: `bench-${i}`, text, title: base.title, outlet: base.outlet, publishedDate: base.published, publishedApproximate: false };
}
