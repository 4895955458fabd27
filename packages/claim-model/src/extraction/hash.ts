/** FNV-1a 32-bit over UTF-16 code units, as 8 hex digits: small, pure and stable across runs and platforms. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A 64-bit-ish id from two FNV-1a passes with different seeds of the input, to keep collisions rare across a case. */
export function stableId(prefix: string, parts: readonly (string | number)[]): string {
  const text = parts.join('\u0001');
  return `${prefix}_${fnv1a(text)}${fnv1a(`${text}\u0002`)}`;
}
