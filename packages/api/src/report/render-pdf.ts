import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
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
const MM = 72 / 25.4;

export interface PdfOptions {
  /** Running footer on every page, e.g. "Kazakhstan unrest, January 2022 · as of 9 Jan 2022". */
  footer: string;
  executablePath?: string;
}

/**
 * Prints the report's HTML to an A4 PDF with Chromium: the CSS paginates (rows never split, table heads repeat).
 * A large report comes as several HTML parts (`renderHtmlParts`), printed one after the other and joined; the page
 * numbers are stamped on the joined document so they run across parts. Scripts and network are off.
 */
export async function renderPdf(html: string | readonly string[], options: PdfOptions): Promise<Uint8Array> {
  const parts = typeof html === 'string' ? [html] : html;
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new DomainError(
      'RULE_VIOLATION',
      `PDF export needs Chromium at ${executablePath}, and it is not installed on this server. Install it (apt-get install chromium) or export HTML and print it from a browser.`,
    );
  }
  // A file loads far faster than setContent, which pushes the whole page through the DevTools protocol.
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-pdf-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const printed: Uint8Array[] = [];
    for (const [i, part] of parts.entries()) {
      const file = join(dir, `part-${i}.html`);
      await writeFile(file, part);
      // A fresh page per part lets Chromium drop the previous part's layout instead of holding every part at once.
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
        footerTemplate: `<div style="width:100%;font:7.5px Helvetica,Arial,'Liberation Sans',sans-serif;color:#666;padding:0 16mm"><span>${escapeTemplate(options.footer)}</span></div>`,
      });
      await page.close();
      printed.push(new Uint8Array(pdf));
      await rm(file, { force: true });
    }
    return await joinAndNumber(printed);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** One document from the parts, with "Page N of M" at the bottom right of every page. */
async function joinAndNumber(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const first = parts[0];
  if (first === undefined) throw new Error('Nothing to print.');
  const out = await PDFDocument.load(first);
  for (const part of parts.slice(1)) {
    const doc = await PDFDocument.load(part);
    for (const copied of await out.copyPages(doc, doc.getPageIndices())) out.addPage(copied);
  }
  const font = await out.embedFont(StandardFonts.Helvetica);
  const pages = out.getPages();
  const size = 5; // Matches the footer text Chromium draws on the left.
  pages.forEach((page, i) => {
    const label = `Page ${i + 1} of ${pages.length}`;
    const { width } = page.getSize();
    page.drawText(label, {
      x: width - 16 * MM - font.widthOfTextAtSize(label, size),
      y: 6 * MM,
      size,
      font,
      color: rgb(0.4, 0.4, 0.4),
    });
  });
  out.setProducer('Claimdesk');
  out.setCreator('Claimdesk verified summary report');
  // Fixed dates keep the file free of the moment it was printed (the report's own as-of is inside).
  out.setCreationDate(new Date(0));
  out.setModificationDate(new Date(0));
  return out.save();
}

function escapeTemplate(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
