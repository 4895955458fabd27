import { Parser } from 'htmlparser2';

/**
 * How far an HTML page may go before it is read. Readability's cost grows about with the cube of the nesting depth
 * (5,000 nested <div>s took 11 minutes, 50,000 overflowed the stack) and with the number of elements, so both are
 * checked first, by a streaming parse that builds no tree. Real articles nest 20–60 levels and hold a few thousand
 * elements; browsers themselves stop nesting at 512.
 */
export const HTML_LIMITS = { maxDepth: 256, maxElements: 60_000 } as const;

export type HtmlShape = { ok: true; depth: number; elements: number } | { ok: false; reason: string };

class TooLarge extends Error {}

/** Measures a page's nesting depth and element count (as the DOM parser will see them), stopping at the first limit passed. */
export function measureHtml(html: string, limits: { maxDepth: number; maxElements: number } = HTML_LIMITS): HtmlShape {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      elements += 1;
      if (depth > deepest) deepest = depth;
      if (depth > limits.maxDepth || elements > limits.maxElements) throw new TooLarge();
    },
    onclosetag() {
      depth -= 1;
    },
  });
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    return elements > limits.maxElements
      ? { ok: false, reason: `The HTML page has more than ${limits.maxElements.toLocaleString('en')} elements, too many to read safely. Import the article text as a .txt file.` }
      : { ok: false, reason: `The HTML page nests elements more than ${limits.maxDepth} levels deep, too deep to read safely. Import the article text as a .txt file.` };
  }
  return { ok: true, depth: deepest, elements };
}
