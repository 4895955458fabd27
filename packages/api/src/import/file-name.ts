/* eslint-disable no-control-regex -- control characters are exactly what these patterns look for */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SEPARATOR = /[/\\]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why an uploaded file's name cannot be taken, or null when it can. A name is a plain file name: it is stored and
 * shown beside the document, so a path (`../../tmp/x.txt`), a control character (a NUL that hides the real
 * extension: `a.txt\0.html`) or broken Unicode is refused before the file is read, as that file's reject only.
 */
export function fileNameProblem(name: string): string | null {
  if (CONTROL.test(name)) return 'The file name holds a control character (such as NUL or a line break): rename the file and import it again.';
  if (SEPARATOR.test(name)) return 'The file name holds a path separator ("/" or "\\"): give the file name only, not a path.';
  if (LONE_SURROGATE.test(name)) return 'The file name is not valid Unicode text: rename the file and import it again.';
  if (name.trim() === '' || name === '.' || name === '..') return 'The file needs a name, such as article.txt.';
  return null;
}
