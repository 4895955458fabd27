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
// (".08") and any glued suffix ("4th", "10k", "20km", MT noise "1is"); words keep inner hyphens/apostrophes.
const TOKEN = /(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)|\d+(?:[.,]\d+)*|(?<![\p{L}\d])\.\d+)(?:[a-zA-Z]{1,3}\b)?|\p{L}+(?:[-'’.]\p{L}+)*\.?|\S/gu;
const NUMBER = /^(?:\d+(?:[.,]\d+)*|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\.\d+)$/;

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  // Lower-casing the text once and slicing it is exact unless it changes a length ("İ") or the context matters (final
  // sigma); then each token is lowered on its own as before.
  let lower: string | null = text.toLowerCase();
  if (lower.length !== text.length || text.includes('Σ')) lower = null;
  else if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let raw = m[0];
    // A trailing period belongs to the word only for abbreviations with inner periods ("U.S.", "p.m.").
    if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === 46 && raw.indexOf('.') === raw.length - 1) raw = raw.slice(0, -1);
    const start = base + m.index;
    let low: string;
    if (lower !== null) low = lower.slice(m.index, m.index + raw.length);
    else {
      low = raw.toLowerCase();
      if (low.includes('’')) low = low.replace(/’/g, "'");
    }
    out.push({ raw, low, start, end: start + raw.length });
    if (raw.length < m[0].length) {
      out.push({ raw: '.', low: '.', start: start + raw.length, end: start + raw.length + 1 });
    }
  }
  return out;
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
