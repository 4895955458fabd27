import { describe, expect, it } from 'vitest';
import { countLabel } from './format';

describe('counts in list headers', () => {
  it.each([
    [0, false, '0 disputes'],
    [1, false, '1 dispute'],
    [2, false, '2 disputes'],
    [1, true, '1+ disputes'],
    [50, true, '50+ disputes'],
    [12345, false, '12,345 disputes'],
  ])('%i (more: %s) reads "%s"', (count, more, label) => {
    expect(countLabel(count, 'dispute', more)).toBe(label);
  });
});
