import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { COMMAND_LINE_ACTOR, importManifest, metadataFromManifest, type DocumentMetadataInput, type ImportManifest } from '@claimdesk/api';
import { sharedFilePreparerPool, startFilePreparerPool } from '@claimdesk/api/file-preparer-pool';
import { findCase, importDocuments, importUrls, type UrlImportReport } from '@claimdesk/api/use-cases';
import { getDb, startCheckpointTimer } from '@claimdesk/db';
import type { Lexicon } from '@claimdesk/claim-model/lexicon';
import { collectFiles } from '../collect-files';
import { action, CliError } from '../fail';
import { lowerOtherThreads } from '../lower-priority';
import { fromUserCwd } from '../paths';

interface ImportOptions {
  case: string;
  manifest?: string;
  title?: string;
  outlet?: string;
  sourceUrl?: string;
  url?: string[];
  date?: string;
  approximateDate?: boolean;
  language?: string;
}

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

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import .txt, .md and .html articles (files or folders), or pages by their address (--url), into a case; claims and disputes are extracted')
    .requiredOption('--case <name-or-id>', 'the case to import into')
    .option('--manifest <file>', 'a manifest.json with metadata per file (a folder\'s own manifest.json is used automatically)')
    .option('--title <title>', 'title (single file)')
    .option('--outlet <outlet>', 'outlet, for every file without manifest metadata')
    .option('--url <addresses...>', 'fetch these article pages (http/https) and import them, with their metadata from each page')
    .option('--source-url <url>', 'source URL (single file)')
    .option('--date <YYYY-MM-DD>', 'published date, for every file without manifest metadata')
    .option('--approximate-date', 'the published date is approximate')
    .option('--language <code>', 'language, e.g. en')
    .argument('[paths...]', 'files and folders to import')
    .action(
      action(async (paths: string[], options: ImportOptions) => {
        if (paths.length === 0 && !options.url?.length) throw new CliError('Give files or folders to import, or --url with the addresses of article pages.');
        // An importing connection: statement journals of bulk inserts stay in memory instead of temp files, and the
        // WAL is checkpointed every 2 s rather than after every commit (a large import commits hundreds of short
        // transactions; a checkpoint after each made it about a third slower).
        const db = getDb({ tempStoreInMemory: true, autoCheckpoint: false });
        startCheckpointTimer(db, 2000);
        const ctx = { db, actor: COMMAND_LINE_ACTOR };
        const theCase = findCase(ctx, options.case);
        if (options.url?.length) {
          const report = await importUrls(ctx, { caseId: theCase.id, urls: options.url }).finally(() => sharedFilePreparerPool().close());
          printUrlReport(report, theCase.name);
          if (report.rejected > 0) process.exitCode = 1;
          if (paths.length === 0) return;
        }
        const { files, manifests } = await collectFiles(paths.map(fromUserCwd));
        const manifestFiles = [...manifests, ...(options.manifest ? [fromUserCwd(options.manifest)] : [])];
        const byName = new Map<string, DocumentMetadataInput>();
        for (const m of manifestFiles) for (const entry of (await loadManifest(m)).documents) byName.set(entry.file, metadataFromManifest(entry));
        const flags: DocumentMetadataInput = {
          title: options.title,
          outlet: options.outlet,
          url: options.sourceUrl,
          publishedDate: options.date,
          publishedApproximate: options.approximateDate ?? false,
          language: options.language,
        };
        const readable = files.filter((f): f is Extract<typeof f, { file: unknown }> => 'file' in f);
        const unreadable = files.filter((f): f is Extract<typeof f, { error: string }> => 'error' in f);
        if (files.length === 0) throw new CliError('No files found at the given paths.');

        // A bulk import is background work: on a small machine the dashboard's requests should win the CPU, so
        // people keep working while it runs. All but the storing thread, which must not stall holding the lock.
        const bulk = readable.length >= 20;
        if (bulk) lowerOtherThreads();
        const bar = process.stdout.isTTY && readable.length >= 5 ? new SingleBar({ format: 'importing [{bar}] {value}/{total} files' }, Presets.shades_classic) : null;
        bar?.start(readable.length, 0);
        const report = await importDocuments(ctx, {
          caseId: theCase.id,
          items: readable.map((f) => ({ file: f.file, metadata: byName.get(basename(f.path)) ?? flags })),
          onProgress: (done) => bar?.update(done),
          // Always in worker threads, for the time limit per file (a hostile HTML page cannot hang the command); many
          // files get every core but one. Started after lowering the priority, so they inherit it.
          startPreparer: (lexicon: Lexicon) => {
            const pool = startFilePreparerPool(bulk ? {} : { threads: 1 });
            const preparer = pool.forImport(lexicon);
            return { prepare: preparer.prepare, close: () => pool.close() };
          },
        });
        bar?.stop();

        for (const [i, r] of report.results.entries()) {
          const path = readable[i]?.path ?? r.name;
          if (r.status === 'imported') console.log(`imported   ${path} — "${r.title}" (${r.claimCount} claims, ${r.disputeCount} disputes updated)`);
          else if (r.status === 'duplicate') console.log(`duplicate  ${path} — same text as "${r.title}", nothing changed`);
          else console.log(`rejected   ${path} — ${r.reason}`);
        }
        for (const u of unreadable) console.log(`rejected   ${u.path} — ${u.error}`);
        const rejected = report.rejected + unreadable.length;
        console.log(`\n${report.imported} imported, ${report.duplicates} duplicate, ${rejected} rejected into "${theCase.name}".`);
        if (rejected > 0) process.exitCode = 1;
      }),
    );
}

function printUrlReport(report: UrlImportReport, caseName: string): void {
  for (const r of report.results) {
    if (r.status === 'imported' || r.status === 'revision') {
      const what = r.status === 'revision' ? `revision ${r.revision} of` : 'imported  ';
      console.log(`${what} ${r.url} — "${r.title}", ${r.outlet}${r.publishedDate ? `, ${r.publishedDate}` : ''} (${r.claimCount} claims, ${r.disputeCount} disputes updated)`);
    } else if (r.status === 'duplicate') console.log(`duplicate  ${r.url} — the same article as "${r.title}", nothing changed`);
    else if (r.status === 'skipped') console.log(`skipped    ${r.url} — ${r.reason}`);
    else console.log(`rejected   ${r.url} — ${r.reason}`);
  }
  console.log(`\n${report.imported} imported, ${report.revisions} revised, ${report.duplicates} duplicate, ${report.rejected} rejected into "${caseName}".`);
}
