import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { exportReport, findCase, streamReportPdf } from '@claimdesk/api/use-cases';
import { REPORT_FORMATS, type ReportFormat } from '@claimdesk/claim-model/report';
import { getDb } from '@claimdesk/db';
import { action, CliError } from '../fail';
import { fromUserCwd } from '../paths';

interface ExportOptions {
  case: string;
  format: string;
  asOf?: string;
  out?: string;
  excludeOpen?: boolean;
  metric: string[];
  reportUrl?: string;
  publisher?: string;
}

const isFormat = (value: string): value is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(value);

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export the verified summary report of a case (to stdout, or to a file with --out)')
    .requiredOption('--case <name-or-id>', 'the case to report on')
    .requiredOption('--format <format>', `one of ${REPORT_FORMATS.join(', ')}`)
    .option('--as-of <ISO>', 'report as of this moment (ISO date or timestamp); default: now')
    .option('--out <file>', 'write to this file instead of stdout (needed for pdf)')
    .option('--exclude-open', 'leave open disputes out')
    .option(
      '--metric <metric>',
      'only this metric, e.g. deaths (repeatable)',
      (value: string, list: string[]) => [...list, value],
      [],
    )
    .option('--report-url <url>', 'public address of the report, for ClaimReview links')
    .option('--publisher <name>', 'the organisation publishing the report, for ClaimReview')
    .action(
      action(async (options: ExportOptions) => {
        if (!isFormat(options.format))
          throw new CliError(`Unknown format "${options.format}": use one of ${REPORT_FORMATS.join(', ')}.`);
        if (options.format === 'pdf' && !options.out)
          throw new CliError('A PDF is binary: give a file with --out report.pdf.');
        const db = getDb();
        const ctx = { db, actor: COMMAND_LINE_ACTOR };
        const theCase = findCase(ctx, options.case);
        const input = {
          caseId: theCase.id,
          asOf: options.asOf,
          includeOpen: !options.excludeOpen,
          metrics: options.metric.length > 0 ? options.metric : undefined,
          reportUrl: options.reportUrl,
          publisher: options.publisher,
        };
        if (options.format === 'pdf' && options.out) {
          // Written page by page: a report of thousands of disputes never sits in memory as one file.
          const pdf = streamReportPdf(ctx, input);
          const path = fromUserCwd(options.out);
          const { pages } = await pdf.writeTo(createWriteStream(path));
          console.error(`wrote ${path} (${pdf.mimeType}, ${pages} pages)`);
          return;
        }
        const file = await exportReport(ctx, { ...input, format: options.format });
        const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content;
        if (!options.out) {
          process.stdout.write(bytes);
          return;
        }
        const path = fromUserCwd(options.out);
        await writeFile(path, bytes);
        console.error(`wrote ${path} (${file.mimeType}, ${Buffer.byteLength(bytes)} bytes)`);
      }),
    );
}
