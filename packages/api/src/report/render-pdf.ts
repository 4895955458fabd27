import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { DomainError } from '../errors';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that let Chromium run as root in a container without reaching the network (TOOLCHAIN.md). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A report of thousands of disputes takes a while to lay out on a busy server; give up after this long. */
const TIMEOUT_MS = 300_000;

export interface PdfOptions {
  /** Running footer on every page, e.g. "Kazakhstan unrest, January 2022 · as of 9 Jan 2022". */
  footer: string;
  executablePath?: string;
}

/**
 * Prints the report's HTML to an A4 PDF with Chromium: the CSS paginates (rows never split, table heads repeat),
 * the footer numbers the pages. Scripts and network are off: the HTML is self-contained.
 */
export async function renderPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new DomainError(
      'RULE_VIOLATION',
      `PDF export needs Chromium at ${executablePath}, and it is not installed on this server. Install it (apt-get install chromium) or export HTML and print it from a browser.`,
    );
  }
  // A file loads far faster than setContent, which pushes the whole page through the DevTools protocol.
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-pdf-'));
  const file = join(dir, 'report.html');
  await writeFile(file, html);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;font:7.5px Helvetica,Arial,'Liberation Sans',sans-serif;color:#666;padding:0 16mm;display:flex;justify-content:space-between"><span>${escapeTemplate(options.footer)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function escapeTemplate(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
