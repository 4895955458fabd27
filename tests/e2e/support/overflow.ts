import type { Page } from 'playwright-core';

/**
 * How far the page scrolls sideways, and the outermost elements that stick out of the window (skipping what sits
 * inside a box that scrolls on its own, like a wide table in its scroll area), so a failure says what to fix.
 */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const scrollsOnItsOwn = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true;
      }
      return false;
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''} (right ${Math.round(el.getBoundingClientRect().right)})`;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (culprits.length >= 5) break;
      if (el.getBoundingClientRect().right <= innerWidth + 1 || scrollsOnItsOwn(el)) continue;
      // Only the outermost offender: its children stick out because it does.
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > innerWidth + 1 && !scrollsOnItsOwn(el.parentElement)) continue;
      culprits.push(describe(el));
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits };
  });
}
