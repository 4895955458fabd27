const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A figure as cited in a reason: bare digits stay bare, words are quoted ("at least 13"). */
export function formatFigure(text: string): string {
  return /\p{L}/u.test(text) ? `"${text}"` : text;
}

/** Who gave a figure, original source first: "Interior Ministry via The Insider via Newsweek". */
export function formatWho(sourceName: string, relays: readonly string[]): string {
  // Most chains are an outlet and its source, or the source alone: no arrays for those.
  if (relays.length === 0) return sourceName;
  if (relays.length === 1) return relays[0] === sourceName ? sourceName : `${sourceName} via ${relays[0]}`;
  const inner = relays.filter((r) => r !== sourceName).reverse();
  return [sourceName, ...inner].join(' via ');
}

// Reasons cite the same few dozen dates thousands of times.
const dateCache = new Map<string, string>();

/** An ISO date as "7 Jan 2022". */
export function formatDate(date: string | null): string {
  if (date === null) return 'an unknown date';
  const cached = dateCache.get(date);
  if (cached !== undefined) return cached;
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  const formatted = name === undefined || day === undefined ? date : `${Number(day)} ${name} ${year}`;
  if (dateCache.size < 10_000) dateCache.set(date, formatted);
  return formatted;
}

/** Joins phrases as "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Up to `max` phrases, then "and N more". */
export function capped(items: readonly string[], max: number): string[] {
  return items.length <= max ? [...items] : [...items.slice(0, max), `${items.length - max} more`];
}
