import { describe, expect, it } from 'vitest';
import { TOKEN, tokenEnd, tokenize } from './tokens';

// tokenEnd() scans by hand what TOKEN matches; a token's raw text is TOKEN's match (less an abbreviation's last dot).
const ROWS: [string, string[]][] = [
  ['At least 2,300 people', ['At', 'least', '2,300', 'people']],
  ['More than 40 000 people', ['More', 'than', '40 000', 'people']],
  ['40 000 0001 and 1 000 000.5', ['40 000', '0001', 'and', '1 000', '000.5']],
  ['1\u00a0234\u202f567 votes', ['1\u00a0234\u202f567', 'votes']],
  ['a limit of .08 and abc.5', ['a', 'limit', 'of', '.08', 'and', 'abc', '.', '5']],
  ['10k, $10m, 20km, 10kmhx, 4th, 1990s, 3_000', ['10k', ',', '$', '10m', ',', '20km', ',', '10', 'kmhx', ',', '4th', ',', '1990s', ',', '3', '_', '000']],
  ['10ké 5Km', ['10k', 'é', '5Km']],
  ['The U.S. and p.m. talks.', ['The', 'U.S.', 'and', 'p.m.', 'talks', '.']],
  ['Kazakh-born rock’n’roll don’t', ['Kazakh-born', 'rock’n’roll', 'don’t']],
  ['𝐀bc 😀 \ud800x', ['𝐀bc', '😀', '\ud800', 'x']],
  ['“Dozens” (AFP) -5', ['“', 'Dozens', '”', '(', 'AFP', ')', '-', '5']],
];

/** Tokens as TOKEN finds them, with the abbreviation rule of tokenize(). */
function byRegex(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (raw.length > 1 && raw.endsWith('.') && raw.indexOf('.') === raw.length - 1) out.push(raw.slice(0, -1), '.');
    else out.push(raw);
  }
  return out;
}

// A seeded generator (mulberry32): the same strings every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'B', 'km', 'th', 'Σ', 'İ', '’', "'", '.', ',', '-', '_', ' ', '\u00a0', '\u202f', '\u2009', '\ufeff', '\u0085', '\t', '1', '0', '000', '12', 'é', '𝐀', '😀', '\ud800', '\udc00', '٣', '$', '“'];

describe('tokenize', () => {
  it.each(ROWS)('%j', (text, expected) => {
    expect(tokenize(text).map((t) => t.raw)).toEqual(expected);
    expect(byRegex(text)).toEqual(expected);
  });

  it('splits 20,000 generated strings exactly as the TOKEN regex does', () => {
    const rnd = random(14);
    const mismatches: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = Math.floor(rnd() * 12); k > 0; k--) text += PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
      if (tokenize(text).map((t) => t.raw).join('\u0000') !== byRegex(text).join('\u0000')) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('ends a token where the TOKEN match starting there ends', () => {
    const text = 'Some 1,214 people, .5 of 40 000; U.S.-led';
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) expect(tokenEnd(text, m.index)).toBe(m.index + m[0].length);
  });
});
