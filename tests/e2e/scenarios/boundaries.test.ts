import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { commentBox } from '../support/comment-box';
import { dashboardPages, fillRoute } from '../support/routes';
import { E2E_PASSWORD, expireSessions, findDispute, proposeAs, putInReview, retireTeam, seedTeam, type SeededTeam } from '../support/seed';
import { openStage, signInAgain } from '../support/team';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Screens only leads or admins may open; a reviewer typing their URL must get nothing of them. */
const LEAD_ONLY = ['/admin', '/admin/users', '/admin/cases', '/cases/[caseId]/import', '/cases/[caseId]/lead', '/cases/[caseId]/settings'];

async function seeded(label: string): Promise<{ team: SeededTeam; disputeId: string; params: Record<string, string> }> {
  const team = await seedTeam(dbPath, { label });
  const dispute = await findDispute(dbPath, team, 'deaths');
  const params = { caseId: team.caseId, disputeId: dispute.id, documentId: team.documentIds[0] ?? 'none' };
  return { team, disputeId: dispute.id, params };
}

/** The page refuses: the 404 page ("does not exist, or you do not have access") or a refusal in words. */
async function expectRefused(page: Page): Promise<void> {
  await page
    .getByRole('heading', { name: 'Not found' })
    .or(page.getByText(/\b(only (admins|leads)|is for (leads|admins)|you do not have access|not allowed)\b/i))
    .first()
    .waitFor();
}

/** Calls a procedure the way the dashboard does (same origin, the person's session cookie), bypassing the screen. */
async function callProcedure(page: Page, path: string, input: unknown): Promise<{ status: number; message: string }> {
  return page.evaluate(
    async ({ path, input }) => {
      const res = await fetch(`/api/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ json: input }) });
      const body = (await res.json()) as { error?: { json?: { message?: string } } };
      return { status: res.status, message: body.error?.json?.message ?? '' };
    },
    { path, input },
  );
}

describe('boundaries', () => {
  it('a reviewer sees no admin or lead screens and cannot open them by URL', async () => {
    const { team, params } = await seeded('Boundaries admin');
    const stage = openStage(browser, baseUrl, 'boundaries-admin');
    const ana = await stage.signedIn(team.ana, 'Ana');
    await ana.page.goto(`/cases/${team.caseId}/queue`);
    await ana.page.getByRole('heading', { name: 'My queue' }).waitFor();
    await stage.look(ana, 'queue as reviewer');
    expect(await ana.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    const sections = ana.page.getByRole('navigation', { name: 'Case sections' });
    expect(await sections.getByRole('link', { name: 'Import' }).count()).toBe(0);
    expect(await sections.getByRole('link', { name: 'Lead dashboard' }).count()).toBe(0);

    for (const pattern of LEAD_ONLY) {
      await ana.page.goto(fillRoute(pattern, params));
      await expectRefused(ana.page);
      // Whatever the page says, none of the lead's tools are on it.
      expect(await ana.page.locator('main input[type=file], main form').count(), pattern).toBe(0);
    }
    await stage.look(ana, 'admin url refused');
    await retireTeam(dbPath, team);
  });

  it('a reviewer cannot approve a verdict, on the screen or by calling the server', async () => {
    const { team, disputeId } = await seeded('Boundaries approve');
    const version = await putInReview(dbPath, team, disputeId, team.cara);
    const proposal = await proposeAs(dbPath, team.cara, disputeId, version, { rating: 'confirmed', low: 24, high: 99, rationale: 'Every source says dozens; no source gives a precise count.' });
    const stage = openStage(browser, baseUrl, 'boundaries-approve');
    const ana = await stage.signedIn(team.ana, 'Ana');
    await ana.page.goto(`/cases/${team.caseId}/disputes/${disputeId}`);
    const verdict = ana.page.getByRole('region', { name: 'Verdict' });
    await verdict.getByText('Every source says dozens').waitFor();
    await stage.look(ana, 'proposed verdict as reviewer');
    expect(await verdict.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await verdict.getByRole('button', { name: 'Send back' }).count()).toBe(0);

    const refused = await callProcedure(ana.page, 'verdict.approve', { verdictId: proposal.verdictId, expectedVersion: 1, note: '' });
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/only leads/i);
    await ana.page.reload();
    await verdict.getByText('Proposed', { exact: true }).waitFor();
    await stage.shot(ana, 'still proposed after the refused call');
    await retireTeam(dbPath, team);
  });

  it('a reviewer who is not a member of a case cannot see it, not even by URL', async () => {
    const { team, params } = await seeded('Boundaries membership');
    const stage = openStage(browser, baseUrl, 'boundaries-membership');
    const otto = await stage.signedIn(team.outsider, 'Otto outsider');
    await otto.page.goto('/cases');
    await otto.page.getByRole('heading', { name: 'Cases' }).waitFor();
    await stage.look(otto, 'cases without the case');
    expect(await otto.page.getByRole('link', { name: team.caseName }).count()).toBe(0);

    const casePages = dashboardPages().filter((p) => p.startsWith('/cases/[caseId]'));
    expect(casePages.length).toBeGreaterThan(0);
    for (const pattern of casePages) {
      await otto.page.goto(fillRoute(pattern, params));
      await expectRefused(otto.page);
      expect(await otto.page.getByText(team.caseName).count(), pattern).toBe(0);
    }
    await stage.shot(otto, 'case url not found');
    await retireTeam(dbPath, team);
  });

  it('a signed-out visitor is sent to sign-in from every page and reaches the page after signing in', async () => {
    const { team, params } = await seeded('Boundaries signed out');
    const stage = openStage(browser, baseUrl, 'boundaries-signed-out');
    const visitor = await stage.visitor();
    const pages = dashboardPages();
    expect(pages.length).toBeGreaterThan(3);
    for (const pattern of pages) {
      const path = fillRoute(pattern, params);
      await visitor.page.goto(path);
      const url = new URL(visitor.page.url());
      expect(url.pathname, path).toBe('/sign-in');
      // After signing in, the visitor comes back to the page they asked for.
      expect(url.searchParams.get('callbackUrl'), path).toBe(path);
    }
    await stage.look(visitor, 'sign-in');

    const target = `/cases/${team.caseId}/disputes/${params.disputeId}`;
    await visitor.page.goto(target);
    await signInAgain(visitor.page, team.ben, target);
    await visitor.page.getByRole('heading', { name: 'Discussion' }).waitFor();
    await stage.shot(visitor, 'back on the dispute');
    await retireTeam(dbPath, team);
  });

  it('an expired session asks to sign in again and keeps the half-written comment', async () => {
    const { team, disputeId } = await seeded('Boundaries expiry');
    const stage = openStage(browser, baseUrl, 'boundaries-expiry');
    const ana = await stage.signedIn(team.ana, 'Ana');
    const target = `/cases/${team.caseId}/disputes/${disputeId}`;
    await ana.page.goto(target);
    const draft = 'Half-written: the police spokesperson said "dozens", but which night';
    const box = await commentBox(ana.page);
    await box.fill(draft);
    await stage.shot(ana, 'dispute with a draft comment');

    await expireSessions(dbPath, team.ana);
    await ana.page.getByRole('button', { name: 'Comment', exact: true }).click();
    const banner = ana.page.getByRole('alert').filter({ hasText: 'You are signed out' }).filter({ has: ana.page.getByRole('link', { name: 'Sign in again' }) });
    await banner.waitFor();
    await ana.page.locator('#comment-error').filter({ hasText: /signed out/i }).waitFor();
    expect(await box.inputValue()).toBe(draft);
    await stage.look(ana, 'signed out, draft kept');

    await banner.getByRole('link', { name: 'Sign in again' }).click();
    await ana.page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('callbackUrl') === target);
    await stage.shot(ana, 'sign in again');
    await ana.page.getByLabel('Email').fill(team.ana.email);
    await ana.page.getByLabel('Password').fill(E2E_PASSWORD);
    await ana.page.getByRole('button', { name: 'Sign in' }).click();
    await ana.page.waitForURL((url) => url.pathname === target);
    await expect.poll(() => box.inputValue()).toBe(draft);
    await ana.page.getByRole('button', { name: 'Comment', exact: true }).click();
    await ana.page.getByRole('listitem').filter({ hasText: draft }).waitFor();
    await expect.poll(() => box.inputValue()).toBe('');
    await stage.shot(ana, 'comment posted after signing in');
    await retireTeam(dbPath, team);
  });
});
