import { RELATION_LABELS, type KeyFigure } from '@claimdesk/claim-model/report';
import { badge, drawLines, heightOf, linesOf } from './blocks';
import type { PageFrame } from './page-frame';
import { CONTENT_WIDTH, COLOURS, PAGE, RATING_COLOURS, STYLES, lineHeight } from './theme';

export interface Verdict {
  rating: string;
  label: string;
  value: string;
  asOf: string;
}

const VERDICT_HEIGHT = 24;

/**
 * The head of a key figure or an open dispute: a rule, the title, the verdict line, the byline. Kept together and
 * with `next` points of what follows, so a title is never left alone at the bottom of a page.
 */
export function itemHead(
  frame: PageFrame,
  head: { title: string; verdict: Verdict | null; byline: string; first: boolean },
  next: number,
): void {
  const title = linesOf(frame, [{ text: head.title, style: STYLES.h3 }]);
  const byline = linesOf(frame, [{ text: head.byline, style: STYLES.byline }]);
  const height = 10 + heightOf(title) + (head.verdict ? VERDICT_HEIGHT : 2) + heightOf(byline) + 4;
  frame.ensure(height + next);
  if (!head.first && !frame.atTop) {
    frame.rule(PAGE.left, PAGE.width - PAGE.right, frame.y + 2);
  }
  frame.y += head.first || frame.atTop ? 2 : 10;
  drawLines(frame, title, PAGE.left, title.length);
  if (head.verdict) verdictLine(frame, head.verdict);
  else frame.y += 2;
  drawLines(frame, byline, PAGE.left, byline.length);
  frame.y += 4;
}

function verdictLine(frame: PageFrame, v: Verdict): void {
  const top = frame.y + 3;
  const colour = RATING_COLOURS[v.rating] ?? COLOURS.ink;
  const w = badge(frame, v.label, colour, PAGE.left, top + 2);
  const valueX = PAGE.left + w + 8;
  frame.text(v.value, STYLES.value, valueX, top);
  if (v.asOf !== '') {
    const x = valueX + frame.measure.width(v.value, STYLES.value) + 8;
    frame.text(v.asOf, STYLES.byline, x, top + (lineHeight(STYLES.value) - lineHeight(STYLES.byline)) / 2 + 1.5);
  }
  frame.y += VERDICT_HEIGHT;
}

/** "Conflict: AFP says two, AP says one." as hanging bullets. */
export function drawRelations(frame: PageFrame, relations: KeyFigure['relations']): void {
  for (const r of relations) {
    const lines = linesOf(
      frame,
      [{ text: `${RELATION_LABELS[r.kind]}: ${r.reason}`, style: STYLES.relation }],
      CONTENT_WIDTH - 12,
    );
    frame.ensure(heightOf(lines.slice(0, 2)));
    frame.text('•', STYLES.relation, PAGE.left + 2, frame.y);
    drawLines(frame, lines, PAGE.left + 12);
    frame.y += 1.5;
  }
  if (relations.length > 0) frame.y += 4;
}
