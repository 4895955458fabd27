import {
  SERIES_COLOURS,
  chartTicks,
  formatNumber,
  niceCeiling,
  type TimelineMetric,
} from '@claimdesk/claim-model/report';
import type { PageFrame } from './page-frame';
import { CONTENT_WIDTH, PAGE, STYLES, lineHeight } from './theme';

export const CHART_HEIGHT = 180;
const PAD = { left: 40, right: 70, top: 10, bottom: 24 };
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * One metric's values by as-of date, drawn as vectors at the cursor, with the same marks as the HTML chart: a dot
 * for an exact value, a bar for a range, an arrow for an open "at least", an outlined diamond or bar for the verdict.
 */
export function drawChart(frame: PageFrame, metric: TimelineMetric): void {
  const doc = frame.pdf;
  const left = PAGE.left;
  const top = frame.y;
  const points = metric.series.flatMap((s) => s.points);
  const days = points.map((p) => dayOf(p.date));
  const firstDay = Math.min(...days) - 1;
  const lastDay = Math.max(...days) + 1;
  const finite = points.flatMap((p) => [p.interval.low, p.interval.high].filter((v): v is number => v !== null));
  const max = niceCeiling(Math.max(4, ...finite) * 1.1);
  const plotW = CONTENT_WIDTH - PAD.left - PAD.right;
  const plotH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const baseY = top + PAD.top + plotH;
  const x = (day: number) => left + PAD.left + ((day - firstDay) / (lastDay - firstDay)) * plotW;
  const y = (value: number) => baseY - (Math.min(value, max) / max) * plotH;
  const axis = STYLES.axis;
  const half = lineHeight(axis) / 2;

  doc.save().lineWidth(0.5).strokeColor('#d9d9d9');
  for (const tick of chartTicks(max)) doc.moveTo(left + PAD.left, y(tick)).lineTo(left + PAD.left + plotW, y(tick)).stroke();
  doc.restore();
  for (const tick of chartTicks(max)) {
    const label = formatNumber(tick);
    frame.text(label, axis, left + PAD.left - 5 - frame.measure.width(label, axis), y(tick) - half);
  }
  doc.save().lineWidth(0.8).strokeColor('#444444').moveTo(left + PAD.left, baseY).lineTo(left + PAD.left + plotW, baseY).stroke();
  for (const day of [...new Set(days)].sort((a, b) => a - b)) {
    doc.moveTo(x(day), baseY).lineTo(x(day), baseY + 3).stroke();
  }
  doc.restore();
  for (const day of [...new Set(days)].sort((a, b) => a - b)) {
    const label = shortDate(day);
    frame.text(label, axis, x(day) - frame.measure.width(label, axis) / 2, baseY + 5);
  }

  const count = metric.series.length;
  metric.series.forEach((series, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#333333';
    const offset = (i - (count - 1) / 2) * 6;
    const onDay = new Map<string, number>();
    for (const p of series.points) {
      const nth = p.kind === 'verdict' ? 0 : (onDay.get(p.date) ?? 0);
      onDay.set(p.date, nth + 1);
      const cx = x(dayOf(p.date)) + offset + nth * 4;
      const low = p.interval.low ?? 0;
      const high = p.interval.high;
      doc.save();
      if (p.kind === 'verdict') {
        const vx = cx + 8;
        doc.lineWidth(0.8).strokeColor('#111111').fillColor(colour);
        if (high === low) {
          const vy = y(low);
          doc.polygon([vx, vy - 5], [vx + 5, vy], [vx, vy + 5], [vx - 5, vy]).fillAndStroke(colour, '#111111');
        } else {
          const y2 = high === null ? top + PAD.top + 3 : y(high);
          doc.fillOpacity(0.35).rect(vx - 3.5, y2, 7, Math.max(2, y(low) - y2)).fill(colour);
          doc.fillOpacity(1).rect(vx - 3.5, y2, 7, Math.max(2, y(low) - y2)).stroke('#111111');
        }
        doc.restore();
        const labelY = y(high === null ? low : (low + high) / 2);
        frame.text(p.valueText, { ...STYLES.legend, font: 'sans-bold' }, vx + 8, labelY - lineHeight(STYLES.legend) / 2);
        continue;
      }
      if (high !== null && high === low) {
        doc.circle(cx, y(low), 2.8).fill(colour);
      } else {
        const y1 = y(low);
        const y2 = high === null ? top + PAD.top + 3 : y(high);
        doc.lineWidth(1.6).strokeColor(colour);
        doc.moveTo(cx, y1).lineTo(cx, y2).stroke();
        doc.moveTo(cx - 2.5, y1).lineTo(cx + 2.5, y1).stroke();
        if (high === null) doc.moveTo(cx - 3.5, y2 + 4).lineTo(cx, y2).lineTo(cx + 3.5, y2 + 4).stroke();
        else doc.moveTo(cx - 2.5, y2).lineTo(cx + 2.5, y2).stroke();
      }
      doc.restore();
    }
  });
  frame.y = top + CHART_HEIGHT;
}

function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

function shortDate(day: number): string {
  const d = new Date(day * DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;
}
