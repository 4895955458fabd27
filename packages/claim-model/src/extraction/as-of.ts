import * as chrono from 'chrono-node';
import type { AsOf } from '../claim';

/** A date expression of a sentence, resolved against the published date. */
export interface DateMention {
  start: number;
  end: number;
  asOf: AsOf;
}

// chrono is only asked about sentences that hold a date word; most sentences have none.
const DATE_CUE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight|overnight|last night|ago|last week|this week|earlier this|earlier in the year|the day before|the previous day|weekend)\b/i;
const USEFUL = /day|\d|january|february|march|april|may|june|july|august|september|october|november|december|ago|week|before|last/i;

// Phrases only chrono understands; sentences without them take the quick path for weekdays and month-day dates.
const RELATIVE_CUE = /\b(?:ago|last (?:week|month|year|night)|this (?:week|month|year|morning|afternoon|evening)|earlier this|the (?:day|week) before|the previous (?:day|week)|weekend|yesterday|today|tonight)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const QUICK = /\b(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?|\b(\d{1,2})(?:st|nd|rd|th|is)?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:\s+(\d{4}))?/gi;

// "Friday's attack", "last week's quake": a possessive date says when the event happened, not when a figure was given.
const POSSESSIVE = /^['’]s\b/;
// "the January unrest" names a month, not a day: it dates nothing.
const MONTH_ONLY = /^(?:in |during |of )?(?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Weekdays and month-day dates, resolved to the latest such day not after `published`. */
function quickDates(text: string, base: number, published: string, approximate: boolean): DateMention[] {
  const out: DateMention[] = [];
  const pub = new Date(`${published}T12:00:00Z`);
  QUICK.lastIndex = 0;
  for (let m = QUICK.exec(text); m !== null; m = QUICK.exec(text)) {
    if (POSSESSIVE.test(text.slice(m.index + m[0].length))) continue;
    let date: string;
    if (m[1]) {
      const back = (pub.getUTCDay() - WEEKDAYS.indexOf(m[1].toLowerCase()) + 7) % 7;
      date = addDays(published, -back);
    } else {
      const month = MONTH_NAMES.indexOf((m[2] ?? m[6] ?? '').toLowerCase()) + 1;
      const day = Number(m[3] ?? m[5]);
      const yearText = m[4] ?? m[7];
      let year = yearText ? Number(yearText) : pub.getUTCFullYear();
      if (!yearText && iso(year, month, day) > published) year--;
      if (day < 1 || day > 31) continue;
      date = iso(year, month, day);
    }
    const words = m[0].trim();
    let approx = approximate;
    if (date > published) {
      date = published;
      approx = true;
    }
    out.push({ start: base + m.index, end: base + m.index + words.length, asOf: { date, approximate: approx, words } });
  }
  return out;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  // Parsing the date string is the costly part, and a document counts back from one published date: the results for
  // the last date are kept by offset.
  if (date !== memoDate) {
    memoDate = date;
    memo.clear();
  }
  const hit = memo.get(days);
  if (hit !== undefined) return hit;
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const out = d.toISOString().slice(0, 10);
  memo.set(days, out);
  return out;
}

let memoDate: string | null = null;
const memo = new Map<number, string>();

/**
 * Finds the dates a sentence names and resolves them: never later than `published` (a weekday that would fall after it
 * is the previous week's); "the day before" counts back from `previous` when the text has just named a day.
 */
export function findDates(text: string, base: number, published: string | null, approximate: boolean, previous: string | null): DateMention[] {
  if (!DATE_CUE.test(text)) return [];
  const out: DateMention[] = [];
  if (/\bovernight\b/i.test(text) && published) {
    const m = /\bovernight\b/i.exec(text);
    if (m) out.push({ start: base + m.index, end: base + m.index + m[0].length, asOf: { date: published, approximate: true, words: m[0] } });
  }
  // "Earlier in the year" names no day: the start of the published year, marked approximate.
  const earlier = /\bearlier (?:in|this) (?:the )?year\b/i.exec(text);
  if (earlier && published) {
    out.push({ start: base + earlier.index, end: base + earlier.index + earlier[0].length, asOf: { date: `${published.slice(0, 4)}-01-01`, approximate: true, words: earlier[0] } });
    return out;
  }
  if (!published) {
    // Without a published date only a full date with its year written out can be trusted: chrono counts relative
    // phrases ("a day earlier") from its made-up reference instant and calls their year certain.
    const results = chrono.en.casual.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
    for (const r of results) {
      if (!r.start.isCertain('year') || !r.start.isCertain('day') || !/\b\d{4}\b/.test(r.text)) continue;
      out.push({ start: base + r.index, end: base + r.index + r.text.length, asOf: { date: iso(r.start.get('year') ?? 0, r.start.get('month') ?? 1, r.start.get('day') ?? 1), approximate, words: r.text.trim() } });
    }
    return out;
  }
  const ref = new Date(`${published}T12:00:00Z`);
  if (!RELATIVE_CUE.test(text)) {
    out.push(...quickDates(text, base, published, approximate));
    return out.sort((a, b) => a.start - b.start);
  }
  for (const r of chrono.en.casual.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const words = r.text.replace(/[,.;:]+$/, '').trim();
    if (!USEFUL.test(words) || POSSESSIVE.test(text.slice(r.index + r.text.trimEnd().length))) continue;
    if (MONTH_ONLY.test(words) && !r.start.isCertain('day')) continue;
    let date = iso(r.start.get('year') ?? 0, r.start.get('month') ?? 1, r.start.get('day') ?? 1);
    let approx = approximate || (!r.start.isCertain('day') && !r.start.isCertain('weekday'));
    if (/^the (?:day before|previous day)$/i.test(words) && previous) date = addDays(previous, -1);
    if (date > published) {
      if (!r.start.isCertain('day') && r.start.isCertain('weekday')) date = addDays(date, -7);
      if (date > published) {
        date = published;
        approx = true;
      }
    }
    out.push({ start: base + r.index, end: base + r.index + words.length, asOf: { date, approximate: approx, words } });
  }
  return out.sort((a, b) => a.start - b.start);
}
