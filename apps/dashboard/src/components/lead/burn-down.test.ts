import { describe, expect, it } from 'vitest';
import { burnDown, daysBetween, throughputByDay } from './burn-down';

const days = daysBetween('2022-01-06', '2022-01-09');

describe('lead dashboard series', () => {
  it('counts back from today: closures of a day were open the day before', () => {
    const daily = [
      { day: '2022-01-07', itemType: 'dispute', status: 'resolved', n: 2 },
      { day: '2022-01-09', itemType: 'dispute', status: 'dismissed', n: 1 },
      { day: '2022-01-08', itemType: 'claim', status: 'resolved', n: 9 },
    ];
    expect(burnDown(daily, 5, days)).toEqual([
      { day: '2022-01-06', open: 8 },
      { day: '2022-01-07', open: 6 },
      { day: '2022-01-08', open: 6 },
      { day: '2022-01-09', open: 5 },
    ]);
  });

  it('throughput has a row for every day, zeros included, and ignores claims', () => {
    const rows = throughputByDay([{ day: '2022-01-08', itemType: 'dispute', status: 'verdict_proposed', n: 3 }, { day: '2022-01-08', itemType: 'claim', status: 'resolved', n: 4 }], days);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual({ day: '2022-01-08', resolved: 0, verdict_proposed: 3, dismissed: 0 });
  });
});
