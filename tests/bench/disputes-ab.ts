// A/B of dispute grouping against another checkout (main, as a second worktree), in one process:
//   git worktree add --detach /tmp/group-main main && ln -s "$PWD/node_modules" /tmp/group-main/node_modules
//   ln -s "$PWD/packages/claim-model/node_modules" /tmp/group-main/packages/claim-model/node_modules
//   pnpm --filter @claimdesk/tests exec tsx --expose-gc bench/disputes-ab.ts /tmp/group-main [rounds; 0: golden check only]
// First a golden check (groupClaims of both deep-equal, order included, over the benchmark's synthetic case, the
// test corpora and the demo), then groupClaims and DisputeIndex timed interleaved, CPU time: on a shared machine only
// the ratio of two codes measured side by side means anything.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { DocumentInput, ExtractedClaim } from '@claimdesk/claim-model';
import type { GroupContext } from '@claimdesk/claim-model/disputes';
import * as mine from '@claimdesk/claim-model/disputes';
import { extractClaims } from '@claimdesk/claim-model/extraction';
import { defaultLexicon } from '@claimdesk/claim-model/lexicon';
import { corpusNames, loadCorpus } from '../../packages/claim-model/test/corpora/load-corpus';
import { demoClaims, demoDocuments } from '../../packages/claim-model/test/disputes/demo-fixtures';
import { loadDemoCorpus } from '../../packages/claim-model/test/extraction/demo-corpus';
import { makeCase } from './synthetic-dispute-case';

type Disputes = typeof mine;

const other = resolve(process.argv[2] ?? '/tmp/group-main');
const rounds = Number(process.argv[3] ?? 7);
const theirs: Disputes = await import(pathToFileURL(join(other, 'packages/claim-model/src/disputes/index.ts')).href);

interface Case {
  name: string;
  claims: ExtractedClaim[];
  ctx: GroupContext;
}

function extracted(name: string, documents: DocumentInput[]): Case {
  const claims = documents.flatMap((d) => extractClaims(d, { lexicon: defaultLexicon }));
  return { name, claims, ctx: { lexicon: defaultLexicon, documents } };
}

const big = makeCase(1, 10_000);
const cases: Case[] = [
  { name: 'bench case (10k documents, 100k claims)', claims: big.claims, ctx: { lexicon: defaultLexicon, documents: big.documents } },
  ...[2, 3, 4].map((seed) => {
    const c = makeCase(seed, 300, `s${seed}-`);
    return { name: `synthetic seed ${seed} (300 documents)`, claims: c.claims, ctx: { lexicon: defaultLexicon, documents: c.documents } };
  }),
  (() => {
    // Claims of one document apart, in no order: grouping must not rely on them coming together.
    const c = makeCase(5, 300, 's5-');
    const claims = c.claims.map((claim, i) => ({ claim, at: (i * 7919) % c.claims.length })).sort((x, y) => x.at - y.at).map((x) => x.claim);
    return { name: 'synthetic seed 5 (300 documents), claims shuffled', claims, ctx: { lexicon: defaultLexicon, documents: c.documents } };
  })(),
  ...corpusNames().map((name) => extracted(`corpus ${name}`, loadCorpus(name).documents)),
  extracted('every corpus together', corpusNames().flatMap((name) => loadCorpus(name).documents)),
  extracted('demo corpus (extracted)', [...loadDemoCorpus().values()]),
  { name: 'demo fixtures', claims: demoClaims, ctx: { lexicon: defaultLexicon, documents: demoDocuments } },
];

let failures = 0;
for (const c of cases) {
  const a = theirs.groupClaims(c.claims, c.ctx);
  const b = mine.groupClaims(c.claims, c.ctx);
  const same = isDeepStrictEqual(a, b);
  // Both indexes built, so both codes are warmed alike before the timing.
  const indexSame =
    isDeepStrictEqual(new mine.DisputeIndex(c.claims, c.ctx).disputes(), b) &&
    isDeepStrictEqual(new theirs.DisputeIndex(c.claims, c.ctx).disputes(), a);
  // And built in slices, as a server rebuilds a case's index after a restart.
  const sliced = await mine.DisputeIndex.build(c.claims, c.ctx, () => Promise.resolve(), 2_000);
  const slicedSame = isDeepStrictEqual(sliced.disputes(), b);
  const ok = same && indexSame && slicedSame;
  if (!ok) failures++;
  console.log(
    `golden ${ok ? 'equal' : 'DIFFERENT'}: ${c.name}: ${a.length} disputes (groupClaims ${same ? 'equal' : 'differs'}, index ${indexSame ? 'equal' : 'differs'}, sliced build ${slicedSame ? 'equal' : 'differs'})`,
  );
}

const gc = (globalThis as { gc?: () => void }).gc;

function cpu(run: () => unknown): number {
  gc?.();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ctx = cases[0]?.ctx ?? { documents: [] };
for (const [label, run] of [
  ['groupClaims', (d: Disputes) => d.groupClaims(big.claims, ctx)],
  ['DisputeIndex build', (d: Disputes) => new d.DisputeIndex(big.claims, ctx)],
] as const) {
  if (rounds === 0) break;
  run(theirs);
  run(mine); // warm-up
  const a: number[] = [];
  const b: number[] = [];
  // ABBA order, so drift in the machine's load falls on both alike.
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      a.push(cpu(() => run(theirs)));
      b.push(cpu(() => run(mine)));
    } else {
      b.push(cpu(() => run(mine)));
      a.push(cpu(() => run(theirs)));
    }
  }
  const ratios = a.map((x, i) => (b[i] ?? Number.NaN) / x);
  console.log(
    `${label}: other ${median(a).toFixed(0)} ms CPU, this ${median(b).toFixed(0)} ms CPU; ratio this/other ${(median(b) / median(a)).toFixed(3)} (median of ${rounds} paired ratios ${median(ratios).toFixed(3)}, range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`,
  );
}
process.exitCode = failures > 0 ? 1 : 0;
