/**
 * Signs that an answer carries server internals instead of a sentence for a person: a stack frame, a source path,
 * a database or runtime error's own wording. Returns what leaked, or null.
 */
const LEAKS: readonly [string, RegExp][] = [
  ['a stack frame', /\n\s+at\s+\S|\bat \S+ \((?:file:|node:|\/)/],
  ['a source path', /node_modules|\/work\/|\/src\/[\w/-]+\.(?:ts|js|mjs)|[\w-]+\.(?:ts|tsx|mjs):\d+/],
  ['a database error', /SQLITE_|SqliteError|no such (?:table|column)|syntax error near|fts5:/i],
  ['a runtime error', /\b(?:TypeError|ReferenceError|RangeError|URIError|SyntaxError)\b|Cannot read propert|is not a function|Maximum call stack|URI malformed|Unexpected token/],
];

export function internalLeak(text: string): string | null {
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(text);
    if (match) return `${what}: ${JSON.stringify(match[0])}`;
  }
  return null;
}
