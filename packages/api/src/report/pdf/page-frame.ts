import { deflateSync } from 'node:zlib';
import { shapedFonts } from './glyphs';
import { TextMeasure, type Line, type PdfDocument } from './text';
import { COLOURS, PAGE, STYLES, lineHeight, type FontName, type TextStyle } from './theme';

/** A pdfkit stream object not yet written out. */
interface PendingStream {
  buffer: Uint8Array[];
  compress: boolean;
  data: Record<string, unknown>;
}

export interface FrameOptions {
  /** Left of the running header, e.g. the case name. */
  headerLeft: string;
  /** Left of the running footer, e.g. "Verified summary as of 9 Jan 2022". */
  footerLeft: string;
}

const FONTS: readonly FontName[] = ['serif', 'serif-italic', 'serif-bold', 'sans', 'sans-bold'];
const FOOTER_BASELINE = 30; // points above the bottom edge
const HEADER_TOP = 30;

/**
 * The page being written: a cursor running down between the running header and footer, page breaks on demand, and
 * "Page N of M" in every footer. Pages are written out as soon as the next one starts (no page buffering), so M is
 * not known while a page is drawn: each footer shows a small form object whose content is written at the end.
 * Text and rules are written as PDF operators directly (see glyphs.ts); shapes go through pdfkit.
 */
export class PageFrame {
  readonly measure: TextMeasure;
  y: number = PAGE.top;
  pageNumber = 0;
  /** The section a page starts in, for the running header. */
  section = '';
  private fill: string | null = null;
  private fontsOnPage = new Set<string>();
  /** Operators drawn since the last flush: a page's text goes to pdfkit in a few large writes, not one per line. */
  private ops: string[] = [];
  private readonly pageCounts: PDFKit.PDFKitReference[] = [];

  constructor(
    private readonly doc: PdfDocument,
    private readonly options: FrameOptions,
  ) {
    this.measure = new TextMeasure(shapedFonts(doc, FONTS));
  }

  /** pdfkit's document, for shapes and outlines; what the frame drew so far is written first, to keep the order. */
  get pdf(): PdfDocument {
    this.flush();
    return this.doc;
  }

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  /** Space left on this page, in points. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** The height a fresh page offers. */
  get pageRoom(): number {
    return this.bottom - PAGE.top;
  }

  get atTop(): boolean {
    return this.y <= PAGE.top + 0.5;
  }

  newPage(): void {
    this.endPage();
    const previous = this.pageNumber > 0 ? this.doc.page : null;
    this.doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    // addPage has written the previous page out; the page tree keeps only its object number (its data would hold
    // every link annotation of the report in memory until the end).
    if (previous !== null) (previous.dictionary as unknown as { data: object }).data = {};
    this.pageNumber += 1;
    this.fill = null;
    this.fontsOnPage = new Set();
    this.y = PAGE.top;
    this.runningHeader();
    this.runningFooter();
  }

  /** Starts a new page unless `height` fits below the cursor (or the cursor is already at the top of a page). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atTop) this.newPage();
  }

  /** Draws one line of a laid-out block with its top at `y` (a gap above the line is part of its height). */
  line(line: Line, x: number, y: number): void {
    const top = y + (line.height - lineHeight(line.style));
    this.operand(line.tj, line.style, x, baselineOf(line.style, top));
    if (line.link) this.doc.link(x, top, this.measure.width(line.text, line.style), lineHeight(line.style), line.link);
  }

  /** Draws one line of text with the top of its line box at `top`. */
  text(text: string, style: TextStyle, x: number, top: number, link?: string): void {
    this.textAt(text, style, x, baselineOf(style, top));
    if (link) {
      this.doc.link(x, top, this.measure.width(text, style), lineHeight(style), link);
    }
  }

  /** Draws one line of text on a baseline. pdfkit's space is flipped (y down), so the text matrix flips it back. */
  textAt(text: string, style: TextStyle, x: number, baseline: number): void {
    const shown = style.upper ? text.toUpperCase() : text;
    this.operand(this.measure.font(style.font).tj(shown), style, x, baseline);
  }

  private operand(tj: string, style: TextStyle, x: number, baseline: number): void {
    const font = this.measure.font(style.font).font;
    if (!this.fontsOnPage.has(font.id)) {
      (this.doc.page.fonts as Record<string, PDFKit.PDFKitReference>)[font.id] = font.ref();
      this.fontsOnPage.add(font.id);
    }
    this.setFill(style.color);
    const tracking = style.tracking ? `${style.tracking} Tc ` : '';
    this.ops.push(
      `BT /${font.id} ${style.size} Tf ${tracking}1 0 0 -1 ${n(x)} ${n(baseline)} Tm ${tj} TJ${tracking ? ' 0 Tc' : ''} ET`,
    );
  }

  setFill(colour: string): void {
    if (this.fill === colour) return;
    this.ops.push(`${rgb(colour)} rg`);
    this.fill = colour;
  }

  rule(x1: number, x2: number, y: number, width = 0.6, colour: string = COLOURS.rule): void {
    this.ops.push(`q ${width} w ${rgb(colour)} RG ${n(x1)} ${n(y)} m ${n(x2)} ${n(y)} l S Q`);
  }

  flush(): void {
    if (this.ops.length === 0) return;
    // Written as bytes: pdfkit would otherwise convert the string character by character.
    this.doc.page.write(Buffer.from(`${this.ops.join('\n')}\n`, 'latin1'));
    this.ops = [];
  }

  /** Writes the page counts into every footer; call once, after the last page, before ending the document. */
  finish(): void {
    this.endPage();
    const style = STYLES.running;
    const shaped = this.measure.font(style.font);
    const total = this.pageNumber;
    this.pageCounts.forEach((form, i) => {
      const label = `Page ${i + 1} of ${total}`;
      const x = PAGE.width - PAGE.right - this.measure.width(label, style);
      (form.data as Record<string, unknown>).Resources = { Font: { [shaped.font.id]: shaped.font.ref() } };
      form.end(
        `BT /${shaped.font.id} ${style.size} Tf ${rgb(style.color)} rg 1 0 0 1 ${n(x)} ${FOOTER_BASELINE} Tm ${shaped.tj(label)} TJ ET`,
      );
    });
  }

  /**
   * Compresses the page's content at a faster level than pdfkit's (which deflates every stream at level 6): on a
   * report of thousands of pages that halves the time spent compressing, for a file about a tenth larger.
   * Relies on pdfkit 0.20's stream object (pinned): its chunks in `buffer`, `compress` and `data` as it writes them.
   */
  private endPage(): void {
    if (this.pageNumber === 0) return;
    const content = this.doc.page.content as unknown as PendingStream;
    if (!Array.isArray(content.buffer)) {
      this.flush();
      return;
    }
    // pdfkit's own chunks (the page's first transform, shapes) and the frame's pending text, in one buffer.
    const text = this.ops.length > 0 ? `${this.ops.join('\n')}\n` : '';
    this.ops = [];
    const size = content.buffer.reduce((n, chunk) => n + chunk.length, 0);
    const page = Buffer.allocUnsafe(size + text.length);
    let offset = 0;
    for (const chunk of content.buffer) {
      page.set(chunk, offset);
      offset += chunk.length;
    }
    page.write(text, offset, 'latin1');
    const deflated = deflateSync(page, { level: 3 });
    content.buffer = [deflated];
    content.compress = false;
    content.data.Filter = 'FlateDecode';
    content.data.Length = deflated.length;
  }

  private runningHeader(): void {
    if (this.pageNumber === 1) return;
    const style = STYLES.running;
    this.text(this.options.headerLeft, style, PAGE.left, HEADER_TOP);
    if (this.section !== '') {
      const w = this.measure.width(this.section, style);
      this.text(this.section, style, PAGE.width - PAGE.right - w, HEADER_TOP);
    }
    this.rule(PAGE.left, PAGE.width - PAGE.right, HEADER_TOP + lineHeight(style) + 3);
  }

  private runningFooter(): void {
    const style = STYLES.running;
    const baseline = PAGE.height - FOOTER_BASELINE;
    this.rule(PAGE.left, PAGE.width - PAGE.right, baseline - style.size - 6);
    this.textAt(this.options.footerLeft, style, PAGE.left, baseline);
    // The form's resources are filled in by finish(); the page only refers to it.
    const form = this.doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, PAGE.width, PAGE.height] });
    // A few dozen bytes: compressing each costs more than it saves.
    form.compress = false;
    const name = `Pn${this.pageNumber}`;
    (this.doc.page.xobjects as Record<string, PDFKit.PDFKitReference>)[name] = form;
    // pdfkit draws in a flipped space (origin top left); the form is drawn in the PDF's own (origin bottom left).
    this.ops.push(`q 1 0 0 -1 0 ${PAGE.height} cm /${name} Do Q`);
    this.pageCounts.push(form);
  }
}

// Placed by baseline: the em box centred in the line box keeps mixed sizes and fonts aligned.
function baselineOf(style: TextStyle, top: number): number {
  return top + (lineHeight(style) - style.size) / 2 + style.size * 0.8;
}

// Two decimals keep the content streams short and the same on every run.
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const RGB = new Map<string, string>();

function rgb(hex: string): string {
  let known = RGB.get(hex);
  if (known === undefined) {
    const v = Number.parseInt(hex.slice(1), 16);
    known = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => String(Math.round((c / 255) * 1000) / 1000)).join(' ');
    RGB.set(hex, known);
  }
  return known;
}
