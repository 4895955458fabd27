/** "Nice" axis ticks (1, 2, 5 × 10^n) covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5, integer = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  // Counts of people never tick at 1.5.
  const raw = integer ? Math.max(1, (max - min) / count) : (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** The range to draw: every finite bound, padded so points never sit on the frame; open bounds run to the edge. */
export function domainOf(bounds: (number | null)[]): [number, number] {
  const finite = bounds.filter((b): b is number => b !== null && Number.isFinite(b));
  if (finite.length === 0) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    lo = lo === 0 ? 0 : lo * 0.8;
    hi = hi === 0 ? 1 : hi * 1.2;
  }
  const pad = (hi - lo) * 0.12;
  return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad];
}
