import { describe, expect, it } from 'vitest';
import type { DocumentInput } from '../../src/claim';
import { extractClaims } from '../../src/extraction';
import { BOUNDS } from './figure-table/bounds';
import { HELD_OUT } from './figure-table/held-out';
import { NOT_FIGURES } from './figure-table/not-figures';
import { NUMBER_WORDS } from './figure-table/number-words';
import { PROPORTIONS } from './figure-table/proportions';
import type { ExpectedFigure, Row } from './figure-table/rows';
import { SCALES_AND_UNITS } from './figure-table/scales-and-units';
import { SIGNS_AND_SEPARATORS } from './figure-table/signs-and-separators';
import { VAGUE_COUNTS } from './figure-table/vague-counts';

// Sentences written for this table in the style of news on many kinds of events, one phrasing a row: what a
// claim is made of (the figure's words, interval, unit and kind) must be what the sentence said. Rows with no
// figure are must-not-extract rows.
const CLASSES: ReadonlyArray<readonly [string, readonly Row[]]> = [
  ['lower and upper bounds', BOUNDS],
  ['number words and scales', NUMBER_WORDS],
  ['glued suffixes, currencies and units', SCALES_AND_UNITS],
  ['proportions and ratios', PROPORTIONS],
  ['signs, decimals and separators', SIGNS_AND_SEPARATORS],
  ['phone numbers, identifiers, scores, pages, dates', NOT_FIGURES],
  ['vague counts and plural role nouns', VAGUE_COUNTS],
  ['held out: written after the reader, all classes mixed', HELD_OUT],
];

const doc = (text: string): DocumentInput => ({
  id: 'table',
  text: `Report\n\n${text}\n`,
  outlet: 'Example News',
  publishedDate: '2024-05-10',
  publishedApproximate: false,
});

function figuresOf(sentence: string): ExpectedFigure[] {
  return extractClaims(doc(sentence)).flatMap((c) =>
    c.figure ? [{ text: c.figure.text, low: c.figure.interval.low, high: c.figure.interval.high, unit: c.figure.unit, kind: c.figure.kind ?? 'count' }] : [],
  );
}

describe('the figure reader, one phrasing a row', () => {
  it('holds at least 400 rows, every class with rows that extract and rows that must not', () => {
    expect(CLASSES.reduce((n, [, rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(400);
    for (const [, rows] of CLASSES) {
      expect(rows.some((r) => r.length > 1)).toBe(true);
      expect(rows.some((r) => r.length === 1)).toBe(true);
    }
  });

  for (const [name, rows] of CLASSES) {
    describe(name, () => {
      it.each(rows.map((r) => [r[0], r.slice(1)] as const))('%s', (sentence, expected) => {
        expect(figuresOf(sentence)).toEqual(expected);
      });
    });
  }
});
