import type { Interval } from '../claim';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Thousands separated by commas, independent of the machine's locale (reports must be byte-identical everywhere). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** An interval in words: "18", "13 or more", "up to 50", "24–99", "unknown". */
export function formatInterval(interval: Interval, unit: string | null = null): string {
  const { low, high } = interval;
  const money = unit !== null && /^[A-Z]{3}$/.test(unit) ? ` ${unit}` : unit === 'percent' ? ' %' : '';
  let text: string;
  if (low === null && high === null) text = 'unknown';
  else if (low !== null && high === null) text = `${formatNumber(low)} or more`;
  else if (high !== null && (low === null || low === 0))
    text = low === 0 && high === 0 ? '0' : `up to ${formatNumber(high)}`;
  else if (low !== null && high !== null && low === high) text = formatNumber(low);
  else text = `${formatNumber(low ?? 0)}–${formatNumber(high ?? 0)}`;
  return text === 'unknown' ? text : `${text}${money}`;
}

const formattedDates = new Map<string, string>();

/** "2022-01-07" → "7 Jan 2022"; an ISO timestamp keeps its time in UTC: "9 Jan 2022, 10:00 UTC". */
export function formatDate(value: string | null): string {
  if (value === null) return 'date unknown';
  // A report cites the same few dates tens of thousands of times.
  const known = formattedDates.get(value);
  if (known !== undefined) return known;
  const formatted = formatDateUncached(value);
  if (formattedDates.size < 10_000) formattedDates.set(value, formatted);
  return formatted;
}

function formatDateUncached(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute] = match;
  const name = MONTHS[Number(month) - 1] ?? month;
  const date = `${Number(day)} ${name} ${year}`;
  return hour === undefined ? date : `${date}, ${hour}:${minute} UTC`;
}

/** "law_enforcement" → "Law enforcement". */
export function humanise(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Code-unit order, the same on every machine (localeCompare depends on the runtime's ICU data). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNullableText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** Orders intervals by low bound, then high bound; unbounded sorts last. */
export function compareInterval(a: Interval | null, b: Interval | null): number {
  const key = (i: Interval | null, side: 'low' | 'high') => i?.[side] ?? Number.POSITIVE_INFINITY;
  return compareNumber(key(a, 'low'), key(b, 'low')) || compareNumber(key(a, 'high'), key(b, 'high'));
}

function compareNumber(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
