import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface MainText {
  text: string;
  title: string | null;
  siteName: string | null;
}

/** The article's main text from an HTML page (Firefox Reader View's algorithm), paragraphs separated by blank lines. */
export function extractMainText(html: string): MainText | null {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
  const blocks = Array.from(content.querySelectorAll('h1,h2,h3,h4,p,li,blockquote,pre'))
    .filter((el) => !el.querySelector('p,li,blockquote'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const text = blocks.length > 0 ? blocks.join('\n\n') : (article.textContent ?? '').trim();
  return { text, title: article.title?.trim() || null, siteName: article.siteName?.trim() || null };
}
