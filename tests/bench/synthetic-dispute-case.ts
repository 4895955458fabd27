// The synthetic case the dispute benchmarks group: 10k documents of 10 claims over several events, countries,
// subjects and four months, seeded so every run (and every branch compared with another) groups the same claims.
import type { ExtractedClaim } from '@claimdesk/claim-model';
import type { DisputeDocument } from '@claimdesk/claim-model/disputes';
import { random } from './seeded-random';

export const DOCUMENTS = 10_000;
export const CLAIMS_PER_DOCUMENT = 10;

export const METRICS: Array<[metric: string, unit: string, base: number]> = [
  ['deaths', 'count', 40],
  ['injured', 'count', 900],
  ['detained', 'count', 2000],
  ['beheaded', 'count', 2],
  ['hospitalized', 'count', 400],
  ['troops_deployed', 'count', 3000],
  ['participants', 'count', 5000],
  ['price', 'KZT', 120],
  ['displaced', 'count', 10000],
  ['missing', 'count', 60],
  ['damage', 'USD', 1e6],
  ['evacuated', 'count', 800],
];
export const SUBJECTS = [
  'people',
  'police',
  'law_enforcement',
  'protesters',
  'civilians',
  'children',
  'military',
  'journalists',
  null,
];
// Titles tell which event a document is about, as real headlines do; one in ten names none.
const TITLES = ['Earthquake toll rises', 'Floods sweep the region', 'Protests spread to the capital', 'Bombing at a market', 'Residents count their losses'];
export const PLACES = ['kazakhstan', 'almaty', 'aktau', 'zhanaozen', 'russia', 'turkey', 'istanbul', null];
// A document is about one place, as articles are: four in five of its figures are there (or name no place).
const HOMES: Array<Array<string | null>> = [
  ['kazakhstan', 'almaty', 'aktau', 'zhanaozen', null],
  ['turkey', 'istanbul', null],
  ['russia', null],
];
const QUALIFIERS: Array<[string, (n: number) => [number | null, number | null]]> = [
  ['', (n) => [n, n]],
  ['at least ', (n) => [n, null]],
  ['some ', (n) => [Math.round(n * 0.9), Math.round(n * 1.1)]],
  ['up to ', (n) => [0, n]],
  ['more than ', (n) => [n + 1, null]],
];

/** A seeded synthetic case of `documentCount` documents with ids `${idPrefix}N`. */
export function makeCase(seed: number, documentCount: number, idPrefix = 'd') {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const documents: DisputeDocument[] = [];
  const claims: ExtractedClaim[] = [];
  for (let d = 0; d < documentCount; d++) {
    const docId = `${idPrefix}${d}`;
    const published = new Date(Date.UTC(2022, 0, 1 + Math.floor(rand() * 120))).toISOString().slice(0, 10);
    const outlet = `Outlet ${Math.floor(rand() * 500)}`;
    const title = rand() < 0.9 ? pick(TITLES.slice(0, 4)) : pick(TITLES.slice(4));
    const home = pick(HOMES);
    documents.push({ id: docId, outlet, publishedDate: published, title });
    for (let c = 0; c < CLAIMS_PER_DOCUMENT; c++) {
      const [metric, unit, base] = pick(METRICS);
      const subject = pick(SUBJECTS);
      const place = rand() < 0.8 ? pick(home) : pick(PLACES);
      const value = Math.max(1, Math.round(base * (0.5 + rand())));
      const [qualifier, toInterval] = pick(QUALIFIERS);
      const [low, high] = toInterval(value);
      const source = `Source ${Math.floor(rand() * 300)}`;
      const text = `${qualifier}${value}`;
      claims.push({
        id: `${docId}-c${c}`,
        documentId: docId,
        kind: c % 5 === 4 ? 'event' : 'quantity',
        span: { start: c * 100, end: c * 100 + 80 },
        text: `${text} ${metric} of ${subject ?? 'people'} in ${place ?? 'the country'} stormed building ${Math.floor(rand() * 2000)} seized ${Math.floor(rand() * 1000)}`,
        figure: {
          text,
          span: { start: c * 100, end: c * 100 + text.length },
          interval: { low, high },
          qualifier: qualifier.trim() || null,
          unit,
        },
        frame: {
          metric: { id: metric, words: metric },
          subject: subject === null ? null : { id: subject, words: subject },
          place: place === null ? null : { id: place, words: place },
          asOf: rand() < 0.8 ? { date: published, approximate: false, words: null } : null,
        },
        attribution: {
          chain: [
            { name: outlet, kind: 'outlet', span: null },
            { name: source, kind: 'official', span: null },
          ],
          unattributed: false,
        },
        hedges: [],
        checkWorthiness: { score: rand(), reasons: [] },
      });
    }
  }
  return { documents, claims };
}
