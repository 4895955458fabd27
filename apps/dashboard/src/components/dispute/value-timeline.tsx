import { formatInterval, formatNumber } from '~/lib/format';
import { domainOf, niceTicks } from './scale';
import type { LineValue } from './number-line';

export interface TimedValue extends LineValue {
  /** ISO date the figure holds as of. */
  asOf: string;
}

const WIDTH = 860;
const HEIGHT = 220;
const LEFT = 64;
const RIGHT = 24;
const TOP = 12;
const BOTTOM = 34;
const DAY = 86_400_000;

/** Values by as-of date: a rising cumulative count is a revision, two values on one day a conflict. */
export function ValueTimeline({ values, unit }: { values: TimedValue[]; unit: string }) {
  if (values.length === 0) return <p className="muted small">No figure has an as-of date.</p>;
  const days = values.map((v) => Date.parse(`${v.asOf}T00:00:00Z`));
  const d0 = Math.min(...days) - DAY / 2;
  const d1 = Math.max(...days) + DAY / 2;
  const [lo, hi] = domainOf(values.flatMap((v) => [v.interval.low, v.interval.high]));
  const x = (ms: number) => LEFT + ((ms - d0) / (d1 - d0)) * (WIDTH - LEFT - RIGHT);
  const y = (v: number) => HEIGHT - BOTTOM - ((v - lo) / (hi - lo)) * (HEIGHT - TOP - BOTTOM);
  const dayTicks: number[] = [];
  for (let d = Math.ceil(d0 / DAY) * DAY; d <= d1; d += DAY) dayTicks.push(d);
  // Several sources on one day sit side by side instead of on top of each other.
  const seen = new Map<string, number>();
  return (
    // Focusable: on a phone the chart scrolls sideways in its own box, and a keyboard must be able to scroll it too.
    <figure className="chart" tabIndex={0} aria-labelledby="timeline-title">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-title timeline-desc" className="timeline">
        <title id="timeline-title">{`Figures by as-of date (${unit})`}</title>
        <desc id="timeline-desc">{values.map((v) => `${v.asOf}: ${v.label} ${v.written}`).join('; ')}</desc>
        {niceTicks(lo, hi, 4, unit === 'count').map((t) => (
          <g key={`y${t}`}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} className="grid" />
            <text x={LEFT - 8} y={y(t) + 4} textAnchor="end" className="tick">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {dayTicks.map((d) => (
          <text key={`x${d}`} x={x(d + DAY / 2)} y={HEIGHT - 10} textAnchor="middle" className="tick">
            {new Date(d).toISOString().slice(5, 10)}
          </text>
        ))}
        {values.map((v, i) => {
          const n = seen.get(v.asOf) ?? 0;
          seen.set(v.asOf, n + 1);
          const cx = x(days[i] ?? 0) + (n - 1) * 9;
          const { low, high } = v.interval;
          const top = high === null ? TOP : y(high);
          const bottom = low === null ? HEIGHT - BOTTOM : y(low);
          const exact = low !== null && low === high;
          return (
            <g key={v.id}>
              {exact ? <circle cx={cx} cy={top} r={5} fill={v.colour} /> : <line x1={cx} x2={cx} y1={top} y2={bottom} stroke={v.colour} strokeWidth={6} opacity={0.85} />}
              {high === null && !exact ? <path d={`M ${cx} ${TOP - 2} l -6 10 h 12 z`} fill={v.colour} /> : null}
              <title>{`${v.asOf} · ${v.label}: "${v.written}" → ${formatInterval(v.interval)}`}</title>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
