import { unitAfter } from './classify-figure';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, MAGNITUDES } from './number-words';
import { type Token, isDigits } from './tokens';

/** Digits that are not an amount: phone numbers, codes, scores of games, page and section numbers. */
export type IdentifierKind = 'identifier' | 'score';

// Words before a number that make it a label, not an amount ("page 12", "Section 230", "flight 370", "No. 10").
const LABEL_WORDS = new Set([
  'page', 'pages', 'p', 'pp', 'section', 'sections', 'paragraph', 'para', 'chapter', 'article', 'articles', 'clause',
  'item', 'line', 'no', 'nos', 'call', 'dial', 'hotline', 'number', 'flight', 'route', 'highway', 'interstate', 'gate', 'platform', 'room', 'bus',
  'channel', 'episode', 'season', 'volume', 'vol', 'issue', 'part', 'resolution', 'amendment', 'ward', 'block', 'unit',
  'phase', 'stage', 'level', 'category', 'grade', 'class', 'type', 'model', 'version', 'code', 'rule', 'decree',
  'bill', 'act', 'table', 'exit', 'pier', 'terminal', 'apartment', 'apt', 'suite', 'box', 'lot', 'case',
  'seat', 'row', 'track', 'verse', 'psalm', 'district', 'precinct', 'zone', 'sector', 'camp', 'battalion', 'brigade',
]);
// Words of sport near "3-1": a score of a game, never a range.
const SPORT = new Set([
  'won', 'win', 'wins', 'winning', 'beat', 'beats', 'beating', 'lost', 'lose', 'loses', 'losing', 'defeated', 'defeat',
  'defeats', 'drew', 'draw', 'draws', 'victory', 'thrashed', 'trailing', 'trailed', 'led', 'lead', 'leads', 'leading',
  'score', 'scored', 'scoreline', 'match', 'game', 'final', 'semi-final', 'quarter-final', 'loss', 'rout', 'routed',
  'edged', 'thrashing', 'aggregate', 'penalties', 'overtime', 'set', 'sets',
]);
const DASHES = new Set(['-', '‐', '‑', '–', '/']);

const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
const leadingZero = (raw: string): boolean => /^0\d+$/.test(raw);

function sportNear(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - 3); k < Math.min(tokens.length, to + 2); k++) if (SPORT.has(tokens[k]?.low ?? '')) return true;
  return false;
}

/** The digit groups joined by glued dashes or slashes from token i ("8-800-080-7777" → 4 groups). */
function groupsFrom(tokens: readonly Token[], i: number): { to: number; groups: Token[]; slash: boolean } {
  const groups: Token[] = [tokens[i] as Token];
  let slash = false;
  let j = i + 1;
  while (DASHES.has(tokens[j]?.raw ?? '') && glued(tokens[j - 1], tokens[j]) && glued(tokens[j], tokens[j + 1]) && isDigits(tokens[j + 1])) {
    if (tokens[j]?.raw === '/') slash = true;
    groups.push(tokens[j + 1] as Token);
    j += 2;
  }
  return { to: j, groups, slash };
}

/**
 * When the digits at token i are a label, a code, a phone number or a score, the token index after them and what
 * they are; null when they may be an amount.
 */
export function identifierAt(tokens: readonly Token[], i: number): { to: number; kind: IdentifierKind } | null {
  const token = tokens[i];
  if (!token || !isDigits(token)) return null;
  const prev = tokens[i - 1];
  // "+7 727 123 4567", "#5"
  if ((prev?.raw === '+' || prev?.raw === '#') && glued(prev, token)) {
    let j = i + 1;
    while (tokens[j] && (isDigits(tokens[j]) || DASHES.has(tokens[j]?.raw ?? '')) && (tokens[j]?.start ?? 0) - (tokens[j - 1]?.end ?? 0) <= 1) j++;
    return { to: j, kind: 'identifier' };
  }
  // "0800 123 456": a number written with a leading zero is dialled, not counted.
  if (leadingZero(token.raw) && token.raw.length >= 3) {
    let j = i + 1;
    while (tokens[j] && (isDigits(tokens[j]) || DASHES.has(tokens[j]?.raw ?? '')) && (tokens[j]?.start ?? 0) - (tokens[j - 1]?.end ?? 0) <= 1) j++;
    return { to: j, kind: 'identifier' };
  }
  // "(202) 555-0143"
  if (prev?.raw === '(' && tokens[i + 1]?.raw === ')' && isDigits(tokens[i + 2]) && /^\d{3}$/.test(token.raw)) {
    return { to: groupsFrom(tokens, i + 2).to, kind: 'identifier' };
  }
  // "beat Uganda 2:1": a score written with a colon, beside a word of sport.
  const colon = tokens[i + 1];
  if (colon?.raw === ':' && glued(token, colon) && glued(colon, tokens[i + 2]) && isDigits(tokens[i + 2]) && sportNear(tokens, i, i + 3)) return { to: i + 3, kind: 'score' };
  // "won 3 to 1", "the court ruled 5 to 4": a larger number to a smaller one is a score or a tally of votes, never a
  // range nor two counts ("rose from 12 to 9" is a change, read elsewhere).
  if (tokens[i + 1]?.low === 'to' && /^\d{1,2}$/.test(token.raw) && /^\d{1,2}$/.test(tokens[i + 2]?.raw ?? '') && Number(tokens[i + 2]?.raw) < Number(token.raw)) {
    const after = tokens[i + 3];
    const change = prev?.low === 'from' || prev?.low === 'between';
    if (!change && (after === undefined || (MAGNITUDES[after.low] === undefined && unitAfter(tokens, i + 3) === null))) return { to: i + 3, kind: 'score' };
  }
  const { to, groups, slash } = groupsFrom(tokens, i);
  if (groups.length >= 3 || (groups.length === 2 && (slash || groups.some((g) => leadingZero(g.raw))))) return { to, kind: 'identifier' };
  if (groups.length === 2) {
    const [a, b] = groups.map((g) => Number(g.raw));
    const small = groups.every((g) => /^\d{1,3}$/.test(g.raw));
    if (small && ((b ?? 0) < (a ?? 0) || sportNear(tokens, i, to))) return { to, kind: 'score' };
  }
  // Letters glued to digits ("MH17", "G20", "A320") or a label word before them.
  // Digits glued to letters after them that no suffix rule read ("4x4", "2000mAh").
  const after = tokens[to];
  if (after && glued(tokens[to - 1], after) && /^\p{L}/u.test(after.raw)) return { to: to + 1, kind: 'identifier' };
  // Not a currency prefix ("$US600", "Rs500", "USD5").
  const currency = prev !== undefined && (CURRENCY_CODES.has(prev.raw) || CURRENCY_SYMBOLS[prev.raw] !== undefined || (tokens[i - 2]?.raw === '$' && glued(tokens[i - 2], prev)));
  if (prev && glued(prev, token) && /^\p{L}+$/u.test(prev.raw) && !currency) return { to, kind: 'identifier' };
  const label = prev?.raw === '.' ? tokens[i - 2] : prev;
  if (label && LABEL_WORDS.has(label.low) && (label === prev || glued(label, prev))) return { to, kind: 'identifier' };
  return null;
}
