import type { Locator, Page } from 'playwright-core';

/**
 * The dispute's comment box, once React owns it.
 *
 * The box is server-rendered, so it is visible before hydration; text typed into it then never reaches the
 * draft state and is dropped when React takes over, and a click on "Comment" does nothing. The box carries
 * `data-hydrated` from its first effect, so waiting for that is waiting for the moment a person's typing counts.
 */
export async function commentBox(page: Page): Promise<Locator> {
  await page.locator('textarea[data-hydrated]#comment-body').waitFor();
  return page.getByRole('combobox', { name: 'Comment' });
}
