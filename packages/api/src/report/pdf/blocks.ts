import type { PageFrame } from './page-frame';
import type { Line, Piece } from './text';
import { CONTENT_WIDTH, COLOURS, PAGE, STYLES, lineHeight, type TextStyle } from './theme';

/** Lines of pieces laid out across the text column (or a narrower box). */
export function linesOf(frame: PageFrame, pieces: readonly Piece[], width = CONTENT_WIDTH): Line[] {
  return frame.measure.layout(pieces, width);
}

export function heightOf(lines: readonly Line[]): number {
  return lines.reduce((h, l) => h + l.height, 0);
}

/**
 * Draws lines at the cursor, breaking to a new page between lines when needed. `keep` lines stay together at the
 * start (a heading and what follows it); a paragraph never leaves a single line at the bottom of a page.
 */
export function drawLines(frame: PageFrame, lines: readonly Line[], x: number = PAGE.left, keep = 2): void {
  frame.ensure(heightOf(lines.slice(0, keep)));
  lines.forEach((line, i) => {
    if (i > 0 && line.height > frame.room) frame.newPage();
    frame.line(line, x, frame.y);
    frame.y += line.height;
  });
}

export function paragraph(frame: PageFrame, text: string, style: TextStyle, space = 6, x: number = PAGE.left): void {
  const lines = linesOf(frame, [{ text, style }], PAGE.width - PAGE.right - x);
  drawLines(frame, lines, x);
  frame.y += space;
}

/**
 * A section heading with its rule. It moves to the next page unless `next` points of what follows fit below it,
 * so a heading is never left alone at the bottom of a page.
 */
export function sectionHeading(frame: PageFrame, title: string, next: number): void {
  const style = STYLES.h2;
  const height = 18 + lineHeight(style) + 6;
  frame.section = title;
  frame.pdf.outline.addItem(title);
  if (!frame.atTop) frame.ensure(height + next);
  if (!frame.atTop) frame.y += 18;
  frame.text(title, style, PAGE.left, frame.y);
  frame.y += lineHeight(style) + 3;
  frame.rule(PAGE.left, PAGE.width - PAGE.right, frame.y, 1.6, COLOURS.ink);
  frame.y += 8;
}

/** A verdict label in an outlined box, e.g. CONFIRMED in green. Returns its width. */
export function badge(frame: PageFrame, label: string, colour: string, x: number, top: number): number {
  const style = { ...STYLES.badge, color: colour };
  const width = frame.measure.width(label, style) + 10;
  const height = style.size + 6;
  frame.pdf.save().lineWidth(1).strokeColor(colour).rect(x, top, width, height).stroke().restore();
  frame.text(label, style, x + 5, top + 3 - (lineHeight(style) - style.size) / 2);
  return width;
}
