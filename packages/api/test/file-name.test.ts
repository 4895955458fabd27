import { describe, expect, it } from 'vitest';
import { fileNameProblem } from '../src/import/file-name';

describe('an uploaded file name', () => {
  it.each([
    ['a plain name is taken', 'article.txt', null],
    ['spaces, accents and emoji are taken', 'Kazakhstan – Almaty 😀 é.md', null],
    ['a name with dots is taken', 'report.v2.final.html', null],
    ['a NUL hiding the real extension is refused', 'a.txt\u0000.html', 'control character'],
    ['a line break is refused', 'a\r\nb.txt', 'control character'],
    ['a C1 control character is refused', 'a\u0085b.txt', 'control character'],
    ['a relative path is refused', '../../../../tmp/x.txt', 'path separator'],
    ['an absolute path is refused', '/etc/passwd.txt', 'path separator'],
    ['a Windows path is refused', 'C:\\temp\\x.txt', 'path separator'],
    ['a lone high surrogate is refused', 'a\ud800.txt', 'not valid Unicode'],
    ['a lone low surrogate is refused', '\udc00.txt', 'not valid Unicode'],
    ['a blank name is refused', '   ', 'needs a name'],
    ['".." is refused', '..', 'needs a name'],
  ])('%s', (_, name, problem) => {
    const found = fileNameProblem(name);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
