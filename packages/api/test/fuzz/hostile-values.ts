import fc from 'fast-check';

/** The seed of every fuzz run (FUZZ_SEED overrides it to replay a run); the same seed gives the same cases. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 19);
/** Cases per run in total, spread over the surfaces fuzzed; FUZZ_RUNS=100000 for a long run. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

/** Strings a scanner tries: each targets a way bad text has reached a 500 or an injection somewhere. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a.txt\u0000.html',
  '2022-01-01 (\r\n)',
  '2022-01-01 (\u0000)',
  '\r\nSet-Cookie: x=1',
  '\u001b[31mred',
  '\ud800',
  'x\udc00y',
  '\ufeff\u200b\u202e',
  '%',
  '%E0%A4%A',
  '%ff%fe',
  '%00',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/tmp/x.txt',
  "' OR 1=1 --",
  '"; DROP TABLE claims; --',
  '"unterminated',
  'NEAR(a b',
  'a OR',
  'AND',
  '*',
  '^x',
  'col:term',
  '"" AND NOT ""',
  '(((((',
  '{}',
  '[]',
  'null',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '${7*7}',
  '{{7*7}}',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '9007199254740993',
  '0x10',
  'x'.repeat(101),
  'x'.repeat(5000),
  'é'.repeat(300),
  '😀'.repeat(200),
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

/** A string built from hostile pieces, binary code points, control characters and lone surrogates. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), loneSurrogate, controlChar, fc.string({ maxLength: 8 })), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 90, max: 300_000 }).map((n) => 'x'.repeat(n)) },
);

/** JSON nested this deep: parsers and validators that recurse have fallen over on it. */
export function deeplyNested(depth: number, kind: 'array' | 'object' = 'array'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { a: value };
  // fast-check prints a failing case by recursing into it: name this one instead (JSON and zod ignore symbol keys).
  return Object.defineProperty(value, fc.toStringMethod, { value: () => `${kind} nested ${depth} deep`, enumerable: false });
}

/** Values of the wrong type, or of absurd size or depth, for any field or for the whole input. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 0, -1, 1.5, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, [], {}, [null], { __proto__: null }),
  fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  hostileString,
  fc.integer({ min: 50, max: 1500 }).chain((depth) => fc.constantFrom(deeplyNested(depth, 'array'), deeplyNested(depth, 'object'))),
  fc.integer({ min: 100, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.jsonValue({ maxDepth: 4 }),
);
