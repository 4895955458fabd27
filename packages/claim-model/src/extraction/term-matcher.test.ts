import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../lexicon/default-lexicon';
import { compileLexicon, findAllMentions } from './term-matcher';

// The hand-written word scanner must split words exactly as WORD (`[\p{L}\p{N}]+(?:['’][\p{L}]+)*`, Unicode) does,
// including where lower-casing the whole text would differ from lower-casing word by word. Rows were checked against
// the regex-based scanner it replaced.
const ROWS: [string, string[]][] = [
  ['Police in Almaty said', ['subjects:police@0-6', 'places:almaty@10-16', 'sources:police@0-6']],
  ['ΟΔΟΣ police in Almaty', ['subjects:police@5-11', 'places:almaty@15-21', 'sources:police@5-11']],
  ['ΣΑΣ.Police', ['subjects:police@4-10', 'sources:police@4-10']],
  ['İstanbul police, Almaty', ['subjects:police@9-15', 'places:almaty@17-23', 'sources:police@9-15']],
  ['The interior ministry’s police', ['subjects:police@24-30', 'sources:police@24-30']],
  ['police’s car', []],
  ['𝐀police 𝐀 police', ['subjects:police@12-18', 'sources:police@12-18']],
  ['Law-enforcement officials in Kazakhstan', ['subjects:law_enforcement@0-25', 'places:kazakhstan@29-39', 'sources:authorities@16-25']],
  ['US officials and us', ['subjects:officials@3-12', 'places:united_states@0-2', 'sources:authorities@3-12']],
  ['U.S. officials', ['subjects:officials@5-14', 'places:united_states@0-3', 'sources:authorities@5-14']],
  ['police\ud800 police', ['subjects:police@0-6', 'subjects:police@8-14', 'sources:police@0-6', 'sources:police@8-14']],
  ['the police2 police', ['subjects:police@12-18', 'sources:police@12-18']],
  ["rock'n police", ['subjects:police@7-13', 'sources:police@7-13']],
];

describe('findAllMentions word scanning', () => {
  const compiled = compileLexicon(defaultLexicon);
  it.each(ROWS)('%j', (text, expected) => {
    const found = Object.entries(findAllMentions(compiled, text)).flatMap(([category, list]) => list.map((m) => `${category}:${m.id}@${m.start}-${m.end}`));
    expect(found).toEqual(expected);
  });
});
