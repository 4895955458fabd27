import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listDisputes } from '@claimdesk/api/use-cases';
import { launchBrowser } from '../support/browser';
import { actorOf, E2E_PASSWORD, retireTeam, seedTeam, withDb, type SeededUser } from '../support/seed';
import { openStage, type Player, type Stage } from '../support/team';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a person would, and checks the focus can be seen
 * there (an outline or a ring). Fails, naming the target, if it is not reached within `max` presses.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 150 } = {}): Promise<void> {
  // A disabled control (a step still being saved) is skipped by Tab: wait until it can take focus.
  await expect.poll(() => target.isEnabled()).toBe(true);
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) {
      const visible = await target.evaluate((el) => {
        const style = getComputedStyle(el);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      });
      expect(visible, `focus on ${String(target)} is not visible`).toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${String(target)}`);
}

/** Sign-in by keyboard alone: the email field has focus on arrival; Enter submits. Each screen is scanned once per scenario. */
async function signInByKeyboard(stage: Stage, label: string, user: SeededUser, scan = false): Promise<Player> {
  const player = await stage.visitor(label);
  const { page } = player;
  await page.goto('/sign-in');
  await expect.poll(() => isFocused(page.getByLabel('Email'))).toBe(true);
  if (scan) await stage.look(player, 'sign-in');
  else await stage.shot(player, 'sign-in');
  await page.keyboard.type(user.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(E2E_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return player;
}

describe('keyboard alone', () => {
  it('a reviewer and a lead take a dispute from new to resolved without touching the mouse', async () => {
    const team = await seedTeam(dbPath, { label: 'Keyboard', articles: ['cnn.txt', 'newscomau.txt'] });
    // The queue's first row: the case's most severe dispute.
    const target = await withDb(dbPath, (db) => listDisputes({ db, actor: actorOf(team.lead) }, { caseId: team.caseId, sort: 'severity', limit: 1 }).items[0]);
    if (!target) throw new Error('The seeded case has no dispute');
    const stage = openStage(browser, baseUrl, 'keyboard');

    // Ana: sign in, into the case, to All disputes, open the first row.
    const ana = await signInByKeyboard(stage, 'Ana', team.ana, true);
    const page = ana.page;
    await stage.look(ana, 'cases');
    await tabTo(page, page.getByRole('link', { name: team.caseName }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cases/${team.caseId}`);
    await stage.look(ana, 'case documents');
    await tabTo(page, page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'All disputes' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cases/${team.caseId}/disputes`);
    const rows = page.getByTestId('queue-table').locator('tbody tr:not([aria-hidden])');
    await expect.poll(() => rows.first().getAttribute('data-active')).toBe('true');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await stage.look(ana, 'queue with the shortcuts');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect.poll(() => rows.nth(1).getAttribute('data-active')).toBe('true');
    await page.keyboard.press('k');
    // The status filter is a disclosure: Enter opens it, Space ticks a status, Escape closes it.
    const statusButton = page.locator('.status-filter summary');
    await tabTo(page, statusButton, { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('checkbox', { name: 'New', exact: true }));
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('status') === 'new');
    await page.keyboard.press('Escape');
    await expect.poll(() => isFocused(statusButton)).toBe(true);
    expect(await page.locator('.status-filter details').getAttribute('open')).toBeNull();
    await tabTo(page, rows.first().locator('a.row-link'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/disputes/${target.id}`);

    // Triage, take it, start the review.
    const actions = page.getByRole('group', { name: 'Workflow actions' });
    await tabTo(page, actions.getByRole('button', { name: 'Mark check-worthy (triage)' }));
    await page.keyboard.press('Enter');
    await tabTo(page, actions.getByRole('button', { name: 'Assign to me' }));
    await page.keyboard.press('Space');
    await tabTo(page, actions.getByRole('button', { name: 'Start review' }));
    await page.keyboard.press('Enter');
    await page.locator('.badge.s-in_review').first().waitFor();
    await stage.look(ana, 'in review');

    // A comment.
    await tabTo(page, page.locator('#comment-body'));
    await page.keyboard.type('The ministry figure counts only one night; checking the wire copy.');
    await tabTo(page, page.getByRole('button', { name: 'Comment', exact: true }));
    await page.keyboard.press('Enter');
    await page.locator('.comment').filter({ hasText: 'checking the wire copy' }).waitFor();

    // Evidence: a link that refutes, with a note.
    await tabTo(page, page.locator('#evidence-url'));
    await page.keyboard.type('https://example.org/wire-copy');
    await tabTo(page, page.getByLabel('Stance'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Stance').inputValue()).not.toBe('supports');
    await tabTo(page, page.getByLabel('Note', { exact: true }));
    await page.keyboard.type('Wire copy from the same day');
    await tabTo(page, page.getByRole('button', { name: 'Add evidence' }));
    await page.keyboard.press('Enter');
    await page.locator('.evidence-list li').filter({ hasText: 'example.org/wire-copy' }).waitFor();
    await stage.shot(ana, 'comment and evidence');

    // The verdict form sits above the evidence: back up to it.
    await tabTo(page, page.getByLabel('Rating'), { back: true });
    // Type-ahead picks an option by its first letters; the arrows move from there.
    await page.keyboard.type('Mis');
    await expect.poll(() => page.getByLabel('Rating').inputValue()).toBe('misleading');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByLabel('Rating').inputValue()).toBe('conflicting');
    await tabTo(page, page.locator('#low'));
    await page.keyboard.type('24');
    await page.keyboard.press('Tab');
    await page.keyboard.type('99');
    await tabTo(page, page.getByLabel('Rationale'));
    await page.keyboard.type('Police say dozens; the ministry later gives a narrower count.');
    await stage.shot(ana, 'verdict typed');
    await tabTo(page, page.getByRole('button', { name: 'Propose verdict' }));
    await page.keyboard.press('Enter');
    await page.locator('.badge.s-verdict_proposed').first().waitFor();
    await stage.shot(ana, 'verdict proposed');

    // Lena, the lead: sign in, type the queue's address (Ana showed the way there by Tab), open the dispute, approve.
    const lena = await signInByKeyboard(stage, 'Lena', team.lead);
    const lead = lena.page;
    await lead.goto(`/cases/${team.caseId}/disputes`);
    await expect.poll(() => lead.getByTestId('queue-table').locator('tbody tr[data-active="true"]').textContent()).toContain(team.ana.name);
    await lead.keyboard.press('Enter');
    await lead.waitForURL(`**/disputes/${target.id}`);
    const verdict = lead.getByRole('region', { name: 'Verdict' });
    await tabTo(lead, verdict.getByRole('button', { name: 'Approve' }));
    await stage.shot(lena, 'verdict to approve');
    await lead.keyboard.press('Enter');
    await lead.locator('.badge.s-resolved').first().waitFor();
    await stage.look(lena, 'approved and resolved');

    // Ana sees it resolved without reloading.
    await page.locator('.badge.s-resolved').first().waitFor();
    await stage.shot(ana, 'sees the approval');
    await retireTeam(dbPath, team);
  });
});
