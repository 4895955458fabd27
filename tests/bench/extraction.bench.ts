// Claim extraction benchmark: MB/s on one core and heap high-water while ≥ 50 MB of articles stream through
// extractClaims document by document. Run: pnpm bench extraction. Writes results/extraction.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '@claimdesk/claim-model/extraction';
import { machineLine } from './machine';
import { syntheticArticle } from './synthetic-articles';

const here = dirname(fileURLToPath(import.meta.url));
const TARGET_BYTES = 50 * 1024 * 1024;
const TARGET_MB_PER_S = 2;
const TARGET_HEAP_MB = 300;

const synthesise = syntheticArticle;

function heapMb(): number {
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const gc = (globalThis as { gc?: () => void }).gc;
// Warm up the compiled lexicon and the JIT so the measured run is steady state.
for (let i = 0; i < 40; i++) extractClaims(synthesise(i));
gc?.();
const heapStart = heapMb();
let heapPeak = heapStart;
let bytes = 0;
let docs = 0;
let claims = 0;
let figures = 0;
let extractMs = 0;
let cpuMs = 0;
let slowestMs = 0;
const loadBefore = loadavg()[0] ?? 0;
while (bytes < TARGET_BYTES) {
  const doc = synthesise(docs);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const found = extractClaims(doc);
  const c1 = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  extractMs += ms;
  cpuMs += (c1.user + c1.system) / 1000;
  slowestMs = Math.max(slowestMs, ms);
  bytes += Buffer.byteLength(doc.text, 'utf8');
  claims += found.length;
  figures += found.filter((c) => c.figure !== null).length;
  docs++;
  if (docs % 25 === 0) heapPeak = Math.max(heapPeak, heapMb());
}
heapPeak = Math.max(heapPeak, heapMb());
const mb = bytes / 2 ** 20;
const loadAfter = loadavg()[0] ?? 0;
// CPU time is what one core spends; wall time also counts waiting for a core on this shared machine.
const mbPerCpuS = mb / (cpuMs / 1000);
const mbPerWallS = mb / (extractMs / 1000);
const perDocMs = cpuMs / docs;
const ok = mbPerCpuS >= TARGET_MB_PER_S && heapPeak < TARGET_HEAP_MB;

const cpuModel = cpus()[0]?.model.trim() ?? 'unknown';
const lines = [
  '# Extraction benchmark',
  '',
  machineLine(),
  '',
  `Machine: \`node -v\` ${process.version}; nproc ${cpus().length}; CPU ${cpuModel}. One process, one core (extraction is synchronous).`,
  '',
  `Stream: ${docs.toLocaleString('en-US')} synthetic articles (${mb.toFixed(1)} MiB UTF-8), each a demo article with shuffled paragraphs and altered digits, extracted one at a time; ${claims.toLocaleString('en-US')} claims, ${figures.toLocaleString('en-US')} figures.`,
  '',
  '| measure | value | target |',
  '|---|---|---|',
  `| throughput on one core (CPU time of extraction) | ${mbPerCpuS.toFixed(2)} MiB/s | ≥ ${TARGET_MB_PER_S} MB/s |`,
  `| throughput in wall-clock time (includes waiting for a core) | ${mbPerWallS.toFixed(2)} MiB/s | |`,
  `| mean CPU time per article (~${(bytes / docs / 1024).toFixed(1)} KiB) | ${perDocMs.toFixed(2)} ms | |`,
  `| slowest article (wall) | ${slowestMs.toFixed(1)} ms | |`,
  `| machine load average (1 min) before → after | ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cpus().length} cores | |`,
  `| heap at start → high-water (sampled every 25 articles) | ${heapStart.toFixed(0)} → ${heapPeak.toFixed(0)} MiB | < ${TARGET_HEAP_MB} MB |`,
  '',
  ok ? 'Both targets met.' : '**A target is missed.**',
  '',
  'Noise on this shared 2-core machine is 10–40 % (PERFORMANCE.md): compare ratios from one run, not absolute figures across runs.',
  '',
];
// Runs recorded by hand below the marker (before and after a change, A/B ratios) are kept across runs.
const out = join(here, 'results/extraction.md');
const MARKER = '## Earlier runs';
const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
const kept = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : '';
writeFileSync(out, lines.join('\n') + (kept ? `\n${kept}` : ''));
console.log(lines.join('\n'));
process.exitCode = ok ? 0 : 1;
