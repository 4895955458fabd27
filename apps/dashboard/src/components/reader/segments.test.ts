import { describe, expect, it } from 'vitest';
import { locateSentences, segmentText } from './segments';

describe('reader highlights', () => {
  it('cuts the text into plain and highlighted runs that join back to the original', () => {
    const text = 'Police said 18 died. Others said 13.';
    const parts = segmentText(text, [{ start: 21, end: 36, id: 'b', className: 'x' }, { start: 0, end: 20, id: 'a', className: 'x' }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.highlight).map((p) => p.highlight?.id)).toEqual(['a', 'b']);
  });

  it('an overlapping highlight does not duplicate text', () => {
    const text = 'abcdefghij';
    const parts = segmentText(text, [{ start: 0, end: 6, id: 'a', className: '' }, { start: 4, end: 8, id: 'b', className: '' }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('a sentence that appears twice is found at both places for two claims', () => {
    const text = 'Two died. Then: Two died.';
    const spans = locateSentences(text, [{ id: 'a', text: 'Two died.' }, { id: 'b', text: 'Two died.' }]);
    expect(spans.get('a')).toEqual({ start: 0, end: 9 });
    expect(spans.get('b')).toEqual({ start: 16, end: 25 });
  });

  it('claims of one sentence share its place', () => {
    const spans = locateSentences('Two died and 13 were hurt.', [{ id: 'a', text: 'Two died and 13 were hurt.' }, { id: 'b', text: 'Two died and 13 were hurt.' }]);
    expect(spans.get('b')).toEqual(spans.get('a'));
  });
});
