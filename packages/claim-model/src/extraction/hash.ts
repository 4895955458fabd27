/** FNV-1a 32-bit over UTF-16 code units, as 8 hex digits: small, pure and stable across runs and platforms. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A 64-bit id: two 32-bit lanes with different multipliers, each mixed with the other at the end (the core of
 * bryc's public-domain cyrb53, keeping all 64 bits). Ids must not collide within a case: a colliding claim id
 * would be taken for a claim already stored and dropped. (Two FNV-1a passes over `text` and `text + c` were one
 * 32-bit hash in disguise — the second is a function of the first — and lost about one claim per 100,000.)
 */
export function stableId(prefix: string, parts: readonly (string | number)[]): string {
  return `${prefix}_${hash64(parts.join('\u0001'))}`;
}

/**
 * An id for something inside a document (a claim): the document's 32-bit hash, then a 64-bit hash of the parts.
 * Ids of one document sort together, so storing a document writes its claims into a few neighbouring pages of
 * every index keyed by claim id (claims, search keys, dispute membership) instead of one random page per claim:
 * with random ids an import of 100,000 claims rewrote most of those indexes' pages again and again.
 */
export function documentScopedId(prefix: string, documentId: string, parts: readonly (string | number)[]): string {
  const doc = documentState(documentId);
  // Same value as hashing [documentId, ...parts].join('\u0001'), without building that string for every claim.
  lane1 = doc.lanes[0];
  lane2 = doc.lanes[1];
  for (const part of parts) {
    absorbCode(1);
    if (typeof part === 'string') absorbInto(part);
    else absorbNumber(part);
  }
  return `${prefix}_${doc.hash}${finishLanes(lane1, lane2)}`;
}

// The claims of a document are numbered one after another: its own hash, and the lanes after reading its id, are
// computed once per document, not once per claim.
let lastDocument: { id: string; hash: string; lanes: [number, number] } | null = null;

function documentState(documentId: string): { hash: string; lanes: [number, number] } {
  if (lastDocument?.id !== documentId) {
    lastDocument = { id: documentId, hash: hash64(documentId).slice(8), lanes: absorb(0xdeadbeef, 0x41c6ce57, documentId) };
  }
  return lastDocument;
}

function hash64(text: string): string {
  const [h1, h2] = absorb(0xdeadbeef, 0x41c6ce57, text);
  return finishLanes(h1, h2);
}

/** The two lanes after reading `text`, starting from h1 and h2: hashing a string in pieces equals hashing it joined. */
function absorb(h1: number, h2: number, text: string): [number, number] {
  lane1 = h1;
  lane2 = h2;
  absorbInto(text);
  return [lane1, lane2];
}

// The lanes of the hash being computed, kept in module state so that a claim id allocates no pair per part.
let lane1 = 0;
let lane2 = 0;

function absorbCode(ch: number): void {
  lane1 = Math.imul(lane1 ^ ch, 2654435761);
  lane2 = Math.imul(lane2 ^ ch, 1597334677);
}

const DIGITS: number[] = [];

/** Absorbs String(n) without building it: the decimal digits of a whole number (offsets), else the string. */
function absorbNumber(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
    absorbInto(String(n));
    return;
  }
  let k = 0;
  let rest = n;
  do {
    DIGITS[k++] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  while (k > 0) absorbCode(DIGITS[--k] ?? 48);
}

function absorbInto(text: string): void {
  let h1 = lane1;
  let h2 = lane2;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  lane1 = h1;
  lane2 = h2;
}

function finishLanes(first: number, second: number): string {
  let h1 = first;
  let h2 = second;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex8(h2) + hex8(h1);
}

// Char codes of the hex digits: eight fromCharCode arguments make the id's hex in one string, without toString(16).
const HEX = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

/** `h` as eight lower-case hex digits, as (h >>> 0).toString(16).padStart(8, '0'). */
function hex8(h: number): string {
  return String.fromCharCode(nibble(h, 28), nibble(h, 24), nibble(h, 20), nibble(h, 16), nibble(h, 12), nibble(h, 8), nibble(h, 4), nibble(h, 0));
}

function nibble(h: number, shift: number): number {
  return HEX[(h >>> shift) & 15] ?? 48;
}
