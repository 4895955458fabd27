import { fontFile } from './fonts';
import type { PdfDocument } from './text';
import type { FontName } from './theme';

/** The parts of pdfkit's embedded font used here; pdfkit does not type them. */
export interface EmbeddedFont {
  id: string;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): PDFKit.PDFKitReference;
}

interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
}

/** A shaped word: its glyphs as a TJ array fragment (with kerning) and its width in 1/1000 em. */
export interface Word {
  tj: string;
  width: number;
  /** The glyph bytes when the word has no kerning inside, so words can be joined into one string. */
  bytes: string | null;
}

/**
 * Tokens with digits or slashes (figures, dates, addresses) are mostly unique, and shaping each costs far more than
 * drawing it: they are set glyph by glyph, without kerning, which figures do not need (their digits are tabular).
 */
const SET_BY_CHARACTER = /[0-9/]/;

const MAX_CACHED_WORDS = 100_000;

/**
 * Words shaped once per font (kerning and ligatures by fontkit, through pdfkit's font) and kept as ready-made PDF
 * text operands. pdfkit's text() shapes and re-joins every line it draws; a report of thousands of pages repeats
 * the same few thousand words, so drawing from this cache is several times faster. Glyph ids are written as
 * literal byte strings, half the size of pdfkit's hex strings, which halves the content to compress.
 */
export class ShapedFont {
  private readonly words = new Map<string, Word>();
  private readonly space: Word;

  constructor(readonly font: EmbeddedFont) {
    this.space = this.shape(' ');
  }

  /** Width of a line of text at 1 pt, words joined by single spaces. */
  width(text: string): number {
    const words = text.split(' ');
    let width = this.space.width * (words.length - 1);
    for (const word of words) if (word !== '') width += this.word(word).width;
    return width / 1000;
  }

  /** The operand of a TJ operator drawing the line: `[(..) -15 (..)]`. */
  tj(text: string): string {
    return this.operand(text.split(' ').filter((w) => w !== '').map((w) => this.word(w)));
  }

  /** The TJ operand of shaped words joined by spaces; runs without kerning become one string. */
  operand(words: readonly Word[]): string {
    const parts: string[] = [];
    let bytes = '';
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word === undefined) continue;
      if (i > 0 && this.space.bytes !== null) bytes += this.space.bytes;
      else if (i > 0) {
        if (bytes !== '') parts.push(literal(bytes));
        bytes = '';
        parts.push(this.space.tj);
      }
      if (word.bytes !== null) {
        bytes += word.bytes;
        continue;
      }
      if (bytes !== '') parts.push(literal(bytes));
      bytes = '';
      parts.push(word.tj);
    }
    if (bytes !== '') parts.push(literal(bytes));
    return `[${parts.join(' ')}]`;
  }

  /** The word shaped (from the cache when seen before). */
  word(text: string): Word {
    const known = this.words.get(text);
    if (known !== undefined) return known;
    const word = text.length > 1 && SET_BY_CHARACTER.test(text) ? this.byCharacter(text) : this.shape(text);
    if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
    this.words.set(text, word);
    return word;
  }

  private byCharacter(text: string): Word {
    const glyphs: Word[] = [];
    for (const char of text) glyphs.push(this.word(char));
    return joined(glyphs);
  }

  // As pdfkit's own text drawing does: glyph ids, and a kerning adjustment after a glyph whose advance differs.
  private shape(text: string): Word {
    const [glyphs, positions] = this.font.encode(text);
    return joined(
      glyphs.map((hex, i) => {
        const position = positions[i];
        const bytes = String.fromCharCode(Number.parseInt(hex.slice(0, 2), 16), Number.parseInt(hex.slice(2, 4), 16));
        if (position === undefined) return { tj: literal(bytes), width: 0, bytes };
        const kern = position.xAdvance - position.advanceWidth;
        return Math.abs(kern) > 0.001
          ? { tj: `${literal(bytes)} ${(-kern).toFixed(1)}`, width: position.xAdvance, bytes: null }
          : { tj: literal(bytes), width: position.xAdvance, bytes };
      }),
    );
  }
}

function joined(glyphs: readonly Word[]): Word {
  const parts: string[] = [];
  let bytes = '';
  let width = 0;
  for (const glyph of glyphs) {
    width += glyph.width;
    if (glyph.bytes !== null) {
      bytes += glyph.bytes;
      continue;
    }
    if (bytes !== '') parts.push(literal(bytes));
    bytes = '';
    parts.push(glyph.tj);
  }
  const plain = parts.length === 0;
  if (bytes !== '') parts.push(literal(bytes));
  return { tj: parts.join(' '), width, bytes: plain ? bytes : null };
}

/** A PDF literal string of raw bytes: backslash, parentheses and line ends escaped (readers rewrite bare CR/LF). */
function literal(bytes: string): string {
  return `(${bytes.replace(/[\\()\r\n]/g, (c) => (c === '\r' ? '\\r' : c === '\n' ? '\\n' : `\\${c}`))})`;
}

/** Opens the report's fonts in the document once, each under its file name (see fontFile). */
export function shapedFonts(doc: PdfDocument, names: readonly FontName[]): Map<FontName, ShapedFont> {
  const out = new Map<FontName, ShapedFont>();
  for (const name of names) {
    doc.font(fontFile(name));
    out.set(name, new ShapedFont((doc as unknown as { _font: EmbeddedFont })._font));
  }
  return out;
}
