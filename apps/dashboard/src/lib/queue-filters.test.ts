import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, parseQueueFilters, serializeQueueFilters, type QueueFilters } from './queue-filters';

const view: QueueFilters = { status: ['new', 'in_review'], assignee: 'me', relation: 'conflict', minSeverity: 50, metric: 'deaths', outlet: 'CNN', q: 'beheaded police', sort: 'updated' };

describe('queue filters in the URL', () => {
  it('a shared view opens with exactly the same filters', () => {
    expect(parseQueueFilters(new URLSearchParams(serializeQueueFilters(view)))).toEqual(view);
  });

  it('the default view has an empty query string', () => {
    expect(serializeQueueFilters(EMPTY_FILTERS)).toBe('');
  });

  it.each([
    ['an unknown status is dropped', 'status=new,bogus', { status: ['new'] }],
    ['a repeated status counts once', 'status=new,new', { status: ['new'] }],
    ['an unknown relation is ignored', 'relation=maybe', { relation: null }],
    ['a severity out of range is ignored', 'sev=900', { minSeverity: null }],
    ['a severity that is not a number is ignored', 'sev=high', { minSeverity: null }],
    ['an unknown sort falls back to severity', 'sort=random', { sort: 'severity' }],
    ['blank text filters are absent', 'metric=%20&outlet=', { metric: null, outlet: null }],
  ])('%s', (_name, query, expected) => {
    expect(parseQueueFilters(new URLSearchParams(query))).toMatchObject(expected);
  });
});
