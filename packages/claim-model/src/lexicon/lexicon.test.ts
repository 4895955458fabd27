import { describe, expect, it } from 'vitest';
import { defaultLexicon, isPlaceWithin, isSubjectWithin, lexiconSchema, mergeLexicon, placeAncestors, subjectAncestors } from './index';

describe('default lexicon', () => {
  it('validates against its own schema', () => {
    expect(() => lexiconSchema.parse(defaultLexicon)).not.toThrow();
  });

  it.each([
    ['police', 'law_enforcement'],
    ['police', 'people'],
    ['law_enforcement', 'security_forces'],
    ['children', 'civilians'],
    ['protesters', 'people'],
  ])('subject %s lies within %s', (narrow, broad) => {
    expect(isSubjectWithin(defaultLexicon, narrow, broad)).toBe(true);
  });

  it('attackers, armed criminals, rioters and protesters share one subject id', () => {
    const protesters = defaultLexicon.subjects.find((s) => s.id === 'protesters');
    expect(protesters?.terms).toEqual(expect.arrayContaining(['attackers', 'armed criminals', 'rioters', 'protesters']));
  });

  it('lists broader subjects nearest first', () => {
    expect(subjectAncestors(defaultLexicon, 'police')).toEqual(['law_enforcement', 'security_forces', 'people']);
  });

  it.each([
    ['almaty', 'kazakhstan'],
    ['aktau', 'kazakhstan'],
    ['kyiv', 'europe'],
  ])('place %s lies within %s', (inner, outer) => {
    expect(isPlaceWithin(defaultLexicon, inner, outer)).toBe(true);
  });

  it('does not put a country inside its own city', () => {
    expect(isPlaceWithin(defaultLexicon, 'kazakhstan', 'almaty')).toBe(false);
    expect(placeAncestors(defaultLexicon, 'almaty')).toEqual(['kazakhstan', 'central_asia', 'asia', 'world']);
  });
});

describe('mergeLexicon', () => {
  it('adds terms to a known entry and appends new entries', () => {
    const merged = mergeLexicon(defaultLexicon, {
      subjects: [{ id: 'protesters', terms: ['yellow vests'] }],
      places: [{ id: 'medeu', name: 'Medeu', kind: 'city', within: ['almaty'], terms: ['Medeu'] }],
    });
    expect(merged.subjects.find((s) => s.id === 'protesters')?.terms).toContain('yellow vests');
    expect(merged.subjects.find((s) => s.id === 'protesters')?.terms).toContain('rioters');
    expect(isPlaceWithin(merged, 'medeu', 'kazakhstan')).toBe(true);
  });

  it.each([
    ['protesters', 'people', false],
    ['police', 'law_enforcement', false],
    ['political_parties', null, true],
  ] as const)('amending the terms of %s keeps its parents and flags', (id, parent, byName) => {
    const merged = mergeLexicon(defaultLexicon, { subjects: [{ id, terms: ['added term'] }] });
    const entry = merged.subjects.find((s) => s.id === id);
    expect(entry?.terms).toContain('added term');
    if (parent) expect(isSubjectWithin(merged, id, parent)).toBe(true);
    expect(entry?.byName).toBe(byName);
  });

  it('refuses an override that points to an unknown parent', () => {
    expect(() => mergeLexicon(defaultLexicon, { subjects: [{ id: 'monks', label: 'Monks', broader: ['clergy'], terms: ['monks'] }] })).toThrow(/unknown clergy/);
  });

  it('refuses an override that makes the taxonomy cyclic', () => {
    expect(() => mergeLexicon(defaultLexicon, { subjects: [{ id: 'people', broader: ['police'] }] })).toThrow(/cycle/);
  });
});
