import type { FigureValueKind } from '../../../src/vocabulary';

/** A figure a sentence must yield: the words as written, its interval (null = unbounded), unit and kind. */
export interface ExpectedFigure {
  text: string;
  low: number | null;
  high: number | null;
  unit: string;
  kind: FigureValueKind;
}

/** One phrasing: a sentence and every figure a claim is made of, in order; none for a must-not-extract row. */
export type Row = readonly [sentence: string, ...figures: ExpectedFigure[]];

export const count = (text: string, low: number | null, high: number | null = low): ExpectedFigure => ({ text, low, high, unit: 'count', kind: 'count' });
export const share = (text: string, low: number | null, high: number | null = low, unit = 'percent'): ExpectedFigure => ({ text, low, high, unit, kind: 'proportion' });
export const times = (text: string, low: number | null, high: number | null = low): ExpectedFigure => ({ text, low, high, unit: 'times', kind: 'ratio' });
export const money = (text: string, unit: string, low: number | null, high: number | null = low): ExpectedFigure => ({ text, low, high, unit, kind: 'money' });
export const measure = (text: string, unit: string, low: number | null, high: number | null = low): ExpectedFigure => ({ text, low, high, unit, kind: 'measure' });
