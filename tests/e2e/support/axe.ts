import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Scans what the page shows now against WCAG 2.1 A/AA and fails on any serious or critical violation,
 * naming the rule, its help text and the first elements, so the message alone says what to fix.
 */
export async function expectNoSeriousA11yViolations(page: Page, screen = new URL(page.url()).pathname): Promise<void> {
  // A sandboxed frame that may not run scripts (the report preview) cannot host axe: it would only time out.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('iframe[sandbox]:not([sandbox*="allow-scripts"])').analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  if (blocking.length === 0) return;
  const lines = blocking.map((v) => {
    const where = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ');
    return `- [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}: ${where})`;
  });
  throw new Error(`Accessibility violations on ${screen}:\n${lines.join('\n')}`);
}
