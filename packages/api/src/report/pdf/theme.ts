/** A4 in points, and the page frame: running header above `top`, running footer below `bottom`. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 46,
  right: 46,
  top: 62,
  bottom: 58,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The HTML report's palette (html-styles.ts in claim-model), so both editions read alike. */
export const COLOURS = {
  ink: '#1a1a1a',
  muted: '#5c5c5c',
  rule: '#c8c8c8',
  faint: '#f3f1ec',
  accent: '#1d4e89',
  hedge: '#8a5a00',
} as const;

export const RATING_COLOURS: Record<string, string> = {
  confirmed: '#1f5f3a',
  false: '#8a1c1c',
  misleading: '#8a5a00',
  conflicting: '#5a3d7a',
  unverifiable: '#555555',
};

export type FontName = 'serif' | 'serif-italic' | 'serif-bold' | 'sans' | 'sans-bold';

/** How a run of text looks. `leading` is the line height as a multiple of the size; `tracking` is letter spacing. */
export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  leading?: number;
  tracking?: number;
  upper?: boolean;
}

export const STYLES = {
  body: { font: 'serif', size: 10, color: COLOURS.ink, leading: 1.4 },
  bodyMuted: { font: 'serif-italic', size: 10, color: COLOURS.muted, leading: 1.4 },
  kicker: { font: 'sans-bold', size: 8, color: COLOURS.muted, tracking: 0.5, upper: true },
  title: { font: 'sans-bold', size: 22, color: COLOURS.ink, leading: 1.15 },
  meta: { font: 'sans', size: 9.5, color: COLOURS.muted, leading: 1.35 },
  h2: { font: 'sans-bold', size: 14, color: COLOURS.ink, leading: 1.2 },
  h3: { font: 'sans-bold', size: 11.5, color: COLOURS.ink, leading: 1.25 },
  byline: { font: 'sans', size: 8.5, color: COLOURS.muted, leading: 1.35 },
  value: { font: 'sans-bold', size: 15, color: COLOURS.ink, leading: 1.1 },
  relation: { font: 'serif', size: 9, color: COLOURS.ink, leading: 1.35 },
  relationLabel: { font: 'serif-bold', size: 9, color: COLOURS.ink, leading: 1.35 },
  th: { font: 'sans-bold', size: 7, color: COLOURS.muted, tracking: 0.4, upper: true, leading: 1.3 },
  cell: { font: 'sans', size: 8.5, color: COLOURS.ink, leading: 1.3 },
  cellBold: { font: 'sans-bold', size: 8.5, color: COLOURS.ink, leading: 1.3 },
  cellNote: { font: 'sans', size: 7.5, color: COLOURS.muted, leading: 1.3 },
  cellLink: { font: 'sans', size: 7, color: COLOURS.accent, leading: 1.3 },
  hedge: { font: 'sans', size: 7.5, color: COLOURS.hedge, leading: 1.3 },
  quote: { font: 'serif', size: 9, color: COLOURS.ink, leading: 1.3 },
  footnote: { font: 'sans', size: 8, color: COLOURS.muted, leading: 1.35 },
  running: { font: 'sans', size: 7.5, color: COLOURS.muted },
  countLabel: { font: 'sans-bold', size: 6.5, color: COLOURS.muted, tracking: 0.5, upper: true },
  countValue: { font: 'sans-bold', size: 15, color: COLOURS.ink, leading: 1.1 },
  badge: { font: 'sans-bold', size: 7.5, color: COLOURS.ink, tracking: 0.6, upper: true },
  legend: { font: 'sans', size: 8, color: COLOURS.ink, leading: 1.3 },
  axis: { font: 'sans', size: 7.5, color: '#444444' },
} as const satisfies Record<string, TextStyle>;

export function lineHeight(style: TextStyle): number {
  return style.size * (style.leading ?? 1.3);
}
