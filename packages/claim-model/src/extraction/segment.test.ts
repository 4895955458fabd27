import { describe, expect, it } from 'vitest';
import { isBoilerplate } from './boilerplate';
import { segmentDocument } from './segment';

describe('segmentDocument', () => {
  it('splits sentences and keeps exact offsets', () => {
    const text = 'Title here\n\nMr. Price said 18 died. The U.S. Capitol was stormed. Then “quiet.” Later, more.\n';
    const { sentences } = segmentDocument(text);
    expect(sentences.map((s) => s.text)).toEqual(['Title here', 'Mr. Price said 18 died.', 'The U.S. Capitol was stormed.', 'Then “quiet.”', 'Later, more.']);
    for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('does not split machine-translation noise where a period is followed by lower case', () => {
    const { sentences } = segmentDocument('T\n\nprotests across the country over the increase. fuel prices.');
    expect(sentences).toHaveLength(2);
  });

  it('marks the first line as headline and short unpunctuated lines as headings', () => {
    const { blocks } = segmentDocument('Cops beheaded\n\nBody text goes here.\n\nDozens dead, 1000 wounded\n');
    expect(blocks.map((b) => b.role)).toEqual(['headline', 'body', 'heading']);
  });

  it('drops a repeated title at the end of the page', () => {
    const { blocks } = segmentDocument('In Kazakhstan, what the images show\n\nText.\n\nIn Kazakhstan, what the images show');
    expect(blocks.at(-1)?.boilerplate).toBe(true);
  });
});

describe('isBoilerplate', () => {
  it.each([
    'Leave a Comment',
    'Leave a Reply',
    'Post comment',
    'Your email address will not be published. Required fields are marked *',
    'Source link',
    'Read More',
    'Read also Article reserved for our subscribers In Kazakhstan, the uprising crushed in blood',
    'Source: Nurlan Musaev, via Facebook',
    'Images : @jardemalie via Twitter / ZTB via Telegram',
    'Images: Bace / DR',
    'We would love to say thanks to the writer of this write-up for this outstanding web content',
    'CNN’s Rob Picheta, Helen Regan and Vasco Cotovio contributed to this report.',
    'Some images contained in this article may be shocking.',
    'Kazakhstan is in crisis and regional troops have been sent to quell the unrest.  This is what you need to know',
  ])('%s', (line) => {
    expect(isBoilerplate(line, null)).toBe(true);
  });

  it.each([
    'At least 13 law enforcement officials were killed in Almaty, state television Khabar 24 reported.',
    'Source of the unrest remains unclear, officials said.',
    'The health ministry said 1000 people had been wounded.',
  ])('keeps the article sentence: %s', (line) => {
    expect(isBoilerplate(line, null)).toBe(false);
  });
});
