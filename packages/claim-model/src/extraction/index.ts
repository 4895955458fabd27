export { parseFigures, FIGURE_KINDS, COUNTABLE_KINDS, type FigureKind, type ParsedFigure, type ConvertedAmount, type ParseFiguresOptions } from './parse-figures';
export { extractClaims, type ExtractOptions } from './extract-claims';
export { segmentDocument, type Block, type Sentence, BLOCK_ROLES, type BlockRole } from './segment';
export { isBoilerplate } from './boilerplate';
export { fnv1a, stableId, documentScopedId } from './hash';
