export { parseFigures, FIGURE_KINDS, COUNTABLE_KINDS, type FigureKind, type ParsedFigure, type ConvertedAmount, type ParseFiguresOptions } from './parse-figures';
