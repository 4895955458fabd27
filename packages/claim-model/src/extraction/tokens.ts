import { PAIR, classAt, isSpace } from './char-class';

/** A word, number or punctuation mark of a text, with its offsets in that text. */
export interface Token {
  /** As written. */
  raw: string;
  /** Lower-cased, curly apostrophes straightened. */
  low: string;
  start: number;
  end: number;
}

// Digits keep their separators (",", ".", a space or narrow space between groups of three: "40 000"), a leading dot
// (".08") and any glued suffix ("4th", "10k", "20km", MT noise "1is"); words keep inner hyphens/apostrophes. A token is
// what this regex matches; tokenEnd() below scans the same matches by hand (the regex's match objects were a tenth of
// the engine's time), and the tests check the two agree.
export const TOKEN = /(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)|\d+(?:[.,]\d+)*|(?<![\p{L}\d])\.\d+)(?:[a-zA-Z]{1,3}\b)?|\p{L}+(?:[-'’.]\p{L}+)*\.?|\S/gu;
const NUMBER = /^(?:\d+(?:[.,]\d+)*|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\.\d+)$/;

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  // Lower-casing the text once and slicing it is exact unless it changes a length ("İ") or the context matters (final
  // sigma); then each token is lowered on its own as before.
  let lower: string | null = text.toLowerCase();
  if (lower.length !== text.length || text.includes('Σ')) lower = null;
  else if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  for (let at = 0; at < text.length; ) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const matchEnd = tokenEnd(text, at);
    let end = matchEnd;
    // A trailing period belongs to the word only for abbreviations with inner periods ("U.S.", "p.m.").
    if (end - at > 1 && text.charCodeAt(end - 1) === 46 && text.indexOf('.', at) === end - 1) end--;
    const raw = text.slice(at, end);
    const start = base + at;
    let low: string;
    if (lower !== null) low = lower.slice(at, end);
    else {
      low = raw.toLowerCase();
      if (low.includes('’')) low = low.replace(/’/g, "'");
    }
    out.push({ raw, low, start, end: start + raw.length });
    if (end < matchEnd) out.push({ raw: '.', low: '.', start: start + raw.length, end: start + raw.length + 1 });
    at = matchEnd;
  }
  return out;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Where the TOKEN match starting at `at` (not a space) ends. */
export function tokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (isDigitCode(c)) return suffixEnd(text, numberEnd(text, at));
  // ".08", but not the dot of "abc.5" or "1.5"
  if (c === 46 && isDigitCode(text.charCodeAt(at + 1)) && !letterOrDigitBefore(text, at)) {
    let e = at + 1;
    while (isDigitCode(text.charCodeAt(e))) e++;
    return suffixEnd(text, e);
  }
  const k = classAt(text, at);
  if ((k & 3) === 2) return wordTokenEnd(text, at);
  return at + (k >= PAIR ? 2 : 1);
}

/** The digits at `at`: "40 000" (groups of three after a space, not followed by a digit or a decimal), else "2,298.5". */
function numberEnd(text: string, at: number): number {
  let d = at;
  while (isDigitCode(text.charCodeAt(d))) d++;
  if (d - at <= 3) {
    let groups = 0;
    let q = d;
    while (isGroupSeparator(text.charCodeAt(q)) && isDigitCode(text.charCodeAt(q + 1)) && isDigitCode(text.charCodeAt(q + 2)) && isDigitCode(text.charCodeAt(q + 3))) {
      q += 4;
      groups++;
    }
    if (groups > 0) {
      const next = text.charCodeAt(q);
      const free = !isDigitCode(next) && !((next === 46 || next === 44) && isDigitCode(text.charCodeAt(q + 1)));
      if (free) return q;
      // One group fewer ends before a separator, where nothing can follow.
      if (groups > 1) return q - 4;
    }
  }
  let e = d;
  for (;;) {
    const sep = text.charCodeAt(e);
    if (!((sep === 46 || sep === 44) && isDigitCode(text.charCodeAt(e + 1)))) return e;
    e += 2;
    while (isDigitCode(text.charCodeAt(e))) e++;
  }
}

function isGroupSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** One to three ASCII letters glued to the digits and ending a word ("10km", "4th"), else none. */
function suffixEnd(text: string, e: number): number {
  let n = 0;
  while (n < 4 && isAsciiLetter(text.charCodeAt(e + n))) n++;
  if (n === 0 || n > 3) return e;
  const after = text.charCodeAt(e + n);
  return isDigitCode(after) || after === 95 ? e : e + n;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The character before `at` (a whole surrogate pair) is a letter or a digit. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (isDigitCode(c)) return true;
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (classAt(text, at - 2) & 3) === 2;
  }
  return (classAt(text, at - 1) & 3) === 2;
}

/** Letters, then any hyphen, apostrophe or dot joined to more letters, then one dot ("U.S.", "Kazakh-born"). */
function wordTokenEnd(text: string, at: number): number {
  let e = lettersEnd(text, at);
  for (;;) {
    const c = text.charCodeAt(e);
    if (!(c === 45 || c === 39 || c === 0x2019 || c === 46) || (classAt(text, e + 1) & 3) !== 2) break;
    e = lettersEnd(text, e + 1);
  }
  return text.charCodeAt(e) === 46 ? e + 1 : e;
}

function lettersEnd(text: string, at: number): number {
  let e = at;
  for (;;) {
    const k = classAt(text, e);
    if ((k & 3) !== 2) return e;
    e += k >= PAIR ? 2 : 1;
  }
}

export function isDigits(token: Token | undefined): boolean {
  if (token === undefined) return false;
  // NUMBER needs a digit or a dot first: most tokens are words, rejected without running it.
  const c = token.raw.charCodeAt(0);
  return ((c >= 48 && c <= 57) || c === 46) && NUMBER.test(token.raw);
}

/**
 * Parses "2,298", "1.5", "2298", "40 000", ".08"; null for anything else. Commas followed by three digits are thousands
 * separators; dots are too where a decimal reading is implausible ("1.234.567", "40.000").
 */
export function digitValue(raw: string): number | null {
  if (!NUMBER.test(raw)) return null;
  if (raw.charCodeAt(0) === 46) return Number(`0${raw}`);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/.test(raw)) return Number(raw.replace(/[ \u00a0\u202f]/g, ''));
  // A dotted thousands group: several groups, or one group ending in "00" (nobody writes 40.000 for forty).
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(raw) || /^[1-9]\d{0,2}\.\d00$/.test(raw)) return Number(raw.replace(/\./g, ''));
  if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  // A European decimal comma ("0,11") or a dotted thousands group ("2.298") is ambiguous; read a lone comma as decimal.
  if (/^\d+,\d{1,2}$/.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}
