import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentInput } from '../../src/claim';

const HERE = dirname(fileURLToPath(import.meta.url));

/** One expected figure: its exact words in a file, and words around it when the figure occurs more than once. */
export interface ExpectedClaim {
  file: string;
  figure: string;
  context?: string;
}

/** One proposition a desk would review, with every figure that reports it. */
export interface ExpectedDispute {
  id: string;
  metric: string;
  about: string;
  claims: ExpectedClaim[];
}

export interface Corpus {
  /** The folder name; also the event every expected dispute of it belongs to. */
  event: string;
  documents: DocumentInput[];
  expected: ExpectedDispute[];
}

interface ManifestEntry {
  file: string;
  title: string;
  outlet: string;
  published: string;
  language: string;
}

/** The event folders under test/corpora, each with its articles, manifest and expected disputes. */
export function corpusNames(): string[] {
  return readdirSync(HERE)
    .filter((name) => statSync(join(HERE, name)).isDirectory())
    .sort();
}

/** One event's articles as the engine sees them (document id = `<event>/<file>`) and its expected disputes. */
export function loadCorpus(event: string): Corpus {
  const dir = join(HERE, event);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    documents: ManifestEntry[];
  };
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    disputes: ExpectedDispute[];
  };
  const documents = manifest.documents.map((entry) => ({
    id: `${event}/${entry.file}`,
    text: readFileSync(join(dir, entry.file), 'utf8'),
    title: entry.title,
    outlet: entry.outlet,
    publishedDate: entry.published,
    publishedApproximate: false,
    language: entry.language,
  }));
  return { event, documents, expected: expected.disputes };
}
