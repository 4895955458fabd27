import type { Span } from '@claimdesk/claim-model';

interface Mark {
  span: Span;
  className: string;
}

/**
 * The claim's sentence with its figure (and hedges) marked. Spans are offsets into the document; the sentence
 * starts at `base`, so each mark is shifted into the sentence and clipped to it.
 */
export function HighlightedSentence({ text, base, marks }: { text: string; base: number; marks: Mark[] }) {
  const inside = marks
    .map((m) => ({ start: Math.max(0, m.span.start - base), end: Math.min(text.length, m.span.end - base), className: m.className }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of inside) {
    if (m.start < at) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <mark key={`${m.start}-${m.className}`} className={m.className}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <q className="sentence">{parts}</q>;
}
