import { describe, expect, it } from 'vitest';
import { isSpace, splitCount } from './char-class';

const ROWS: string[] = ['', ' ', 'a', ' a', 'a ', ' a b  c ', 'a\u00a0b\u202fc\u3000d', 'a\n\tb', '\ufeffa', 'a\u0085b', 'a\u180eb', 'a\u2000\u200ab'];

describe('char-class', () => {
  it.each(ROWS)('splitCount(%j) is the number of parts of split(/\\s+/)', (text) => {
    expect(splitCount(text)).toBe(text.split(/\s+/).length);
  });

  it('isSpace agrees with \\s on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
