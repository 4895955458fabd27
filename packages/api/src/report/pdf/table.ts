import type { PageFrame } from './page-frame';
import type { Line, Piece } from './text';
import { COLOURS, PAGE, STYLES, lineHeight } from './theme';

export interface Column {
  header: string;
  /** Share of the table's width; the shares of a table add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

/** A cell: pieces of text stacked top to bottom. */
export type Cell = readonly Piece[];

interface RowLayout {
  cells: Line[][];
  height: number;
}

const PAD_X = 4;
const PAD_Y = 3.5;

/**
 * A table drawn row by row as the rows come (the rows of a large report are never all held at once). A row never
 * splits across pages unless it alone is taller than a page; the header row repeats at the top of every page the
 * table continues on.
 */
export class Table {
  private readonly widths: number[];
  private readonly headerCells: Line[][];
  private readonly headerHeight: number;
  private started = false;
  /** The last row laid out by startHeight, reused when that row is drawn. */
  private measured: { cells: readonly Cell[]; layout: RowLayout } | null = null;

  constructor(
    private readonly frame: PageFrame,
    private readonly columns: readonly Column[],
    private readonly width: number,
    private readonly x: number = PAGE.left,
  ) {
    this.widths = columns.map((c) => c.share * width);
    const header = this.layout(columns.map((c) => [{ text: c.header, style: STYLES.th }]));
    this.headerCells = header.cells;
    this.headerHeight = header.height;
  }

  /** The height the table needs on the page where it starts: its header and first row. */
  startHeight(firstRow: readonly Cell[] | undefined): number {
    let first = 0;
    if (firstRow !== undefined) {
      const layout = this.layout(firstRow);
      this.measured = { cells: firstRow, layout };
      first = layout.height;
    }
    return Math.min(this.headerHeight + first, this.frame.pageRoom);
  }

  row(cells: readonly Cell[]): void {
    const row = this.measured?.cells === cells ? this.measured.layout : this.layout(cells);
    this.measured = null;
    if (!this.started) {
      this.frame.ensure(Math.min(this.headerHeight + row.height, this.frame.pageRoom));
      this.header();
      this.started = true;
    } else if (row.height > this.frame.room && row.height <= this.frame.pageRoom - this.headerHeight) {
      this.continueOnNewPage();
    }
    if (row.height <= this.frame.room) {
      this.draw(row.cells, row.height);
      return;
    }
    this.drawSplit(row.cells);
  }

  /** Ends the table with a little space below it. */
  end(space = 8): void {
    if (this.started) this.frame.y += space;
  }

  private continueOnNewPage(): void {
    this.frame.newPage();
    this.header();
  }

  private header(): void {
    const frame = this.frame;
    this.drawCells(this.headerCells, frame.y);
    frame.y += this.headerHeight;
    frame.rule(this.x, this.x + this.width, frame.y - 0.5, 1, COLOURS.ink);
  }

  private draw(cells: Line[][], height: number): void {
    const frame = this.frame;
    this.drawCells(cells, frame.y);
    frame.y += height;
    frame.rule(this.x, this.x + this.width, frame.y - 0.3, 0.5);
  }

  // Only for a row taller than a whole page: its lines run on over as many pages as they need.
  private drawSplit(cells: Line[][]): void {
    let rest = cells;
    while (rest.some((lines) => lines.length > 0)) {
      const firstLine = Math.max(...rest.map((lines) => lines[0]?.height ?? 0));
      if (this.frame.room < firstLine + 2 * PAD_Y) this.continueOnNewPage();
      const room = this.frame.room - 2 * PAD_Y;
      const now = rest.map((lines) => takeLines(lines, room));
      const height = Math.max(...now.map(sumHeights)) + 2 * PAD_Y;
      this.draw(now, height);
      rest = rest.map((lines, i) => lines.slice(now[i]?.length ?? 0));
      if (rest.some((lines) => lines.length > 0)) this.continueOnNewPage();
    }
  }

  private drawCells(cells: Line[][], top: number): void {
    let x = this.x;
    cells.forEach((lines, i) => {
      const width = this.widths[i] ?? 0;
      const right = this.columns[i]?.align === 'right';
      let y = top + PAD_Y;
      for (const line of lines) {
        const lx = right ? x + width - PAD_X - this.frame.measure.width(line.text, line.style) : x + PAD_X;
        this.frame.line(line, lx, y);
        y += line.height;
      }
      x += width;
    });
  }

  private layout(cells: readonly Cell[]): RowLayout {
    const laid = cells.map((cell, i) => this.frame.measure.layout(cell, (this.widths[i] ?? 0) - 2 * PAD_X));
    return { cells: laid, height: Math.max(lineHeight(STYLES.cell), ...laid.map(sumHeights)) + 2 * PAD_Y };
  }
}

function sumHeights(lines: readonly Line[]): number {
  return lines.reduce((h, l) => h + l.height, 0);
}

function takeLines(lines: readonly Line[], room: number): Line[] {
  const out: Line[] = [];
  let used = 0;
  for (const line of lines) {
    if (out.length > 0 && used + line.height > room) break;
    out.push(line);
    used += line.height;
  }
  return out;
}
