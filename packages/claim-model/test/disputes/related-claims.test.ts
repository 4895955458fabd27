import { describe, expect, it } from 'vitest';
import { relateClaims } from '../../src/disputes';
import { tokensOf } from '../../src/disputes/related-claims';
import { quantity, sentence } from './claim-builder';

describe('relateClaims', () => {
  const claims = [
    sentence(
      'cnn-fire',
      'cnn',
      'The presidential building was burned down and the fire was feared to spread.',
    ),
    sentence(
      'nc-fire',
      'nc',
      'The mayor’s office and the presidential residence in the city were later reportedly left in flames.',
    ),
    sentence(
      'db-mayor',
      'db',
      'Video posted by a local blogger showed the mayor’s office ablaze, along with a nearby prosecutor’s office.',
    ),
    sentence(
      'cnn-mayor',
      'cnn',
      'The mayor’s office, the prosecutor’s office and the presidential building were attacked during the night.',
    ),
    sentence(
      'cnn-airport',
      'cnn',
      'By January 5, protesters stormed Almaty airport and forcibly entered government buildings.',
    ),
    sentence(
      'nc-airport',
      'nc',
      'Protesters stormed the airport in Almaty, the largest city, local media said.',
    ),
    sentence(
      'db-outside',
      'db',
      'Russia’s foreign ministry claimed outside forces were behind the chaos.',
      'statement',
    ),
    sentence('cnn-same-doc', 'cnn', 'Protesters stormed Almaty airport on January 5.'),
    quantity({ id: 'q', doc: 'nc', figure: '18', value: 18, metric: 'deaths', chain: ['nc'] }),
  ];
  const links = relateClaims(claims);
  const linked = (a: string, b: string) =>
    links.some((l) => l.claimIds.includes(a) && l.claimIds.includes(b));

  it.each([
    ['the airport storming told by two outlets', 'cnn-airport', 'nc-airport', true],
    ['the prosecutor’s office attack and the blaze video', 'db-mayor', 'cnn-mayor', true],
    ['an airport storming and a foreign-ministry statement', 'nc-airport', 'db-outside', false],
    ['two sentences of one document', 'cnn-airport', 'cnn-same-doc', false],
  ])('%s', (_name, a, b, expected) => {
    expect(linked(a, b)).toBe(expected);
  });

  it('never links quantity claims and gives similarities in (0, 1]', () => {
    expect(links.some((l) => l.claimIds.includes('q'))).toBe(false);
    for (const l of links) expect(l.similarity).toBeGreaterThan(0);
    for (const l of links) expect(l.similarity).toBeLessThanOrEqual(1);
  });

  it.each([
    ['stormed', ['storm']],
    ['The protesters', ['protester']],
    ['a an of', []],
  ])('normalises %j to %j', (text, tokens) => {
    expect(tokensOf(text)).toEqual(tokens);
  });
});
