// Character classes by UTF-16 code unit, for the hand-written scanners of words (term-matcher) and tokens: 0 not yet
// known, 1 neither, 2 letter (\p{L}), 3 number (\p{N}). A table lookup per character is several times cheaper than
// running a Unicode regex and allocating a match per word.
const CHAR_CLASS = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

function classOf(code: number): number {
  let k = CHAR_CLASS[code] ?? 1;
  if (k === 0) {
    const c = String.fromCharCode(code);
    // Lone surrogates never match in a `u` regex; pairs are classified by code point in classAt().
    k = code >= 0xd800 && code <= 0xdfff ? 1 : IS_LETTER.test(c) ? 2 : IS_NUMBER.test(c) ? 3 : 1;
    CHAR_CLASS[code] = k;
  }
  return k;
}

// A character of `text` as one number: its class, plus PAIR when it is a surrogate pair (two code units long).
export const PAIR = 4;

export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 2 : code >= 48 && code <= 57 ? 3 : 1;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const c = text.slice(i, i + 2);
      return PAIR + (IS_LETTER.test(c) ? 2 : IS_NUMBER.test(c) ? 3 : 1);
    }
  }
  return classOf(code);
}

/** \s: a white-space or line-terminator code unit (all of them are single code units). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.split(/\s+/).length` without building the parts: one more than the runs of white space. */
export function splitCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}
