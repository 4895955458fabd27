export interface Highlight {
  start: number;
  end: number;
  id: string;
  className: string;
  /** Every claim on this span: a sentence with two figures holds two claims. */
  ids?: string[];
}

export type Segment = { text: string; highlight: Highlight | null };

/** Splits a text into plain runs and highlighted runs; overlapping highlights keep the first (earliest) one. */
export function segmentText(text: string, highlights: Highlight[]): Segment[] {
  const sorted = [...highlights].filter((h) => h.end > h.start && h.start >= 0 && h.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) continue;
    if (h.start > at) out.push({ text: text.slice(at, h.start), highlight: null });
    out.push({ text: text.slice(h.start, h.end), highlight: h });
    at = h.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), highlight: null });
  return out;
}

/**
 * Where each claim's sentence sits in the document. The list procedure gives the sentence text, which is exactly
 * `text.slice(spanStart, spanEnd)`. A sentence repeated in the text gives its next occurrence to the next claim;
 * claims that share one sentence (two figures in it) share its first occurrence.
 */
export function locateSentences(text: string, sentences: { id: string; text: string }[]): Map<string, { start: number; end: number }> {
  const found = new Map<string, { start: number; end: number }>();
  const used = new Map<string, number>();
  for (const s of sentences) {
    if (!s.text) continue;
    const from = used.get(s.text) ?? 0;
    const next = text.indexOf(s.text, from);
    const start = next >= 0 ? next : text.indexOf(s.text);
    if (start < 0) continue;
    used.set(s.text, start + 1);
    found.set(s.id, { start, end: start + s.text.length });
  }
  return found;
}
