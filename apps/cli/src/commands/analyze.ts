import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { importManifest, metadataFromManifest, readUpload, type DocumentMetadataInput, type ImportManifest } from '@claimdesk/api';
import type { ExtractedClaim, Interval } from '@claimdesk/claim-model';
import { type AnalysisDocument, type AnalysisInput, buildAnalysis } from '@claimdesk/claim-model/analysis';
import { groupClaims, type ComputedDispute } from '@claimdesk/claim-model/disputes';
import { defaultLexicon, type Lexicon, lexiconOverrideSchema, mergeLexicon } from '@claimdesk/claim-model/lexicon';
import { collectFiles } from '../collect-files';
import { action, CliError } from '../fail';
import { fromUserCwd } from '../paths';

interface AnalyzeOptions {
  manifest?: string;
  lexicon?: string;
  json?: boolean;
  all?: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

async function loadManifest(path: string): Promise<ImportManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`The manifest ${path} cannot be read as JSON (${(error as Error).message}).`);
  }
  const parsed = importManifest.safeParse(raw);
  if (!parsed.success) throw new CliError(`The manifest ${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The default lexicon, with a case's override (JSON, see packages/claim-model/README.md) merged in when given. */
async function loadLexicon(path: string | undefined): Promise<Lexicon> {
  if (!path) return defaultLexicon;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`The lexicon override ${path} cannot be read as JSON (${(error as Error).message}).`);
  }
  const parsed = lexiconOverrideSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(`The lexicon override ${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  try {
    return mergeLexicon(defaultLexicon, parsed.data);
  } catch (error) {
    const issues = (error as { issues?: { message: string }[] }).issues;
    throw new CliError(`The lexicon override ${path} does not fit the default lexicon: ${issues ? issues.map((i) => i.message).join('; ') : (error as Error).message}`);
  }
}

function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/** Reads the files and folders into documents; a file that cannot be read is reported and skipped. */
async function loadDocuments(paths: string[], manifestPath: string | undefined): Promise<{ docs: AnalysisInput[]; problems: string[] }> {
  const { files, manifests } = await collectFiles(paths.map(fromUserCwd));
  const metadata = new Map<string, DocumentMetadataInput>();
  for (const m of [...manifests, ...(manifestPath ? [fromUserCwd(manifestPath)] : [])]) {
    for (const entry of (await loadManifest(m)).documents) metadata.set(entry.file, metadataFromManifest(entry));
  }
  const docs: AnalysisInput[] = [];
  const problems: string[] = [];
  for (const collected of files) {
    if ('error' in collected) {
      problems.push(`${collected.path}: ${collected.error}`);
      continue;
    }
    const read = readUpload(collected.file);
    if (!read.ok) {
      problems.push(`${collected.path}: ${read.reason}`);
      continue;
    }
    const meta = metadata.get(collected.file.name) ?? {};
    if (meta.publishedDate && !ISO_DATE.test(meta.publishedDate)) {
      problems.push(`${collected.path}: the manifest date "${meta.publishedDate}" is not a date like 2022-01-06; analysed without a date`);
    }
    docs.push({
      id: createHash('sha256').update(read.text).digest('hex').slice(0, 16),
      text: read.text,
      title: meta.title ?? read.title,
      outlet: meta.outlet ?? read.siteName ?? fileName(collected.path),
      publishedDate: meta.publishedDate && ISO_DATE.test(meta.publishedDate) ? meta.publishedDate : null,
      publishedApproximate: meta.publishedApproximate ?? false,
      language: meta.language ?? null,
      url: meta.url ?? null,
      source: collected.path,
    });
  }
  return { docs, problems };
}

function formatInterval(interval: Interval, unit: string): string {
  const n = (v: number | null) => (v === null ? '∞' : v.toLocaleString('en-US'));
  const range = interval.low === interval.high ? n(interval.low) : `${n(interval.low)}–${n(interval.high)}`;
  const suffix = unit === 'count' ? '' : unit === 'percent' ? ' %' : ` ${unit}`;
  return `${interval.low !== null && interval.high === null ? '≥ ' : ''}${interval.high === null ? n(interval.low) : range}${suffix}`;
}

function claimLine(c: ExtractedClaim): string {
  const f = c.frame;
  const words = (t: { id: string } | null | undefined) => (t ? t.id.replace(/_/g, ' ') : '?');
  const frame = `${words(f?.metric)} · ${words(f?.subject)}${f?.place ? ` · ${f.place.words}` : ''}${f?.asOf ? ` · ${f.asOf.date}${f.asOf.approximate ? '~' : ''}` : ''}`;
  const chain = c.attribution.chain.map((l) => l.name).join(' ← ') + (c.attribution.unattributed ? ' (unattributed)' : c.attribution.inherited ? ' (from paragraph)' : '');
  const hedges = c.hedges.length > 0 ? `  hedged: ${c.hedges.map((h) => h.cue).join(', ')}` : '';
  return `  "${c.figure?.text ?? ''}" = ${c.figure ? formatInterval(c.figure.interval, c.figure.unit) : ''}  [${frame}]\n      ${chain}  score ${c.checkWorthiness.score.toFixed(2)}${hedges}`;
}

function printReadable(analysis: AnalysisDocument, disputes: readonly ComputedDispute[], all: boolean): void {
  for (const doc of analysis.documents) {
    const claims = analysis.claims.filter((c) => c.documentId === doc.id);
    const figures = claims.filter((c) => c.kind === 'quantity');
    console.log(`\n${doc.source ?? doc.id} — ${doc.outlet}, ${doc.publishedDate ?? 'date unknown'}${doc.publishedApproximate ? ' (approx.)' : ''}`);
    console.log(`  ${claims.length} claims: ${figures.length} figures, ${claims.length - figures.length} events and statements`);
    for (const c of figures) console.log(claimLine(c));
    if (all) for (const c of claims.filter((x) => x.kind !== 'quantity')) console.log(`  ${c.kind}: ${c.text}  (${c.attribution.chain.map((l) => l.name).join(' ← ')})`);
  }
  if (disputes.length > 0) {
    console.log(`\n${disputes.length} disputes, most severe first:`);
    for (const d of disputes) console.log(`  [${d.relations.map((r) => r.kind).join(', ')}] ${d.metric.replace(/_/g, ' ')} · ${d.subject ?? 'anyone'}${d.place ? ` · ${d.place}` : ''}: ${d.valueSummary.text}`);
  }
  console.log(`\n${analysis.summary.documents} documents, ${analysis.summary.claims} claims (${analysis.summary.byKind.quantity} figures). Use --json for the full analysis document.`);
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('extract claims, figures and sources from .txt, .md and .html articles without touching the database')
    .option('--manifest <file>', "a manifest.json with metadata per file (a folder's own manifest.json is used automatically)")
    .option('--lexicon <file>', 'a JSON lexicon override for this case (extra metrics, subjects, places, sources, hedges)')
    .option('--json', 'print the versioned analysis document (schema in packages/claim-model/README.md)')
    .option('--all', 'also list event and statement claims')
    .argument('<paths...>', 'files and folders to analyse')
    .action(
      action(async (paths: string[], options: AnalyzeOptions) => {
        const lexicon = await loadLexicon(options.lexicon ? fromUserCwd(options.lexicon) : undefined);
        const { docs, problems } = await loadDocuments(paths, options.manifest);
        for (const p of problems) console.error(`warning: ${p}`);
        if (docs.length === 0) throw new CliError('No readable .txt, .md or .html article was found in the given paths.');
        let disputes: ComputedDispute[] = [];
        const analysis = buildAnalysis(docs, {
          lexicon,
          disputes: (claims) => {
            disputes = groupClaims(claims, { lexicon, documents: docs });
            return disputes;
          },
        });
        if (options.json) process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
        else printReadable(analysis, disputes, options.all === true);
      }),
    );
}
