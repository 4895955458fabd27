import type { Span } from '../claim';
import { isBoilerplate } from './boilerplate';
import { splitCount } from './char-class';

export const BLOCK_ROLES = ['headline', 'heading', 'body'] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

/** A non-empty line of the document: a headline, a heading or a paragraph. */
export interface Block {
  index: number;
  span: Span;
  role: BlockRole;
  boilerplate: boolean;
}

export interface Sentence {
  span: Span;
  text: string;
  block: Block;
  /** Index of the sentence within its block. */
  position: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jr', 'sr', 'vs', 'etc',
  'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g',
  'i.e', 'a.m', 'p.m', 'mt', 'ft', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'maj', 'adm', 'rev', 'pres',
]);

// A sentence ends at . ! ? (with any closing quotes) followed by space and a capital, digit or opening quote.
const BOUNDARY = /[.!?]+[”"’)\]]*\s+(?=[\p{Lu}\d“"‘(«])/gu;
const LINE = /[^\n]+/g;
const TERMINAL = /[.!?:”"’)…]$/;

/** Splits a document into blocks (lines) and sentences; offsets index `text` exactly. */
export function segmentDocument(text: string, title: string | null = null): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let headlineSeen = false;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m !== null; m = LINE.exec(text)) {
    const span = trimSpan(text, m.index, m.index + m[0].length);
    if (span.end <= span.start) continue;
    const line = text.slice(span.start, span.end);
    // Only a line without a closing mark can be a heading: the others are not split into words (a paragraph each).
    const role: BlockRole = !headlineSeen ? 'headline' : !TERMINAL.test(line) && splitCount(line) <= 14 ? 'heading' : 'body';
    const boilerplate = isBoilerplate(line, headlineSeen ? title ?? firstLine(blocks, text) : null);
    headlineSeen = true;
    const block: Block = { index: blocks.length, span, role, boilerplate };
    blocks.push(block);
    if (boilerplate) continue;
    let position = 0;
    for (const s of splitSentences(text, span)) {
      sentences.push({ span: s, text: text.slice(s.start, s.end), block, position });
      position++;
    }
  }
  return { blocks, sentences };
}

function firstLine(blocks: readonly Block[], text: string): string | null {
  const first = blocks[0];
  return first ? text.slice(first.span.start, first.span.end) : null;
}

function splitSentences(text: string, span: Span): Span[] {
  const line = text.slice(span.start, span.end);
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m !== null; m = BOUNDARY.exec(line)) {
    const before = /([\p{L}.]+)\.*$/u.exec(line.slice(Math.max(start, m.index - 12), m.index))?.[1]?.toLowerCase() ?? '';
    const word = before.replace(/\.$/, '');
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    const end = m.index + m[0].trimEnd().length;
    const s = trimSpan(text, span.start + start, span.start + end);
    if (s.end > s.start) out.push(s);
    start = m.index + m[0].length;
  }
  const last = trimSpan(text, span.start + start, span.end);
  if (last.end > last.start) out.push(last);
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
