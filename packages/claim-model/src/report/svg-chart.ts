import type { Interval } from '../claim';
import { escapeHtml } from './escape-html';
import { formatNumber } from './format';
import type { TimelineMetric } from './report-schema';

/** Muted, print-safe colours that stay distinct in greyscale order. */
export const SERIES_COLOURS = ['#1d4e89', '#a23b2a', '#2f7d6d', '#b07d1a', '#5b4a8a', '#5f6b73'] as const;

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 56, right: 16, top: 16, bottom: 40 };
const DAY = 86_400_000;

/** One metric's values by as-of date as an inline SVG: a bar per range, a dot per exact value, a diamond per verdict. */
export function renderTimelineSvg(metric: TimelineMetric): string {
  const points = metric.series.flatMap((s) => s.points);
  const days = points.map((p) => dayOf(p.date));
  const firstDay = Math.min(...days) - 1;
  const lastDay = Math.max(...days) + 1;
  const top = niceCeiling(Math.max(4, ...points.flatMap((p) => finiteBounds(p.interval))) * 1.1);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (day: number) => PAD.left + ((day - firstDay) / (lastDay - firstDay)) * plotW;
  const y = (value: number) => PAD.top + plotH - (Math.min(value, top) / top) * plotH;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="${escapeHtml(`${metric.metricLabel} by as-of date`)}" font-family="Helvetica, Arial, 'Liberation Sans', sans-serif" font-size="11">`,
  );
  for (const tick of ticks(top)) {
    const ty = n(y(tick));
    out.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${ty}" y2="${ty}" stroke="#d9d9d9" stroke-width="0.6"/>`,
    );
    out.push(
      `<text x="${PAD.left - 6}" y="${n(y(tick) + 4)}" text-anchor="end" fill="#444">${formatNumber(tick)}</text>`,
    );
  }
  for (const day of [...new Set(days)].sort((a, b) => a - b)) {
    const tx = n(x(day));
    out.push(
      `<line x1="${tx}" x2="${tx}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH + 4}" stroke="#444"/>`,
    );
    out.push(
      `<text x="${tx}" y="${PAD.top + plotH + 16}" text-anchor="middle" fill="#444">${escapeHtml(shortDate(day))}</text>`,
    );
  }
  out.push(
    `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}" stroke="#444"/>`,
  );
  const count = metric.series.length;
  metric.series.forEach((series, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#333';
    // Series side by side within a day, so equal values on one date stay visible.
    const offset = (i - (count - 1) / 2) * 7;
    const onDay = new Map<string, number>();
    for (const p of series.points) {
      // Several sources of one series on one date sit a few pixels apart instead of on top of each other.
      const nth = p.kind === 'verdict' ? 0 : (onDay.get(p.date) ?? 0);
      onDay.set(p.date, nth + 1);
      const cx = x(dayOf(p.date)) + offset + nth * 5;
      const px = n(cx);
      const title = `<title>${escapeHtml(`${series.label}: ${p.valueText} (${p.source}, ${p.date})`)}</title>`;
      const low = p.interval.low ?? 0;
      if (p.kind === 'verdict') {
        out.push(verdictMark(cx + 9, low, p.interval.high, colour, title, p.valueText, y, PAD.top + 4));
        continue;
      }
      if (p.interval.high !== null && p.interval.high === low) {
        out.push(`<circle cx="${px}" cy="${n(y(low))}" r="3.5" fill="${colour}">${title}</circle>`);
        continue;
      }
      const y1 = n(y(low));
      const y2 = n(p.interval.high === null ? PAD.top + 4 : y(p.interval.high));
      out.push(
        `<g stroke="${colour}" stroke-width="2">${title}<line x1="${px}" x2="${px}" y1="${y1}" y2="${y2}"/>`,
      );
      out.push(`<line x1="${n(cx - 3)}" x2="${n(cx + 3)}" y1="${y1}" y2="${y1}"/>`);
      out.push(
        p.interval.high === null
          ? `<path d="M${n(cx - 4)} ${n(Number(y2) + 5)}L${px} ${y2}L${n(cx + 4)} ${n(Number(y2) + 5)}" fill="none"/></g>`
          : `<line x1="${n(cx - 3)}" x2="${n(cx + 3)}" y1="${y2}" y2="${y2}"/></g>`,
      );
    }
  });
  out.push('</svg>');
  return out.join('');
}

// The desk's value beside the sources' marks: a diamond for one value, an outlined bar for a range, labelled.
function verdictMark(
  cx: number,
  low: number,
  high: number | null,
  colour: string,
  title: string,
  label: string,
  y: (value: number) => number,
  top: number,
): string {
  const text = `<text x="${n(cx + 9)}" y="${n(y(high === null ? low : (low + high) / 2) + 4)}" fill="#111" font-weight="700">${escapeHtml(label)}</text>`;
  if (high === low) {
    const vy = y(low);
    return `<g>${title}<path d="M${n(cx)} ${n(vy - 6)}L${n(cx + 6)} ${n(vy)}L${n(cx)} ${n(vy + 6)}L${n(cx - 6)} ${n(vy)}Z" fill="${colour}" stroke="#111" stroke-width="1"/>${text}</g>`;
  }
  const y1 = y(low);
  const y2 = high === null ? top : y(high);
  return `<g>${title}<rect x="${n(cx - 4)}" y="${n(y2)}" width="8" height="${n(Math.max(2, y1 - y2))}" fill="${colour}" fill-opacity="0.35" stroke="#111" stroke-width="1"/>${text}</g>`;
}

function finiteBounds(interval: Interval): number[] {
  return [interval.low, interval.high].filter((v): v is number => v !== null && Number.isFinite(v));
}

function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(day: number): string {
  const d = new Date(day * DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;
}

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) at or above the value. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Four to six gridlines at 1, 2 or 5 × 10^k steps. */
export function ticks(top: number): number[] {
  const rough = top / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const out: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) out.push(v);
  return out;
}

// Two decimals keep the SVG small and identical across runs.
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}
