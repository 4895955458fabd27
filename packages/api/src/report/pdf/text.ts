import type PDFDocument from 'pdfkit';
import type { ShapedFont, Word } from './glyphs';
import { lineHeight, type FontName, type TextStyle } from './theme';

/** One laid-out line of text, ready to draw: `tj` is its TJ operand, shaped once while wrapping. */
export interface Line {
  text: string;
  tj: string;
  style: TextStyle;
  height: number;
  link?: string;
}

/** A run of text to lay out in a box: wrapped into lines of one style. */
export interface Piece {
  text: string;
  style: TextStyle;
  link?: string | null;
  /** Extra space above the piece, in points. */
  gapBefore?: number;
}

export type PdfDocument = InstanceType<typeof PDFDocument>;

const IRREGULAR_SPACE = /\s\s|[^\S ]/;

interface Wrapped {
  text: string;
  words: Word[];
}

/**
 * Measures and wraps text with the document's fonts. Lines break at spaces; a word wider than the box (a URL) breaks
 * between characters. Whitespace runs collapse to one space, as in HTML.
 */
export class TextMeasure {
  constructor(private readonly fonts: ReadonlyMap<FontName, ShapedFont>) {}

  font(name: FontName): ShapedFont {
    const font = this.fonts.get(name);
    if (font === undefined) throw new Error(`Font ${name} is not loaded.`);
    return font;
  }

  /** Width in points of one line of text. */
  width(text: string, style: TextStyle): number {
    const shown = style.upper ? text.toUpperCase() : text;
    const tracking = (style.tracking ?? 0) * Math.max(0, shown.length - 1);
    return this.font(style.font).width(shown) * style.size + tracking;
  }

  /** Lines of `text` no wider than `width`. Empty text gives no lines. */
  wrap(text: string, style: TextStyle, width: number): string[] {
    return this.wrapWords(text, style, width).map((l) => l.text);
  }

  /** Lays out pieces stacked in a box of `width`: their lines, in order, with each piece's gap on its first line. */
  layout(pieces: readonly Piece[], width: number): Line[] {
    const out: Line[] = [];
    for (const piece of pieces) {
      const font = this.font(piece.style.font);
      const height = lineHeight(piece.style);
      const lines = this.wrapWords(piece.text, piece.style, width);
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === undefined) continue;
        const laid: Line = {
          text: line.text,
          tj: font.operand(line.words),
          style: piece.style,
          height: i === 0 ? height + (piece.gapBefore ?? 0) : height,
        };
        if (piece.link) laid.link = piece.link;
        out.push(laid);
      }
    }
    return out;
  }

  private wrapWords(text: string, style: TextStyle, width: number): Wrapped[] {
    const font = this.font(style.font);
    const size = style.size / 1000;
    const tracking = style.tracking ?? 0;
    const shown = style.upper ? text.toUpperCase() : text;
    const space = font.word(' ').width * size + tracking;
    const lines: Wrapped[] = [];
    let line = '';
    let words: Word[] = [];
    let used = 0;
    // Most text is single-spaced: splitting on a space is much cheaper than on a pattern.
    const tokens = IRREGULAR_SPACE.test(shown) ? shown.split(/\s+/) : shown.split(' ');
    for (const token of tokens) {
      if (token === '') continue;
      const word = font.word(token);
      const w = word.width * size + tracking * (token.length - 1);
      if (line !== '' && used + space + w <= width) {
        line += ` ${token}`;
        words.push(word);
        used += space + w;
        continue;
      }
      if (line !== '') lines.push({ text: line, words });
      if (w <= width) {
        line = token;
        words = [word];
        used = w;
        continue;
      }
      const pieces = this.breakWord(token, style, width);
      for (const piece of pieces.slice(0, -1)) lines.push({ text: piece, words: [font.word(piece)] });
      line = pieces[pieces.length - 1] ?? '';
      words = [font.word(line)];
      used = this.width(line, style);
    }
    if (line !== '') lines.push({ text: line, words });
    return lines;
  }

  private breakWord(word: string, style: TextStyle, width: number): string[] {
    const out: string[] = [];
    let current = '';
    let used = 0;
    for (const char of word) {
      // Kerning between the broken characters is ignored: a few hundredths of a point per pair.
      const w = this.width(char, style) + (style.tracking ?? 0);
      if (current !== '' && used + w > width) {
        out.push(current);
        current = '';
        used = 0;
      }
      current += char;
      used += w;
    }
    out.push(current);
    return out;
  }
}
