import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { listDisputes } from '@claimdesk/api/use-cases';
import { openDatabase } from '@claimdesk/db';
import { commentBox } from './support/comment-box';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { seedDemoCopy } from './support/demo';

const baseUrl = inject('baseUrl');
const dbPath = inject('dbPath');
const origin = new URL(baseUrl).origin;
let browser: Browser;
let caseId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  ({ caseId } = await seedDemoCopy(dbPath, 'Security'));
});
afterAll(async () => {
  await browser.close();
});

/** Console errors of a page: a CSP violation and a hydration mismatch (React #418) both land here. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  const where = () => new URL(page.url()).pathname;
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${where()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${where()}: ${error.message}`));
  return errors;
}

describe('the way back after sign-in', () => {
  it.each([
    ['a backslash path (/%5Cevil.example)', '/%5Cevil.example'],
    ['a tab path (/%09/evil.example)', '/%09/evil.example'],
    ['another site', 'https%3A%2F%2Fevil.example%2F'],
  ])('stays on this site for %s, through the sign-in form', async (_name, callback) => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`/sign-in?callbackUrl=${callback}`);
    await page.getByLabel('Email').fill('ana@claimdesk.test');
    await page.getByLabel('Password').fill('claimdesk-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    expect(new URL(page.url()).origin).toBe(origin);
    // Signed in, the sign-in page redirects at once: to this site as well.
    await page.goto(`/sign-in?callbackUrl=${callback}`);
    expect(new URL(page.url()).origin).toBe(origin);
    expect(new URL(page.url()).pathname).toBe('/cases');
    await context.close();
  });

  it('answers a callback with CR/LF or non-ASCII without a server error, signed in or out', async () => {
    const context = await newContext(browser, baseUrl);
    for (const callback of ['%0d%0aSet-Cookie:%20x=1', '/cases/%D1%82%D0%B5%D1%81%D1%82', '%E2%80%AE']) {
      const signedOut = await context.request.get(`/sign-in?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(signedOut.status()).toBe(200);
    }
    const page = await context.newPage();
    await signIn(page, 'ana@claimdesk.test');
    const signedIn = await context.request.get('/sign-in?callbackUrl=%0d%0aSet-Cookie:%20x=1', { maxRedirects: 0 });
    expect(signedIn.status()).toBe(307);
    expect(signedIn.headers()['location']).toBe('/');
    const nonAscii = await context.request.get('/sign-in?callbackUrl=/cases/%D1%82%D0%B5%D1%81%D1%82', { maxRedirects: 0 });
    expect(nonAscii.headers()['location']).toBe('/cases/%D1%82%D0%B5%D1%81%D1%82');
    await context.close();
  });

  it('sends a signed-out PDF download to sign-in on the host the browser used', async () => {
    const context = await newContext(browser, baseUrl);
    const response = await context.request.get(`/cases/${caseId}/report/pdf?asOf=2022-01-10`, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    const location = new URL(response.headers()['location'] ?? '', baseUrl);
    expect(location.origin).toBe(origin);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('callbackUrl')).toBe(`/cases/${caseId}/report/pdf?asOf=2022-01-10`);
    await context.close();
  });
});

describe('the API route', () => {
  it('refuses a body over 8 MB with 413 and a batch of more than 50 calls with 400, before running any', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'lead@claimdesk.test');
    const headers = { origin, 'content-type': 'application/json' };
    const huge = await context.request.post('/api/trpc/comment.add', { headers, data: JSON.stringify({ json: { body: 'x'.repeat(9 * 1024 * 1024) } }) });
    expect(huge.status()).toBe(413);
    expect(await huge.text()).toContain('larger than 8 MB');
    const paths = Array.from({ length: 51 }, () => 'user.me').join(',');
    const batch = await context.request.get(`/api/trpc/${paths}?batch=1&input=${encodeURIComponent('{}')}`);
    expect(batch.status()).toBe(400);
    const ok = await context.request.get(`/api/trpc/${Array.from({ length: 50 }, () => 'user.me').join(',')}?batch=1&input=${encodeURIComponent('{}')}`);
    expect(ok.status()).toBe(200);
    await context.close();
  });

  it('refuses a write whose Origin matches only a forged X-Forwarded-Host', async () => {
    const context = await newContext(browser, baseUrl);
    const response = await context.request.post('/api/trpc/comment.add', {
      headers: { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'content-type': 'application/json' },
      data: '{}',
    });
    expect(response.status()).toBe(403);
    await context.close();
  });
});

describe('sessions and headers', () => {
  it('answers /api/auth/session for a revoked cookie as signed out, without renewing it', async () => {
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    await signIn(page, 'ben@claimdesk.test');
    const cookies = await context.cookies();
    expect(await (await context.request.get('/api/auth/session')).json()).toMatchObject({ user: { email: 'ben@claimdesk.test' } });
    // Signing out elsewhere revokes every session of Ben's; the old cookie comes back in a fresh browser.
    const other = await newContext(browser, baseUrl);
    const otherPage = await other.newPage();
    await signIn(otherPage, 'ben@claimdesk.test');
    await otherPage.getByRole('button', { name: 'Sign out' }).click();
    await otherPage.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    const replay = await newContext(browser, baseUrl);
    await replay.addCookies(cookies);
    const session = await replay.request.get('/api/auth/session');
    expect(await session.json()).toEqual({});
    const renewed = session.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie' && h.value.includes('session-token=') && !/session-token=;/.test(h.value));
    expect(renewed).toEqual([]);
    await Promise.all([context.close(), other.close(), replay.close()]);
  });

  it('serves pages with a nonce CSP and a Permissions-Policy, and every page runs under it without a violation', async () => {
    const db = openDatabase({ path: dbPath });
    const disputeId = listDisputes({ db, actor: COMMAND_LINE_ACTOR }, { caseId, sort: 'severity', limit: 1 }).items[0]?.id;
    db.$client.close();
    const context = await newContext(browser, baseUrl);
    const page = await context.newPage();
    const errors = consoleErrors(page);
    const signInPage = await page.goto('/sign-in');
    const csp = signInPage?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("object-src 'none'");
    expect(signInPage?.headers()['permissions-policy']).toContain('camera=()');
    await page.getByLabel('Email').waitFor();
    await screenshot(page, 'security-sign-in');
    await signIn(page, 'lead@claimdesk.test');
    const second = await page.goto('/cases');
    expect(second?.headers()['content-security-policy']).not.toBe(csp);
    await page.goto(`/cases/${caseId}/disputes/${disputeId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Hydrated: a mismatch between the server's HTML and the client's (React #418) has been reported by now.
    await commentBox(page);
    // The page is interactive: its scripts ran under the policy (a button click changes the page).
    await page.getByRole('tab').first().waitFor().catch(() => undefined);
    await screenshot(page, 'security-dispute');
    for (const path of [`/cases/${caseId}/report`, `/cases/${caseId}/queue`, `/cases/${caseId}/import`, '/admin']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await page.goto(`/cases/${caseId}/report`);
    await page.getByTitle('Report preview').waitFor();
    await screenshot(page, 'security-report');
    // A script or style the policy refused is reported on the console as "Refused to …".
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    // Nothing else either: a hydration mismatch makes React rebuild the page and drop what the person had typed.
    expect(errors).toEqual([]);
    await context.close();
  });
});
