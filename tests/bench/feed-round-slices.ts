// Reads a main-thread .cpuprofile (from `node --cpu-prof … feed-round-profile.ts`) and prints its longest slices:
// runs of consecutive samples in which the thread never went idle, each with the functions on the stack for most of
// it (inclusive time), so a stall of the event loop is named by what ran. Samples' time deltas are wall time, so on a
// loaded machine a slice includes time the thread was runnable but not running.
//
// Run: node --import tsx tests/bench/feed-round-slices.ts PROFILE [SLICES=8] [MIN_MS=30] [FROM_US TO_US]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [path, slicesArg = '8', minArg = '30', fromArg, toArg] = process.argv.slice(2);
if (!path) throw new Error('usage: feed-round-slices.ts PROFILE [SLICES] [MIN_MS]');
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? `${basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
const stack = (id: number): string[] => {
  const out: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const node = byId.get(at);
    if (node && node.callFrame.functionName !== '(root)') out.push(label(node));
  }
  return out;
};

// A slice: consecutive non-idle samples. Each sample stands for the time until the next one.
interface Slice {
  startMs: number;
  ms: number;
  samples: number[];
}
const slices: Slice[] = [];
let current: Slice | null = null;
let t = 0;
for (const [i, id] of profile.samples.entries()) {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const idle = byId.get(id)?.callFrame.functionName === '(idle)';
  if (idle) {
    if (current) slices.push(current);
    current = null;
  } else {
    current ??= { startMs: t, ms: 0, samples: [] };
    current.ms += dt;
    current.samples.push(i);
  }
  t += (profile.timeDeltas[i] ?? 0) / 1000;
}
if (current) slices.push(current);

const minMs = Number(minArg);
// Only the slices inside the window (the profile's clock, µs), e.g. the feed round the driver printed.
const from = fromArg ? (Number(fromArg) - profile.startTime) / 1000 : 0;
const to = toArg ? (Number(toArg) - profile.startTime) / 1000 : Infinity;
const inWindow = slices.filter((s) => s.startMs >= from && s.startMs + s.ms <= to);
// BY=samples: longest by samples taken (about the CPU time the slice ran), not by wall time.
const long = inWindow.filter((s) => s.ms >= minMs).sort((a, b) => (process.env.BY === "samples" ? b.samples.length - a.samples.length : b.ms - a.ms));
const total = inWindow.reduce((n, s) => n + s.ms, 0);
console.log(
  `${basename(path)}: ${(Math.min(t, to) - from) / 1000 > 0 ? ((Math.min(t, to) - from) / 1000).toFixed(1) : 0} s in the window, ${(total / 1000).toFixed(1)} s busy in ${inWindow.length} slices; ${long.length} slices >= ${minMs} ms`,
);
for (const slice of long.slice(0, Number(slicesArg))) {
  const inclusive = new Map<string, number>();
  for (const i of slice.samples) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    for (const frame of new Set(stack(profile.samples[i] ?? 0)))
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + dt);
  }
  const top = [...inclusive.entries()]
    .filter(([, v]) => v >= slice.ms * 0.15)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14);
  // Few samples with one long gap: the thread was descheduled (a loaded machine), not running JavaScript that long.
  const gaps = slice.samples.map((i) => (profile.timeDeltas[i + 1] ?? 0) / 1000);
  console.log(
    `\n${slice.ms.toFixed(0)} ms at ${((slice.startMs - from) / 1000).toFixed(2)} s (${slice.samples.length} samples, longest gap ${Math.max(...gaps).toFixed(0)} ms):`,
  );
  for (const [frame, v] of top) console.log(`  ${v.toFixed(0).padStart(5)} ms  ${frame}`);
}

// Where the window's busy time went, by step: each sample counted under the first of these found on its stack.
const STEPS = [
  '(garbage collector)',
  'readPageMetadata',
  'readFeed',
  'decodeBody',
  'measureHtml',
  'storeChunk',
  'groupStoredFiles',
  'placeVersion',
  'recordItems',
  'finish',
  'leaseDue',
  'safeFetch',
  'pragma',
  'postMessage',
  'importUrls',
  'pollLeased',
];
const steps = new Map<string, { ms: number; samples: number }>();
for (const slice of inWindow) {
  for (const i of slice.samples) {
    const names = stack(profile.samples[i] ?? 0).map((f) => f.replace(/ [^ ]*:\d+$/, ''));
    const step = STEPS.find((s) => names.includes(s)) ?? names[0] ?? '(other)';
    const entry = steps.get(step) ?? { ms: 0, samples: 0 };
    entry.ms += (profile.timeDeltas[i + 1] ?? 0) / 1000;
    entry.samples += 1;
    steps.set(step, entry);
  }
}
console.log('\nbusy time in the window by step (wall ms, samples):');
for (const [step, v] of [...steps.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20))
  console.log(`  ${v.ms.toFixed(0).padStart(6)} ms ${String(v.samples).padStart(6)}  ${step}`);
