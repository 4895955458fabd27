import type { Interval } from '@claimdesk/claim-model';
import { formatInterval, formatNumber } from '~/lib/format';
import { domainOf, niceTicks } from './scale';

export interface LineValue {
  id: string;
  label: string;
  written: string;
  interval: Interval;
  colour: string;
  source: string;
}

const WIDTH = 860;
const LABEL = 250;
const RIGHT = 24;
const ROW = 26;
const TOP = 8;
const AXIS = 30;

/**
 * Every source's interval on one number line: a point for an exact figure, a bar for a range, an arrow for an
 * open bound ("at least 13"). Overlapping bars read as agreement; gaps read as conflict.
 */
export function NumberLine({ values, unit }: { values: LineValue[]; unit: string }) {
  const [lo, hi] = domainOf(values.flatMap((v) => [v.interval.low, v.interval.high]));
  const x = (v: number) => LABEL + ((v - lo) / (hi - lo)) * (WIDTH - LABEL - RIGHT);
  const height = TOP + values.length * ROW + AXIS;
  const ticks = niceTicks(lo, hi, 6, unit === 'count');
  const left = LABEL;
  const right = WIDTH - RIGHT;
  return (
    // Focusable: on a phone the chart scrolls sideways in its own box, and a keyboard must be able to scroll it too.
    <figure className="chart" tabIndex={0} aria-labelledby="number-line-title">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="number-line-title number-line-desc" className="number-line">
        <title id="number-line-title">{`Each source's figure on one number line (${unit})`}</title>
        <desc id="number-line-desc">{values.map((v) => `${v.label}: ${v.written} (${formatInterval(v.interval)})`).join('; ')}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP} y2={height - AXIS + 4} className="grid" />
            <text x={x(t)} y={height - AXIS + 18} textAnchor="middle" className="tick">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {values.map((v, i) => {
          const y = TOP + i * ROW + ROW / 2;
          const { low, high } = v.interval;
          const x1 = low === null ? left : x(low);
          const x2 = high === null ? right : x(high);
          const exact = low !== null && high !== null && low === high;
          return (
            <g key={v.id}>
              <text x={LABEL - 10} y={y + 4} textAnchor="end" className="row-label">
                {v.label.length > 32 ? `${v.label.slice(0, 31)}…` : v.label}
              </text>
              <line x1={LABEL} x2={right} y1={y} y2={y} className="row-rule" />
              {exact ? (
                <circle cx={x1} cy={y} r={6} fill={v.colour} />
              ) : (
                <>
                  <line x1={x1} x2={x2} y1={y} y2={y} stroke={v.colour} strokeWidth={7} strokeLinecap="butt" opacity={0.85} />
                  {low !== null ? <line x1={x1} x2={x1} y1={y - 7} y2={y + 7} stroke={v.colour} strokeWidth={2} /> : <path d={`M ${x1 - 2} ${y} l 10 -7 v 14 z`} fill={v.colour} />}
                  {high !== null ? <line x1={x2} x2={x2} y1={y - 7} y2={y + 7} stroke={v.colour} strokeWidth={2} /> : <path d={`M ${x2 + 2} ${y} l -10 -7 v 14 z`} fill={v.colour} />}
                </>
              )}
              <title>{`${v.label}: "${v.written}" → ${formatInterval(v.interval)} (source: ${v.source})`}</title>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
